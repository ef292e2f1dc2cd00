// The weekly report's facts (cache schema 6, app/store/ReportFacts.h) against the core: the report read from them
// equals the report folded from every history, week after week of a demo cache; and the facts kept for each
// complaint say what the core says of its history cut at each instant (computeDeadlines, the projection); and the
// report's read-ahead (ReportPrefetch.h) reads beside a writer; and the milestones' first-in-week flags
// (cache schema 14) are those the schema step gives.
#include <catch2/catch.hpp>

#include "CacheQueries.h"
#include "DemoReportCache.h"
#include "ReportFixture.h"
#include "codec/WireTime.h"
#include "deadline/DeadlinePolicy.h"
#include "deadline/Deadlines.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoGenerator.h"
#include "domain/Projection.h"
#include "report/WeeklyReportMaker.h"
#include "store/ComplaintRepository.h"
#include "store/PageReadAhead.h"
#include "store/ReportFacts.h"
#include "store/ReportFactsQuery.h"
#include "store/ReportPrefetch.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace reporttest;

namespace {

WeeklyReport reportOf(LocalCache &cache, const IsoWeek &week, const QDateTime &now, bool useFacts)
{
    WeeklyReportRequest request;
    request.week = week;
    request.now = now;
    request.useFacts = useFacts;
    const auto report = makeWeeklyReport(cache, shipped(), request);
    INFO((report ? std::string() : report.error().message.toStdString()));
    REQUIRE(report.ok());
    return report.value();
}

} // namespace

TEST_CASE("the weekly report read from the facts equals the report folded from every history, week after week")
{
    DemoCache demo;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(demo.path, u"report-facts"_s));
    REQUIRE(ReportFactsQuery(cache).derivedUnder(DeadlinePolicy(shipped().sla, shipped().calendar).fingerprint()));

    const IsoWeek last = IsoWeek::containingInstant(demo.end);
    int stalled = 0;
    int escalated = 0;
    // Eight whole weeks judged at their end, and the current week judged in its middle (Monday 10:00 WIB).
    for (int back = 8; back >= 0; --back) {
        const IsoWeek week = last.addWeeks(-back);
        INFO("week " << week.code().toStdString());
        const WeeklyReport facts = reportOf(cache, week, demo.end, true);
        const WeeklyReport folded = reportOf(cache, week, demo.end, false);
        CHECK(facts.asOf == folded.asOf);
        CHECK(facts.figures == folded.figures);
        CHECK(facts.opds == folded.opds);
        CHECK(facts.escalated == folded.escalated);
        CHECK(facts.stalledSteps == folded.stalledSteps);
        CHECK(facts.stalledComplaints == folded.stalledComplaints);
        CHECK(facts.trend == folded.trend);
        stalled += folded.stalledComplaints;
        escalated += int(folded.escalated.size());
        // The weeks compared are not empty: the comparison can fail.
        if (back > 0 && back < 8) {
            CHECK(folded.figures.received > 0);
            CHECK(folded.figures.overdue > 0);
            CHECK(folded.figures.compliance.met + folded.figures.compliance.breached > 0);
        }
    }
    CHECK(stalled > 0);
    CHECK(escalated > 0);
}

