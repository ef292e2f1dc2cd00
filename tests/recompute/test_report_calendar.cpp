// The weekly report after a calendar-only change adopted by a workstation (a calendar_published event on a sync
// page, SyncRepository::applyEventPage): the report read from the cache's facts equals the report folded from every
// history under the new calendar, week after week, before the stale facts are derived again (ReportFactsStale.h)
// and after. On the code before ReportFactsStale the week judged after the day off counted overdue the complaints
// whose due times the day off had moved past the instant judged (the facts kept the previous calendar's due times
// while the cache's fingerprint said the new policy): the first comparison of week 49 failed.
#include "CalendarPage.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "deadline/DeadlinePolicy.h"
#include "deadline/PolicyJson.h"
#include "deadline/PolicyReference.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceLoader.h"
#include "report/WeeklyReportMaker.h"
#include "store/ComplaintRepository.h"
#include "store/ReportFactsStale.h"
#include "store/SyncRepository.h"

#include <catch2/catch.hpp>

#include <QSqlDriver>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::test::adoptCalendarByPage;

namespace {

const ReferenceData &shipped()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

WeeklyReport reportOf(LocalCache &cache, const IsoWeek &week, const QDateTime &now, bool useFacts)
{
    const ReferenceData reference = referenceUnderPolicy(shipped(), cache.deadlinePolicy());
    WeeklyReportRequest request;
    request.week = week;
    request.now = now;
    request.useFacts = useFacts;
    const auto report = makeWeeklyReport(cache, reference, request);
    INFO((report ? std::string() : report.error().message.toStdString()));
    REQUIRE(report.ok());
    return report.value();
}

// The report read from the facts against the fold, for the four weeks up to the one holding `now` (the last
// judged at `now`, the others at their end), each with some complaint overdue.
void requireFactsEqualFold(LocalCache &cache, const QDateTime &now)
{
    const IsoWeek last = IsoWeek::containingInstant(now);
    for (int back = 3; back >= 0; --back) {
        const IsoWeek week = last.addWeeks(-back);
        INFO("week " << week.code().toStdString());
        const WeeklyReport facts = reportOf(cache, week, now, true);
        const WeeklyReport folded = reportOf(cache, week, now, false);
        CHECK(facts.figures == folded.figures);
        CHECK(facts.opds == folded.opds);
        CHECK(facts.escalated == folded.escalated);
        CHECK(facts.stalledComplaints == folded.stalledComplaints);
        CHECK(facts.stalledSteps == folded.stalledSteps);
        CHECK(facts.trend == folded.trend);
        CHECK(folded.figures.overdue > 0);
    }
}

} // namespace

namespace {

// 900 demo complaints over sixteen weeks ending at `end` (Monday 30 November 2026, 10:00 WIB by default).
void fillDemo(LocalCache &cache, const QDateTime &end = parseWireTime(u"2026-11-30T03:00:00Z"_s))
{
    DemoOptions options;
    options.count = 900;
    options.weeks = 16;
    options.end = end;
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    REQUIRE_FALSE(fillWithDemoData(cache, shipped(), corpus.value(), options));
}

} // namespace

TEST_CASE("after a published day off the weekly report read from its facts equals the fold under the new calendar, "
          "before and after the stale facts are derived again",
          "[recompute][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"report-calendar.sqlite"_s), u"report-calendar"_s));
    fillDemo(cache);
    // Friday 4 December 2026, 12:00 WIB: the week 2026-W49 judged two days after the day off.
    const QDateTime now = parseWireTime(u"2026-12-04T05:00:00Z"_s);
    requireFactsEqualFold(cache, now);
    const WeeklyReport shippedWeek = reportOf(cache, IsoWeek::containingInstant(now), now, false);

    // A day off at short notice on Wednesday 2 December, announced on the Friday before.
    QList<CalendarDay> days = shipped().calendar;
    days.append({QDate(2026, 12, 2), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 12/2026"_s, {},
                 false});
    const QString shippedFingerprint = cache.deadlinePolicy().fingerprint();
    REQUIRE(cache.deadlinePolicy().calendar().isWorkingDay(QDate(2026, 12, 2)));
    adoptCalendarByPage(cache, days, 1);
    REQUIRE(cache.deadlinePolicy().fingerprint() != shippedFingerprint);
    REQUIRE_FALSE(cache.deadlinePolicy().calendar().isWorkingDay(QDate(2026, 12, 2)));
    REQUIRE(cache.meta(u"deadline_policy"_s) == cache.deadlinePolicy().fingerprint());
    REQUIRE(reportFactsStaleFrom(cache) == parseWireTime(u"2026-12-01T17:00:00Z"_s));

    // The test bites: under the new calendar the week's fold differs from the shipped calendar's.
    const WeeklyReport publishedWeek = reportOf(cache, IsoWeek::containingInstant(now), now, false);
    REQUIRE(publishedWeek.figures.overdue != shippedWeek.figures.overdue);
    REQUIRE(publishedWeek.stalledSteps != shippedWeek.stalledSteps); // the day off moves steps' stall days too
    // Some complaints' deadline facts are of the previous calendar and are folded instead, only for instants
    // after the day off began.
    const auto stale = staleReportComplaints(cache, now);
    REQUIRE(stale.ok());
    CHECK(stale->size() > 10);
    CHECK(staleReportComplaints(cache, parseWireTime(u"2026-12-01T16:59:59.999Z"_s))->isEmpty());
    requireFactsEqualFold(cache, now);

    // The idle pass, a few complaints at a time, until none is stale.
    int batches = 0;
    while (reportFactsStaleFrom(cache)) {
        const auto refreshed = refreshStaleReportFacts(cache, 25);
        REQUIRE(refreshed.ok());
        REQUIRE(++batches < 1000);
    }
    CHECK(batches > 1);
    CHECK(staleReportComplaints(cache, now)->isEmpty());
    requireFactsEqualFold(cache, now);
}

