#include <catch2/catch.hpp>

#include "ReportFixture.h"
#include "report/WeeklyReportMaker.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace reporttest;

namespace {

WeeklyReport reportOf(const FixtureCache &fixture, const char *week = "2026-W46", const char *now = "2026-11-16 09:00")
{
    LocalCache cache;
    REQUIRE_FALSE(cache.open(fixture.path, u"report-figures"_s));
    WeeklyReportRequest request;
    request.week = IsoWeek::parse(QString::fromLatin1(week)).value();
    request.now = wib(now);
    const auto report = makeWeeklyReport(cache, shipped(), request);
    INFO((report ? std::string() : report.error().message.toStdString()));
    REQUIRE(report.ok());
    return report.value();
}

OpdReportRow rowOf(const WeeklyReport &report, const QString &opd)
{
    for (const OpdReportRow &row : report.opds) {
        if (row.opd == opd)
            return row;
    }
    FAIL("no row for " << opd.toStdString());
    return {};
}

} // namespace

TEST_CASE("an ISO week runs from Monday 00:00 WIB to the next Monday, and only weeks the year has are accepted")
{
    const IsoWeek week = IsoWeek::parse(u"2026-W46"_s).value();
    CHECK(week.monday() == QDate(2026, 11, 9));
    CHECK(week.sunday() == QDate(2026, 11, 15));
    CHECK(week.start() == QDateTime(QDate(2026, 11, 8), QTime(17, 0), Qt::UTC));
    CHECK(week.end() == QDateTime(QDate(2026, 11, 15), QTime(17, 0), Qt::UTC));
    CHECK(IsoWeek::parse(u"2026-W48"_s)->monday() == QDate(2026, 11, 23));
    CHECK(IsoWeek::parse(u"2026-W01"_s)->monday() == QDate(2025, 12, 29));
    CHECK(IsoWeek::parse(u"2026-W53"_s)->monday() == QDate(2026, 12, 28)); // 2026 begins on a Thursday: 53 weeks
    CHECK_FALSE(IsoWeek::parse(u"2025-W53"_s).has_value());
    CHECK_FALSE(IsoWeek::parse(u"2026-W00"_s).has_value());
    CHECK_FALSE(IsoWeek::parse(u"2026-48"_s).has_value());
    // Sunday 23:59 WIB is still the week; Monday 00:00 WIB is the next.
    CHECK(IsoWeek::containingInstant(wib("2026-11-15 23:59")).code() == u"2026-W46"_s);
    CHECK(IsoWeek::containingInstant(wib("2026-11-16 00:00")).code() == u"2026-W47"_s);
    CHECK(week.addWeeks(-3).code() == u"2026-W43"_s);
}

TEST_CASE("the week's figures on the hand-written cache equal the values worked out by hand")
{
    const FixtureCache fixture;
    const WeeklyReport report = reportOf(fixture);
    const ReportFigures &f = report.figures;
    CHECK(report.asOf == wib("2026-11-16 00:00")); // a week that is over is judged at its end
    CHECK(f.received == 3); // stories 3 (Tue), 4 (Thu), 5 (Mon)
    CHECK(f.verified == 1); // story 4
    CHECK(f.dispatched == 1); // story 4
    CHECK(f.responded == 3); // stories 1, 6 (second answer), 7 (late)
    CHECK(f.closed == 1); // story 1
    CHECK(f.overdue == 2); // story 2 (follow-up due Fri 13 Nov 24:00), story 5 (triage due Thu 12 Nov 24:00)
    CHECK(f.escalated == 1); // story 2
    // Follow-up cycles decided in the week: story 1 met (11 Nov), story 6's second cycle met (12 Nov), story 2
    // breached (due 13 Nov 24:00). Story 7's was breached on 3 Nov: the week before, though answered in this one.
    CHECK(f.compliance.met == 2);
    CHECK(f.compliance.breached == 1);
    REQUIRE(f.compliance.percent().has_value());
    CHECK(*f.compliance.percent() == Approx(200.0 / 3));
    // Working days to follow-up: story 1 8 (DISDUKCAPIL opens Sat 7 Nov), story 6 2, story 7 16: median 8.
    CHECK(f.followupResponses == 3);
    CHECK(f.medianFollowupDays == 8.0);
    CHECK(report.source.hubSeq == 4821);
    CHECK(report.source.syncedAt == wib("2026-11-16 09:00"));
    CHECK(report.complete());
    CHECK_FALSE(report.source.liaison());
}