TEST_CASE("each complaint's overdue spans and states say what the core says of its history cut at each instant")
{
    DemoCache demo;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(demo.path, u"report-facts-spans"_s));
    const ReportClocks clocks = ReportClocks::of(shipped().sla);
    const WorkingCalendar calendar(shipped().calendar);

    QSqlQuery overdue(cache.database());
    REQUIRE(overdue.prepare(u"SELECT COUNT(*) FROM report_overdue WHERE complaint_id = ? AND lo < ? AND hi >= ?"
                            u" AND due <= ?"_s));
    QSqlQuery state(cache.database());
    REQUIRE(state.prepare(u"SELECT state, opd FROM report_states WHERE complaint_id = ? AND lo < ? AND hi >= ?"_s));
    int overdueSeen = 0;
    int checked = 0;
    for (int c = 0; c < demo.complaints.size(); c += 7) {
        const DemoComplaint &one = demo.complaints.at(c);
        const QString id = one.complaint.id.toString(QUuid::WithoutBraces);
        // Every day at 10:00 WIB of the sixteen weeks, and each event's own instant (a span's closed end).
        QList<QDateTime> instants;
        for (QDateTime at = demo.end.addDays(-7 * 16); at <= demo.end; at = at.addDays(1))
            instants.append(at);
        for (const Event &event : one.events)
            instants.append(event.at);
        for (const QDateTime &asOf : std::as_const(instants)) {
            const QList<Event> cut = before(one.events, asOf);
            Complaint folded;
            for (const Event &event : cut)
                folded = apply(folded, event);
            bool coreOverdue = false;
            if (!cut.isEmpty() && isOpen(folded.state)) {
                for (const Deadline &d : computeDeadlines(cut, clocks.overdue, calendar, asOf))
                    coreOverdue = coreOverdue || (d.state == DeadlineState::Breached && !d.stoppedAt.isValid());
            }
            const QString at = toWireTime(asOf);
            overdue.addBindValue(id);
            overdue.addBindValue(at);
            overdue.addBindValue(at);
            overdue.addBindValue(at);
            REQUIRE(overdue.exec());
            REQUIRE(overdue.next());
            INFO(one.complaint.trackingId.toStdString() << " at " << at.toStdString());
            CHECK(overdue.value(0).toInt() == (coreOverdue ? 1 : 0));
            overdueSeen += coreOverdue;

            state.addBindValue(id);
            state.addBindValue(at);
            state.addBindValue(at);
            REQUIRE(state.exec());
            CHECK(state.next() == !cut.isEmpty());
            if (!cut.isEmpty()) {
                CHECK(state.value(0).toString() == toCode(folded.state));
                CHECK(state.value(1).toString() == folded.opd);
            }
            ++checked;
        }
    }
    CHECK(checked > 1000);
    CHECK(overdueSeen > 0);
}

TEST_CASE("a complaint whose event times go back is folded by the core, and the report stays the fold's")
{
    DemoCache demo;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(demo.path, u"report-facts-irregular"_s));
    // A complaint with several events, its last event moved a day before the one ahead of it (a clock set wrong).
    const IsoWeek last = IsoWeek::containingInstant(demo.end);
    const DemoComplaint *chosen = nullptr;
    for (const DemoComplaint &one : std::as_const(demo.complaints)) {
        if (one.events.size() >= 4 && one.events.last().at >= last.addWeeks(-3).start()) {
            chosen = &one;
            break;
        }
    }
    REQUIRE(chosen);
    QList<Event> events = chosen->events;
    events.last().at = events.at(events.size() - 2).at.addDays(-1);
    ComplaintRepository repository(cache);
    REQUIRE_FALSE(repository.begin());
    REQUIRE_FALSE(repository.put(chosen->complaint, events));
    REQUIRE_FALSE(repository.commit());
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT complaint_id FROM report_irregular"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == chosen->complaint.id.toString(QUuid::WithoutBraces));
    CHECK_FALSE(q.next());

    for (int back = 3; back >= 0; --back) {
        const IsoWeek week = last.addWeeks(-back);
        INFO("week " << week.code().toStdString());
        const WeeklyReport facts = reportOf(cache, week, demo.end, true);
        const WeeklyReport folded = reportOf(cache, week, demo.end, false);
        CHECK(facts.figures == folded.figures);
        CHECK(facts.opds == folded.opds);
        CHECK(facts.escalated == folded.escalated);
        CHECK(facts.stalledSteps == folded.stalledSteps);
        CHECK(facts.stalledComplaints == folded.stalledComplaints);
    }
}

