// The weekly report's facts (cache schema 6, app/store/ReportFacts.h) against the core: the report read from them
// equals the report folded from every history, week after week of a demo cache; and the facts kept for each
// complaint say what the core says of its history cut at each instant (computeDeadlines, the projection).
#include <catch2/catch.hpp>

#include "ReportFixture.h"
#include "codec/WireTime.h"
#include "deadline/DeadlinePolicy.h"
#include "deadline/Deadlines.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoGenerator.h"
#include "domain/Projection.h"
#include "report/WeeklyReportMaker.h"
#include "store/ComplaintRepository.h"
#include "store/ReportFacts.h"
#include "store/ReportFactsQuery.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace reporttest;

namespace {

// 600 demo complaints over sixteen weeks ending Monday 30 November 2026, 10:00 WIB, and their histories.
struct DemoCache
{
    QTemporaryDir dir;
    QString path;
    QDateTime end = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
    QList<DemoComplaint> complaints;

    DemoCache()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(u"cache.sqlite"_s);
        DemoOptions options;
        options.count = 600;
        options.weeks = 16;
        options.end = end;
        const auto corpus = DemoCorpus::loadBuiltin();
        REQUIRE(corpus.ok());
        {
            LocalCache cache;
            REQUIRE_FALSE(cache.open(path, u"report-facts-fill"_s));
            REQUIRE_FALSE(fillWithDemoData(cache, shipped(), corpus.value(), options));
        }
        DemoGenerator generator(shipped(), corpus.value(), options);
        REQUIRE_FALSE(generator.run([this](const DemoComplaint &one) {
            complaints.append(one);
            return true;
        }));
    }
};

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

QList<Event> before(const QList<Event> &history, const QDateTime &asOf)
{
    QList<Event> cut;
    for (const Event &event : history) {
        if (event.at < asOf)
            cut.append(event);
    }
    return cut;
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