TEST_CASE("the per-OPD table counts each OPD's complaints by hand, the command center last")
{
    const FixtureCache fixture;
    const WeeklyReport report = reportOf(fixture);
    REQUIRE(report.opds.size() == 4);
    CHECK(report.opds.at(0).opd == u"DISDUKCAPIL"_s);
    CHECK(report.opds.at(1).opd == u"DISHUB"_s);
    CHECK(report.opds.at(2).opd == u"PUPR"_s);
    CHECK(report.opds.at(3).opd.isEmpty());

    const OpdReportRow dukcapil = rowOf(report, u"DISDUKCAPIL"_s);
    CHECK(dukcapil.dispatched == 1);
    CHECK(dukcapil.responded == 1);
    CHECK(dukcapil.overdue == 0);
    CHECK(dukcapil.escalated == 0);
    CHECK(dukcapil.compliance == ComplianceCount {1, 0});
    CHECK(dukcapil.medianFollowupDays == 8.0);

    const OpdReportRow dishub = rowOf(report, u"DISHUB"_s);
    CHECK(dishub.dispatched == 0);
    CHECK(dishub.responded == 1);
    CHECK(dishub.overdue == 1);
    CHECK(dishub.escalated == 1);
    CHECK(dishub.compliance == ComplianceCount {0, 1});
    CHECK(dishub.compliance.percent() == 0.0);
    CHECK(dishub.medianFollowupDays == 16.0);

    const OpdReportRow pupr = rowOf(report, u"PUPR"_s);
    CHECK(pupr.responded == 1);
    CHECK(pupr.compliance == ComplianceCount {1, 0});
    CHECK(pupr.medianFollowupDays == 2.0);

    const OpdReportRow center = rowOf(report, QString());
    CHECK(center.overdue == 1); // story 5, never verified
    CHECK(center.dispatched + center.responded + center.escalated == 0);
}

TEST_CASE("the escalated list, the stalled steps and the trend are those of the hand-written histories")
{
    const FixtureCache fixture;
    const WeeklyReport report = reportOf(fixture);
    REQUIRE(report.escalated.size() == 1);
    const EscalatedComplaint &escalated = report.escalated.first();
    CHECK(escalated.trackingId == u"SRG-2026-000002"_s);
    CHECK(escalated.title == u"Lampu PJU mati, jalan \"gelap\" total"_s);
    CHECK(escalated.opd == u"DISHUB"_s);
    CHECK(escalated.escalatedAt == wib("2026-11-14 08:00"));
    CHECK(escalated.stateAtEnd == ComplaintState::Dispatched);

    // Only story 2 is stalled: at DISHUB's first PJU step since Fri 30 Oct. Story 4 was dispatched on Friday 13 Nov,
    // its first step (1 working day) is due Mon 16 Nov: not stalled at the end of the week.
    CHECK(report.stalledComplaints == 1);
    REQUIRE(report.stalledSteps.size() == 1);
    CHECK(report.stalledSteps.first().opd == u"DISHUB"_s);
    CHECK(report.stalledSteps.first().stepKey == u"telaah-aduan"_s);
    CHECK(report.stalledSteps.first().stepTitle == u"Telaah aduan dan disposisi ke bidang"_s);
    CHECK(report.stalledSteps.first().count == 1);

    REQUIRE(report.trend.size() == 12);
    CHECK(report.trend.first().week.code() == u"2026-W35"_s);
    CHECK(report.trend.last().week.code() == u"2026-W46"_s);
    const auto point = [&](int fromEnd) { return report.trend.at(report.trend.size() - 1 - fromEnd); };
    CHECK(point(0).received == 3); // the cover's figures
    CHECK(point(0).responded == 3);
    CHECK(point(1).received == 1); // W45: story 1
    CHECK(point(1).responded == 0);
    CHECK(point(2).received == 1); // W44: story 2
    CHECK(point(3).received == 2); // W43: stories 6 and 7
    CHECK(point(3).responded == 1); // story 6's first answer
    CHECK(point(4).received == 0);
}