TEST_CASE("a complaint stalled at the week's end whose step is ticked after it counts as stalled, though the tick "
          "changes neither its state nor its OPD")
{
    // The case that made the stalls read from sop_progress lose 2 of 471 complaints (BENCHMARKS.md, P6): the report
    // took a complaint's stall from sop_progress (where it stands after its last event) when the report_states span
    // holding the week's end was open-ended, but spans are merged while the state and OPD stay the same, so an SOP
    // tick after the week's end did not end it and the table said step 2 where the week ended at a stalled step 1.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Actor liaison {u"liaison-dishub"_s, Role::Liaison, u"DISHUB"_s};
    // Both PJU complaints at DISHUB since Mon 2 Nov: step 1 (1 working day) stalled from Wed 4 Nov. The first one's
    // step 1 is ticked on Monday 16 Nov 08:00 WIB, after W46 ended (Mon 16 Nov 00:00 WIB); the second one's never.
    Story ticked(21, u"Lampu PJU mati di Cipocok"_s);
    ticked.received("2026-11-02 09:00", u"pju"_s).dispatched("2026-11-02 10:00", u"DISHUB"_s);
    ticked.play(CommandType::CompleteStep, liaison, "2026-11-16 08:00",
                {{u"step"_s, u"telaah-aduan"_s}, {u"note"_s, u"Selesai"_s}});
    Story untouched(22, u"Lampu PJU mati di Taktakan"_s);
    untouched.received("2026-11-02 09:30", u"pju"_s).dispatched("2026-11-02 10:30", u"DISHUB"_s);
    // Two more stalled at step 1 when the week ended, with events since that the checklist does not read: one
    // acknowledged after it (its row still says step 1: read from sop_progress), one answered after it (no row
    // any more: folded by the core).
    Story acknowledged(23, u"Lampu PJU mati di Walantaka"_s);
    acknowledged.received("2026-11-02 11:00", u"pju"_s).dispatched("2026-11-02 11:30", u"DISHUB"_s);
    acknowledged.acknowledged("2026-11-16 08:30");
    Story answered(24, u"Lampu PJU mati di Curug"_s);
    answered.received("2026-11-02 13:00", u"pju"_s).dispatched("2026-11-02 13:30", u"DISHUB"_s);
    answered.acknowledged("2026-11-03 09:00").responded("2026-11-16 09:00");

    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"report-facts-tick"_s));
    ComplaintRepository repository(cache);
    REQUIRE_FALSE(repository.begin());
    REQUIRE_FALSE(repository.put(ticked.complaint(), ticked.events()));
    REQUIRE_FALSE(repository.put(untouched.complaint(), untouched.events()));
    REQUIRE_FALSE(repository.put(acknowledged.complaint(), acknowledged.events()));
    REQUIRE_FALSE(repository.put(answered.complaint(), answered.events()));
    REQUIRE_FALSE(repository.commit());
    REQUIRE(ReportFactsQuery(cache).derivedUnder(DeadlinePolicy(shipped().sla, shipped().calendar).fingerprint()));

    // What the cache keeps is right for hub time: the ticked complaint is at step 2 since the tick, not stalled.
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT complaint_id, step_key FROM sop_progress ORDER BY complaint_id"_s));
    QHash<QString, QString> steps;
    while (q.next())
        steps.insert(q.value(0).toString(), q.value(1).toString());
    CHECK(steps.value(ticked.complaint().id.toString(QUuid::WithoutBraces)) == u"cek-aset"_s);
    CHECK(steps.value(untouched.complaint().id.toString(QUuid::WithoutBraces)) == u"telaah-aduan"_s);
    CHECK(steps.value(acknowledged.complaint().id.toString(QUuid::WithoutBraces)) == u"telaah-aduan"_s);
    CHECK_FALSE(steps.contains(answered.complaint().id.toString(QUuid::WithoutBraces)));
    // The state span holding the week's end runs on past the tick (dispatched at DISHUB before and after it).
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM report_states WHERE complaint_id = '"_s
                   + ticked.complaint().id.toString(QUuid::WithoutBraces) + u"' AND hi = '"_s
                   + QStringView(kReportFactsOpenEnd) + u"' AND lo < '2026-11-15T17:00:00.000Z'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    // The week's report says all four were stalled at step 1 when it ended, from the facts as from the fold.
    const IsoWeek week = IsoWeek::parse(u"2026-W46").value();
    const QDateTime now = wib("2026-11-16 10:00");
    const WeeklyReport facts = reportOf(cache, week, now, true);
    const WeeklyReport folded = reportOf(cache, week, now, false);
    CHECK(folded.stalledComplaints == 4);
    CHECK(facts.stalledComplaints == 4);
    REQUIRE(facts.stalledSteps.size() == 1);
    CHECK(facts.stalledSteps.first().stepKey == u"telaah-aduan"_s);
    CHECK(facts.stalledSteps.first().count == 4);
    CHECK(facts.stalledSteps == folded.stalledSteps);
    // This week, judged at hub time, the untouched and the acknowledged ones are stalled (the ticked one's step 2 is
    // not due yet; the answered one is not worked any more).
    const WeeklyReport current = reportOf(cache, week.addWeeks(1), now, true);
    CHECK(current.stalledComplaints == 2);
    CHECK(current.stalledSteps == reportOf(cache, week.addWeeks(1), now, false).stalledSteps);
}

