// The weekly report's stale facts derived again in the background after a sync adopted a calendar
// (ReportFactsRefresher, what the workstation runs after each sync that changed its cache): on its own thread while
// the caller's event loop waits, under the adopted calendar (the week's report read from the facts then equals the
// fold), until no fact is stale.
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
#include "store/ReportFactsRefresher.h"
#include "store/ReportFactsStale.h"
#include "store/SyncRepository.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::test::adoptCalendarByPage;

namespace {

const ReferenceData &shipped()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

WeeklyReport reportOf(LocalCache &cache, const QDateTime &now, bool useFacts)
{
    const ReferenceData reference = referenceUnderPolicy(shipped(), cache.deadlinePolicy());
    WeeklyReportRequest request;
    request.week = IsoWeek::containingInstant(now);
    request.now = now;
    request.useFacts = useFacts;
    const auto report = makeWeeklyReport(cache, reference, request);
    REQUIRE(report.ok());
    return report.value();
}

} // namespace

TEST_CASE("after a sync adopted a day off the refresher derives the stale report facts again in the background, "
          "under the adopted calendar",
          "[report][recompute]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"refresher.sqlite"_s);
    LocalCache cache; // the sync's connection
    REQUIRE_FALSE(cache.open(path, u"refresher-sync"_s));
    DemoOptions options;
    options.count = 500;
    options.weeks = 8;
    options.end = parseWireTime(u"2026-11-30T03:00:00Z"_s);
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    REQUIRE_FALSE(fillWithDemoData(cache, shipped(), corpus.value(), options));

    // The refresher is made before the sync adopts the day off, as the workstation makes it at start.
    ReportFactsRefresher refresher(path, 25);
    QSignalSpy refreshed(&refresher, &ReportFactsRefresher::refreshed);
    QSignalSpy failed(&refresher, &ReportFactsRefresher::failed);

    QList<CalendarDay> days = shipped().calendar;
    days.append({QDate(2026, 12, 2), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 12/2026"_s, {},
                 false});
    adoptCalendarByPage(cache, days);
    REQUIRE(reportFactsStaleFrom(cache).has_value());
    // Friday 4 December 2026, 12:00 WIB: the week judged two days after the day off.
    const QDateTime now = parseWireTime(u"2026-12-04T05:00:00Z"_s);
    const auto stale = staleReportComplaints(cache, now);
    REQUIRE(stale.ok());
    REQUIRE(stale->size() > 25); // more than one batch

    refresher.cacheChanged();
    REQUIRE(refreshed.wait(120'000));
    CHECK(failed.isEmpty());
    CHECK(refreshed.first().first().toInt() == stale->size());
    CHECK_FALSE(reportFactsStaleFrom(cache).has_value());
    CHECK(staleReportComplaints(cache, now)->isEmpty());

    // Read from the facts alone, the week equals the fold under the adopted calendar: the refresher derived them
    // with the day off (under the shipped calendar the overdue figure differs).
    const WeeklyReport facts = reportOf(cache, now, true);
    const WeeklyReport folded = reportOf(cache, now, false);
    CHECK(facts.figures == folded.figures);
    CHECK(facts.opds == folded.opds);
    CHECK(facts.trend == folded.trend);
    CHECK(folded.figures.overdue > 0);
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(shipped().sla, shipped().calendar));
    const WeeklyReport shippedFold = reportOf(cache, now, false);
    CHECK(shippedFold.figures.overdue != folded.figures.overdue); // the comparison above bites
}