TEST_CASE("after a day off on a Monday the week that ends at its start, judged there, equals the fold",
          "[recompute][report]")
{
    // A step due on Friday 4 December stalled at Monday 7 December 00:00 WIB under the shipped calendar: the instant
    // the changed day begins (F) and the instant the week 2026-W49 ends and is judged at. With Monday off it stalls
    // on Tuesday; the facts kept say Monday, so a report judged at F itself must not read them.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"report-calendar-monday.sqlite"_s), u"report-calendar-monday"_s));
    // Ending on Friday 4 December, 10:00 WIB: steps begun on the Thursday and due on the Friday are still open.
    fillDemo(cache, parseWireTime(u"2026-12-04T03:00:00Z"_s));
    const QDateTime now = parseWireTime(u"2026-12-08T05:00:00Z"_s); // Tuesday 8 December, 12:00 WIB
    const IsoWeek w49 = IsoWeek::parse(u"2026-W49"_s).value();
    REQUIRE(w49.end() == parseWireTime(u"2026-12-06T17:00:00Z"_s));
    const WeeklyReport shippedW49 = reportOf(cache, w49, now, false);

    QList<CalendarDay> days = shipped().calendar;
    days.append({QDate(2026, 12, 7), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 13/2026"_s, {},
                 false});
    adoptCalendarByPage(cache, days, 1);
    REQUIRE(reportFactsStaleFrom(cache) == w49.end());
    // The test bites: the week's stalls judged at its end differ under the two calendars.
    REQUIRE(reportOf(cache, w49, now, false).stalledSteps != shippedW49.stalledSteps);
    CHECK_FALSE(staleReportComplaints(cache, w49.end())->isEmpty());
    requireFactsEqualFold(cache, now);
}

namespace {

// A busy handler for the refresher's connection that commits the other connection's write the first time the
// refresher waits for it, as a sync page would commit while the refresh stands at its first write.
struct CommitWhenWaited
{
    QSqlDatabase other;
    int waits = 0;

    static int onBusy(void *self, int tries)
    {
        auto *me = static_cast<CommitWhenWaited *>(self);
        if (me->waits++ == 0)
            REQUIRE(me->other.commit());
        return tries < 100 ? 1 : 0;
    }
};

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    REQUIRE(qstrcmp(handle.typeName(), "sqlite3*") == 0);
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

// The workstation's idle refresh of the stale facts runs beside the sync, on a connection of its own. It began a
// plain transaction, read the stale complaints, and asked for the write lock at its first write; when a sync page
// committed in between, SQLite refused that write at once ("database is locked", SQLITE_BUSY_SNAPSHOT) and the
// refresh failed (seen in a new user's log right after the first sync). What must hold: it waits for the sync's
// write and then refreshes, losing neither.
TEST_CASE("the idle refresh of stale report facts waits for a sync's write instead of failing", "[recompute][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"report-busy.sqlite"_s);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"report-busy-refresher"_s));
    fillDemo(cache);
    QList<CalendarDay> days = shipped().calendar;
    days.append({QDate(2026, 12, 2), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 12/2026"_s, {},
                 false});
    adoptCalendarByPage(cache, days, 1);
    REQUIRE(reportFactsStaleFrom(cache));

    // The "sync": another connection to the same file, in the middle of writing a page.
    LocalCache sync;
    REQUIRE_FALSE(sync.open(path, u"report-busy-sync"_s));
    QSqlDatabase syncDb = sync.database();
    REQUIRE_FALSE(beginWrite(syncDb, u"cannot begin the sync's page"_s));
    REQUIRE_FALSE(sync.setMeta(u"test_sync_page"_s, u"written"_s));

    CommitWhenWaited commit{syncDb};
    sqlite3 *refresher = handleOf(cache.database());
    sqlite3_busy_handler(refresher, &CommitWhenWaited::onBusy, &commit);
    const auto refreshed = refreshStaleReportFacts(cache, 25);
    sqlite3_busy_timeout(refresher, 5000);
    INFO((refreshed ? std::string() : refreshed.error().message.toStdString()));
    CHECK(commit.waits > 0); // the refresh did wait for the sync
    REQUIRE(refreshed.ok());
    CHECK(refreshed.value() == 25);
    CHECK(cache.meta(u"test_sync_page"_s) == u"written"_s);
}