TEST_CASE("a week not over yet is judged at hub time now, and says its cache was synced before that")
{
    const FixtureCache fixture;
    // Thursday 12 Nov 12:00: story 5's triage (due Thu 24:00) is not late yet; story 2's follow-up not yet either;
    // story 2 is not escalated yet. Story 7 was breached on 3 Nov and answered on 10 Nov: not overdue any more.
    const WeeklyReport report = reportOf(fixture, "2026-W46", "2026-11-12 12:00");
    CHECK(report.asOf == wib("2026-11-12 12:00"));
    CHECK(report.figures.received == 3); // stories 5 (Mon), 3 (Tue) and 4 (Thu 09:00), all before noon Thursday
    CHECK(report.figures.overdue == 1); // story 2: first response (5 working days from 30 Oct) long past
    CHECK(report.figures.escalated == 0);
    CHECK(report.figures.compliance == ComplianceCount {1, 0}); // story 1 only
}

TEST_CASE("a liaison's cache gives a report of that OPD only, labelled so")
{
    const FixtureCache fixture(u"DISHUB"_s);
    const WeeklyReport report = reportOf(fixture);
    CHECK(report.source.liaison());
    CHECK(report.source.opd == u"DISHUB"_s);
    REQUIRE(report.opds.size() == 1);
    CHECK(report.opds.first().opd == u"DISHUB"_s);
    const ReportFigures &f = report.figures;
    CHECK(f.received == 0);
    CHECK(f.responded == 1);
    CHECK(f.overdue == 1);
    CHECK(f.escalated == 1);
    CHECK(f.compliance == ComplianceCount {0, 1});
    CHECK(f.medianFollowupDays == 16.0);
}

TEST_CASE("a sync that lands while the report is read changes none of it: every figure is as of the report's start")
{
    const FixtureCache fixture;
    const WeeklyReport before = reportOf(fixture);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(fixture.path, u"report-snapshot"_s));
    LocalCache sync; // the sync thread's connection to the same file
    REQUIRE_FALSE(sync.open(fixture.path, u"report-snapshot-sync"_s));
    Story late(8, u"Sampah menumpuk di Pasar Rau"_s);
    late.received("2026-11-11 10:00");

    bool landed = false;
    WeeklyReportRequest request;
    request.week = IsoWeek::parse(u"2026-W46"_s).value();
    request.now = wib("2026-11-16 09:00");
    // After the source line is read, before any figure and before the trend's second connection starts.
    request.stepDone = [&](const char *step) {
        if (landed || QByteArrayView(step) != "source")
            return;
        ComplaintRepository repository(sync);
        REQUIRE_FALSE(repository.begin());
        REQUIRE_FALSE(repository.put(late.complaint(), late.events()));
        REQUIRE_FALSE(repository.commit());
        landed = true;
    };
    const auto during = makeWeeklyReport(cache, shipped(), request);
    REQUIRE(during.ok());
    REQUIRE(landed);
    CHECK(during->figures == before.figures);
    CHECK(during->opds == before.opds);
    CHECK(during->trend == before.trend);
    CHECK(during->escalated == before.escalated);
    CHECK(during->source == before.source);

    // The test bites: read again, the report counts story 8 on the cover and in the trend's last week.
    const WeeklyReport after = reportOf(fixture);
    CHECK(after.figures.received == before.figures.received + 1);
    CHECK(after.trend.last().received == before.trend.last().received + 1);
}