// On a cache file not in memory the report reads ahead on connections of its own (ReportPrefetch.h). They run beside
// a sync's open write transaction, neither waiting for it nor making it wait; they read to the end; and they change
// nothing.
TEST_CASE("the report's read-ahead reads to the end beside an open write transaction, and changes nothing")
{
    DemoCache demo;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(demo.path, u"report-prefetch"_s));
    for (int back = 3; back >= 1; --back) {
        const IsoWeek week = IsoWeek::containingInstant(demo.end).addWeeks(-back);
        INFO("week " << week.code().toStdString());
        const qint64 dueSum = test::cacheScalar(cache, u"SELECT sum(mixed) FROM complaint_due"_s);
        const qint64 dues = test::cacheScalar(cache, u"SELECT count(*) FROM complaint_due"_s);
        QSqlDatabase db = cache.database();
        REQUIRE(db.transaction());
        QSqlQuery write(db);
        REQUIRE(write.exec(u"UPDATE complaint_due SET mixed = mixed + 1"_s));
        {
            ReportPrefetch prefetch(cache, week.start(), week.end(), 12, ReportPrefetch::When::Always);
            REQUIRE(prefetch.decision() == ReportPrefetch::Decision::Reading);
            CHECK(prefetch.slices() > 0);
            prefetch.wait();
            CHECK(prefetch.finished());
        }
        // The transaction still sees its own writes, and commits.
        CHECK(test::cacheScalar(cache, u"SELECT sum(mixed) FROM complaint_due"_s) == dueSum + dues);
        REQUIRE(db.commit());
        CHECK(test::cacheScalar(cache, u"SELECT sum(mixed) FROM complaint_due"_s) == dueSum + dues);
    }
}

namespace {

ReportPrefetch::Decision prefetchDecision(LocalCache &cache, const IsoWeek &week)
{
    return ReportPrefetch(cache, week.start(), week.end(), 12).decision();
}

} // namespace

// The read-ahead is for the report's pages, not the file's: it reads ahead where the system does not hold the pages
// the report reads, and not where it does, though most of the file is not in memory (a second report in a session,
// or a report after a morning's inbox work; with whole-file residency as the test, the readers ran then, for nothing:
// 6.8 s against 4.5 s at 1,000,000 complaints, BENCHMARKS.md P6).
TEST_CASE("the report reads ahead when its own pages are not in memory, whatever the share of the file that is")
{
    DemoCache demo;
    const IsoWeek week = IsoWeek::containingInstant(demo.end).addWeeks(-2);
    pageReadAhead::dropFromMemory(demo.path);
    if (pageReadAhead::residentShare(demo.path) >= 0.2) {
        // tmpfs: the file is memory, and the read-ahead rightly finds the report's pages there.
        WARN("the temporary directory's file system keeps files in memory: the read-ahead's decision on a file on "
             "disk is not tested here");
        LocalCache cache;
        REQUIRE_FALSE(cache.open(demo.path, u"report-prefetch-probe"_s));
        CHECK(prefetchDecision(cache, week) == ReportPrefetch::Decision::InMemory);
        return;
    }
    LocalCache cache;
    REQUIRE_FALSE(cache.open(demo.path, u"report-prefetch-probe"_s));
    CHECK(prefetchDecision(cache, week) == ReportPrefetch::Decision::Reading);

    // Dropped again, then the report read once without its readers: its pages are in memory, most of the file not.
    cache.close();
    pageReadAhead::dropFromMemory(demo.path);
    REQUIRE_FALSE(cache.open(demo.path, u"report-prefetch-probe"_s));
    WeeklyReportRequest request;
    request.week = week;
    request.now = demo.end;
    request.readAhead = false;
    REQUIRE(makeWeeklyReport(cache, shipped(), request).ok());
    const double share = pageReadAhead::residentShare(demo.path);
    INFO("file in memory after one report: " << share);
    REQUIRE(share < pageReadAhead::kResidentEnough);
    CHECK(prefetchDecision(cache, week) == ReportPrefetch::Decision::InMemory);
    // A week whose arrivals the report has not read: its pages are not in memory.
    CHECK(prefetchDecision(cache, week.addWeeks(-12)) == ReportPrefetch::Decision::Reading);

    LocalCache memory;
    REQUIRE_FALSE(memory.open(u":memory:"_s, u"report-prefetch-memory"_s));
    CHECK(prefetchDecision(memory, week) == ReportPrefetch::Decision::NoFile);
}

