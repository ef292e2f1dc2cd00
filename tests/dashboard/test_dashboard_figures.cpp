#include <catch2/catch.hpp>

#include "DashboardFixture.h"
#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardScreen.h"
#include "store/DashboardSchema.h"
#include "store/LocalCache.h"

#include <QBarSet>
#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace dashboardtest;

namespace {

void awaitComputed(DashboardScreen &screen)
{
    bool done = false;
    QObject context;
    QObject::connect(&screen, &DashboardScreen::computed, &context, [&done] { done = true; });
    screen.refresh();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// Clicks one bar and returns the complaints the drill-down names (the test runner's timeout is the only limit).
QSet<QUuid> drill(DashboardScreen &screen, DashboardChartView *chart, int series, int category, QString *label = nullptr)
{
    std::optional<QList<QUuid>> ids;
    QObject context;
    QObject::connect(&screen, &DashboardScreen::drillDown, &context,
                     [&ids, label](const QList<QUuid> &shown, const QString &text) {
                         ids = shown;
                         if (label)
                             *label = text;
                     });
    emit chart->barSets().at(series)->clicked(category);
    while (!ids)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const QSet<QUuid> set(ids->cbegin(), ids->cend());
    CHECK(set.size() == ids->size()); // each complaint once
    return set;
}

int value(DashboardChartView *chart, int series, int category)
{
    return qRound(chart->barSets().at(series)->at(category));
}

} // namespace

TEST_CASE("every dashboard bar counts what the core says of each complaint, and drills down to exactly those")
{
    const DashboardFixture fixture;
    const Expected expected = fixture.expected();
    DashboardScreen screen(fixture.path, shipped(), [&fixture] { return fixture.now; });
    screen.resize(1400, 1000);
    awaitComputed(screen);
    const DashboardFigures &figures = screen.figures();
    CHECK(figures.syncedAt == QDateTime(QDate(2026, 11, 30), QTime(2, 55), Qt::UTC));
    CHECK(figures.hubSeq == 9120);
    CHECK(figures.today.open == expected.open);

    SECTION("overdue by OPD")
    {
        REQUIRE(figures.overdue.size() == expected.overdue.size());
        REQUIRE_FALSE(expected.overdue.isEmpty());
        for (int c = 0; c < figures.overdue.size(); ++c) {
            const QString opd = figures.overdue.at(c).opd;
            INFO("OPD " << opd.toStdString());
            CHECK(value(screen.overdueChart(), 0, c) == expected.overdue.value(opd).size());
            CHECK(drill(screen, screen.overdueChart(), 0, c) == expected.overdue.value(opd));
        }
    }

    SECTION("aging buckets stacked by OPD")
    {
        REQUIRE(figures.aging.size() == expected.aging.size());
        int nonEmpty = 0;
        for (int c = 0; c < figures.aging.size(); ++c) {
            const QString opd = figures.aging.at(c).opd;
            for (int b = 0; b < 4; ++b) {
                INFO("OPD " << opd.toStdString() << ", bucket " << b);
                const QSet<QUuid> ids = expected.aging.value(opd).at(size_t(b)); // a copy: value() is a temporary
                CHECK(value(screen.agingChart(), b, c) == ids.size());
                if (!ids.isEmpty()) {
                    ++nonEmpty;
                    CHECK(drill(screen, screen.agingChart(), b, c) == ids);
                }
            }
        }
        CHECK(nonEmpty >= 8);
    }

    SECTION("the weekly trend of received, responded and overdue over twelve weeks")
    {
        REQUIRE(figures.trend.size() == 12);
        for (int w = 0; w < 12; ++w) {
            INFO("week " << w);
            CHECK(figures.trend.at(w).start == expected.weekStarts.at(w));
            const QList<QSet<QUuid>> series = {expected.received.at(w), expected.responded.at(w),
                                               expected.breached.at(w)};
            for (int s = 0; s < 3; ++s) {
                INFO("series " << s);
                CHECK(value(screen.trendChart(), s, w) == series.at(s).size());
                CHECK(drill(screen, screen.trendChart(), s, w) == series.at(s));
            }
        }
        int breaches = 0;
        for (const QSet<QUuid> &week : expected.breached)
            breaches += week.size();
        CHECK(breaches > 0);
    }

    SECTION("follow-up compliance per OPD in percent")
    {
        REQUIRE_FALSE(figures.compliance.isEmpty());
        for (int c = 0; c < figures.compliance.size(); ++c) {
            const DashboardCompliance &row = figures.compliance.at(c);
            INFO("OPD " << row.opd.toStdString());
            CHECK(row.met == expected.met.value(row.opd));
            CHECK(row.breached == expected.breaches.value(row.opd));
            const double percent = 100.0 * row.met / (row.met + row.breached);
            CHECK(screen.complianceChart()->barSets().at(0)->at(c) == Approx(percent).margin(0.05));
            CHECK(drill(screen, screen.complianceChart(), 0, c) == expected.decided.value(row.opd));
        }
        int cycles = 0;
        for (auto it = expected.met.cbegin(); it != expected.met.cend(); ++it)
            cycles += it.value();
        for (auto it = expected.breaches.cbegin(); it != expected.breaches.cend(); ++it)
            cycles += it.value();
        int shown = 0;
        for (const DashboardCompliance &row : figures.compliance)
            shown += row.met + row.breached;
        CHECK(shown == cycles);
    }

    SECTION("the most stalled SOP steps")
    {
        const QList<StallCell> &cells = screen.stalledSteps();
        REQUIRE_FALSE(cells.isEmpty());
        CHECK(cells.size() == std::min<qsizetype>(DashboardScreen::kTopSteps, expected.stalled.size()));
        int largest = 0;
        for (const QSet<QUuid> &ids : expected.stalled)
            largest = std::max(largest, int(ids.size()));
        CHECK(cells.first().count == largest);
        for (int i = 0; i < cells.size(); ++i) {
            const StallCell &cell = cells.at(i);
            const QSet<QUuid> ids = expected.stalled.value({cell.opd, cell.stepKey});
            INFO(cell.opd.toStdString() << " " << cell.stepKey.toStdString());
            CHECK(cell.count == ids.size());
            const int category = int(cells.size()) - 1 - i; // the most stalled on top: the chart's last category
            CHECK(value(screen.stalledChart(), 0, category) == ids.size());
            CHECK(drill(screen, screen.stalledChart(), 0, category) == ids);
        }
    }
}

TEST_CASE("the weekly summary kept by triggers equals the same figures read from the events, and is rebuilt by "
          "the migration's fill")
{
    const DashboardFixture fixture;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(fixture.path, u"dashboard-summary"_s));
    const auto kept = DashboardQuery(cache).figures(fixture.now);
    const auto direct = DashboardQuery(cache, DashboardQuery::Source::Direct).figures(fixture.now);
    REQUIRE(kept.ok());
    REQUIRE(direct.ok());
    CHECK(kept.value() == direct.value());
    CHECK(kept->trend.last().received > 0);

    // Every row deleted: the delete trigger takes each count back to zero.
    REQUIRE_FALSE(cache.connection().exec({u"DELETE FROM dashboard_events"_s}));
    const auto emptied = DashboardQuery(cache).figures(fixture.now);
    REQUIRE(emptied.ok());
    for (const DashboardWeek &week : emptied->trend)
        CHECK((week.received == 0 && week.responded == 0 && week.overdue == 0));
    CHECK(emptied->compliance.isEmpty());

    // The step's fill over events already cached gives the same summary again.
    QStringList fill;
    for (const QString &statement : dashboardSchemaStep()) {
        if (statement.startsWith(u"INSERT OR IGNORE INTO dashboard_events SELECT"_s))
            fill.append(statement);
    }
    REQUIRE(fill.size() == 1);
    REQUIRE_FALSE(cache.connection().exec(fill));
    const auto refilled = DashboardQuery(cache).figures(fixture.now);
    REQUIRE(refilled.ok());
    CHECK(refilled.value() == direct.value());
}