namespace {

// (rowid, week_first, week_first_opd) of every milestone row, in rowid order.
QList<std::tuple<qint64, int, int>> weekFlags(LocalCache &cache)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT rowid, week_first, week_first_opd FROM report_milestones ORDER BY rowid"_s));
    QList<std::tuple<qint64, int, int>> flags;
    while (q.next())
        flags.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt()});
    return flags;
}

} // namespace

// Cache schema 14: each milestone says whether it is its complaint's first of its type (and of its type and OPD) in
// its ISO week, so that the report counts flagged rows instead of distinct ids. The flags the writer derives equal
// those the schema step's UPDATE gives the rows of an older cache, and over each week the flagged rows are the
// distinct complaints, on a demo cache where a complaint is dispatched twice in a week (a re-dispatch).
TEST_CASE("each milestone is flagged first of its type in its week by the writer as by the schema step")
{
    DemoCache demo;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(demo.path, u"report-facts-week-first"_s));
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM report_milestones WHERE week_first = 0"_s) > 0);
    const auto written = weekFlags(cache);
    REQUIRE(written.size() > 1000);

    QStringList fill;
    for (const QString &statement : reportMilestonesWeekFirstSchemaStep()) {
        if (statement.startsWith(u"UPDATE"_s))
            fill.append(statement);
    }
    REQUIRE(fill.size() == 1);
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"UPDATE report_milestones SET week_first = 1, week_first_opd = 1"_s));
    REQUIRE(q.exec(fill.first()));
    CHECK(weekFlags(cache) == written);

    const IsoWeek last = IsoWeek::containingInstant(demo.end);
    // The flags count distinct complaints only over a week from its start: any other range is refused.
    CHECK_FALSE(ReportFactsQuery(cache).milestoneCounts(last.start().addSecs(3600), demo.end).ok());
    CHECK(ReportFactsQuery(cache).milestoneCounts(last.start(), demo.end).ok());
    for (int back = 16; back >= 0; --back) {
        const IsoWeek week = last.addWeeks(-back);
        INFO("week " << week.code().toStdString());
        const QString range = u" FROM report_milestones WHERE at >= '"_s + toWireTime(week.start()) + u"' AND at < '"_s
                            + toWireTime(week.end()) + u"'"_s;
        for (const QString &type : {u"verified"_s, u"dispatched"_s, u"responded"_s, u"closed"_s}) {
            const QString ofType = range + u" AND type = '"_s + type + u"'"_s;
            CHECK(test::cacheScalar(cache, u"SELECT count(*)"_s + ofType + u" AND week_first = 1"_s)
                  == test::cacheScalar(cache, u"SELECT count(DISTINCT complaint_id)"_s + ofType));
            CHECK(test::cacheScalar(cache, u"SELECT count(*)"_s + ofType + u" AND week_first_opd = 1"_s)
                  == test::cacheScalar(cache, u"SELECT count(*) FROM (SELECT DISTINCT complaint_id, opd"_s + ofType
                                              + u")"_s));
        }
    }
}

// A response reopened and answered again by the same OPD in the same week: the second is not the week's first, of
// its type nor at its OPD; one half an hour into the next week in WIB (still the week before in UTC) is.
TEST_CASE("a second response by the same OPD in the same WIB week is not flagged first, the next week's is")
{
    Story story(90, u"Lampu jalan padam di Jalan Ahmad Yani"_s);
    story.received("2026-11-09 08:00", u"pju"_s)
        .dispatched("2026-11-09 09:00", u"DISHUB"_s)
        .acknowledged("2026-11-09 10:00")
        .responded("2026-11-10 10:00")
        .reopened("2026-11-11 09:00")
        .responded("2026-11-15 23:00")
        .reopened("2026-11-16 00:10")
        .responded("2026-11-16 00:30");
    const ReportFacts facts
        = deriveReportFacts(story.events(), ReportClocks::of(shipped().sla), WorkingCalendar(shipped().calendar));
    QList<std::pair<bool, bool>> responses;
    for (const ReportFacts::Milestone &m : facts.milestones) {
        if (m.type == EventType::Responded)
            responses.append({m.firstInWeek, m.firstInWeekAtOpd});
    }
    const QList<std::pair<bool, bool>> expected{{true, true}, {false, false}, {true, true}};
    CHECK(responses == expected);
}
