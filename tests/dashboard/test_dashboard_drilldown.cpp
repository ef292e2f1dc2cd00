#include <catch2/catch.hpp>

#include "DashboardFixture.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "Language.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardScreen.h"
#include "store/LocalCache.h"

#include <QApplication>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QLabel>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace dashboardtest;

TEST_CASE("a bar of a supervisor's dashboard opens the inbox with exactly its complaints")
{
    const DashboardFixture fixture;
    const Expected expected = fixture.expected();
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(fixture.path, u"drilldown-scope"_s));
        REQUIRE_FALSE(cache.setMeta(u"scope"_s, u"supervisor/"_s));
    }
    QSettings settings(fixture.dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Language language;
    REQUIRE(language.use(u"en"_s));
    Workspace::Options options;
    options.cachePath = fixture.path;
    options.settings = &settings;
    options.cacheDescription = u"fixture"_s;
    // Hub time is the fixture's (without a hub it is the workstation's clock): the expected sets are computed at
    // fixture.now, and at the real time the overdue set changes at every 24:00 WIB.
    options.localClock = [&fixture] { return fixture.now; };
    auto opened = Workspace::open(options, shipped(), language);
    REQUIRE(opened.ok());
    Workspace &workspace = *opened.value();
    MainWindow &window = workspace.window();
    window.show();
    REQUIRE(window.showScreen(u"dashboard"_s));
    DashboardScreen *dashboard = window.dashboard();
    REQUIRE(QTest::qWaitFor([&] { return !dashboard->isComputing() && dashboard->figures().at.isValid(); }, 60000));

    // The tallest bar of "overdue by OPD": the inbox comes to the front with those complaints and no others.
    QString opd;
    for (auto it = expected.overdue.cbegin(); it != expected.overdue.cend(); ++it) {
        if (!it.key().isEmpty() && it.value().size() > expected.overdue.value(opd).size())
            opd = it.key();
    }
    const QSet<QUuid> ids = expected.overdue.value(opd);
    REQUIRE(ids.size() > 1);
    int category = -1;
    for (int c = 0; c < dashboard->figures().overdue.size(); ++c) {
        if (dashboard->figures().overdue.at(c).opd == opd)
            category = c;
    }
    REQUIRE(category >= 0);
    emit dashboard->overdueChart()->barSets().at(0)->clicked(category);
    InboxView *inbox = window.inbox();
    REQUIRE(QTest::qWaitFor([&] { return window.tabs()->currentWidget() == inbox; }, 60000));
    REQUIRE(QTest::qWaitFor([&] { return inbox->model()->totalCount() == ids.size(); }, 60000));
    QSet<QUuid> shown;
    for (int row = 0; row < inbox->model()->rowCount(); ++row)
        shown.insert(QUuid::fromString(inbox->model()->complaintIdAt(row)));
    CHECK(shown == ids);
    const QList<QUuid> only = inbox->model()->criteria().onlyIds;
    CHECK(QSet<QUuid>(only.cbegin(), only.cend()) == ids);
    CHECK(inbox->model()->criteria().onlyLabel.contains(opd));
    // The chip counts what it lists, once: the label said the bar's count too ("(26) (26)").
    const auto *chip = inbox->findChild<QLabel *>(u"onlyIdsLabel"_s);
    REQUIRE(chip);
    CHECK(chip->toolTip().count(u'(' + QString::number(ids.size()) + u')') == 1);
}

TEST_CASE("a bar of the dashboard is reached and drilled down with the keyboard alone, onto exactly its complaints")
{
    const DashboardFixture fixture;
    const Expected expected = fixture.expected();
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(fixture.path, u"keyboard-scope"_s));
        REQUIRE_FALSE(cache.setMeta(u"scope"_s, u"supervisor/"_s));
    }
    QSettings settings(fixture.dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Language language;
    REQUIRE(language.use(u"en"_s));
    Workspace::Options options;
    options.cachePath = fixture.path;
    options.settings = &settings;
    options.cacheDescription = u"fixture"_s;
    // Hub time is the fixture's (without a hub it is the workstation's clock): the expected sets are computed at
    // fixture.now, and at the real time the overdue set changes at every 24:00 WIB.
    options.localClock = [&fixture] { return fixture.now; };
    auto opened = Workspace::open(options, shipped(), language);
    REQUIRE(opened.ok());
    Workspace &workspace = *opened.value();
    MainWindow &window = workspace.window();
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.showScreen(u"dashboard"_s));
    DashboardScreen *dashboard = window.dashboard();
    REQUIRE(QTest::qWaitFor([&] { return !dashboard->isComputing() && dashboard->figures().at.isValid(); }, 60000));

    // The OPD with the third most overdue complaints: not the first bar, so the arrows have to move.
    QList<std::pair<int, QString>> byCount;
    for (auto it = expected.overdue.cbegin(); it != expected.overdue.cend(); ++it) {
        if (!it.key().isEmpty())
            byCount.append({-int(it.value().size()), it.key()});
    }
    std::sort(byCount.begin(), byCount.end());
    REQUIRE(byCount.size() >= 3);
    const QString opd = byCount.at(2).second;
    const QSet<QUuid> ids = expected.overdue.value(opd);
    REQUIRE(!ids.isEmpty());
    int category = -1;
    for (int c = 0; c < dashboard->figures().overdue.size(); ++c) {
        if (dashboard->figures().overdue.at(c).opd == opd)
            category = c;
    }
    REQUIRE(category > 0);

    // Tab until the chart "overdue by OPD" has the focus, as a keyboard user would.
    DashboardChartView *chart = dashboard->overdueChart();
    for (int tabs = 0; tabs < 40 && !chart->hasFocus(); ++tabs)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Tab);
    REQUIRE(chart->hasFocus());
    CHECK(!chart->accessibleName().isEmpty());
    QTest::keyClick(chart, Qt::Key_Home);
    for (int c = 0; c < category; ++c)
        QTest::keyClick(chart, Qt::Key_Right);
    CHECK(chart->selectedCategory() == category);
    CHECK(chart->barSets().at(0)->selectedBars() == QList<int> {category});
    CHECK(chart->accessibleDescription().startsWith(chart->categories().at(category)));
    QTest::keyClick(chart, Qt::Key_Return);

    InboxView *inbox = window.inbox();
    REQUIRE(QTest::qWaitFor([&] { return window.tabs()->currentWidget() == inbox; }, 60000));
    REQUIRE(QTest::qWaitFor([&] { return inbox->model()->totalCount() == ids.size(); }, 60000));
    QSet<QUuid> shown;
    for (int row = 0; row < inbox->model()->rowCount(); ++row)
        shown.insert(QUuid::fromString(inbox->model()->complaintIdAt(row)));
    CHECK(shown == ids);
    CHECK(inbox->model()->criteria().onlyLabel.contains(opd));
}

TEST_CASE("the arrow keys move a dashboard chart's selection across its series and along its categories")
{
    DashboardChartView chart(DashboardChartView::Layout::Stacked);
    chart.setBars(u"Aging"_s, {u"A"_s, u"B"_s, u"C"_s}, {{u"0-3"_s, {1, 2, 3}, {}}, {u"4-7"_s, {4, 5, 6}, {}}},
                  u"complaints"_s);
    QList<std::pair<int, int>> clicked;
    QObject::connect(&chart, &DashboardChartView::barClicked, &chart, [&clicked](int series, int category) {
        clicked.append({series, category});
    });
    chart.show();
    chart.setFocus();
    QTest::keyClick(&chart, Qt::Key_End);
    QTest::keyClick(&chart, Qt::Key_Up);
    QTest::keyClick(&chart, Qt::Key_Up); // stays on the last series
    QTest::keyClick(&chart, Qt::Key_Left);
    CHECK(chart.selectedSeries() == 1);
    CHECK(chart.selectedCategory() == 1);
    CHECK(chart.selectionText() == u"B, 4-7: 5"_s);
    QTest::keyClick(&chart, Qt::Key_Space);
    QTest::keyClick(&chart, Qt::Key_Down);
    QTest::keyClick(&chart, Qt::Key_Enter);
    CHECK(clicked == QList<std::pair<int, int>> {{1, 1}, {0, 1}});
}

TEST_CASE("a stacked chart carries each stack's total above it instead of its segments' figures; a bar's figure is "
          "in its tool tip")
{
    // Segments of 1 or 2 complaints are thinner than their figure: drawn, the figures lay over each other.
    DashboardChartView stacked(DashboardChartView::Layout::Stacked);
    stacked.setBars(u"Aging"_s, {u"A"_s, u"B"_s, u"C"_s}, {{u"0-3"_s, {1, 0, 5}, {}}, {u"4-7"_s, {2, 0, 0}, {}},
                                                          {u"8-14"_s, {30, 0, 1}, {}}},
                    u"complaints"_s);
    const auto bars = [](const DashboardChartView &view) {
        QList<QAbstractBarSeries *> found;
        QList<QScatterSeries *> totals;
        for (QAbstractSeries *series : view.chart()->series()) {
            if (auto *b = qobject_cast<QAbstractBarSeries *>(series))
                found.append(b);
            if (auto *t = qobject_cast<QScatterSeries *>(series))
                totals.append(t);
        }
        return std::pair {found, totals};
    };
    const auto [stackedBars, totals] = bars(stacked);
    REQUIRE(stackedBars.size() == 1);
    CHECK_FALSE(stackedBars.at(0)->isLabelsVisible());
    REQUIRE(totals.size() == 1);
    CHECK(totals.at(0)->pointLabelsVisible());
    // One point per stack that has any complaint, at its category, as high as its total; none for the empty one.
    CHECK(totals.at(0)->points() == QList<QPointF> {{0, 33}, {2, 6}});
    for (QLegendMarker *marker : stacked.chart()->legend()->markers(totals.at(0)))
        CHECK_FALSE(marker->isVisible());
    CHECK(stacked.chart()->legend()->markers(stackedBars.at(0)).size() == 3);

    stacked.show();
    emit stacked.barSets().at(2)->hovered(true, 0);
    CHECK(QToolTip::text() == u"A, 8-14: 30"_s);
    emit stacked.barSets().at(2)->hovered(false, 0);

    // Side by side, each bar carries its own figure above it and there is nothing to add up.
    DashboardChartView grouped(DashboardChartView::Layout::Grouped);
    grouped.setBars(u"Overdue"_s, {u"A"_s, u"B"_s}, {{u"Overdue"_s, {3, 4}, {}}}, u"complaints"_s);
    const auto [groupedBars, none] = bars(grouped);
    REQUIRE(groupedBars.size() == 1);
    CHECK(groupedBars.at(0)->isLabelsVisible());
    CHECK(none.isEmpty());
}

TEST_CASE("OPD codes under a chart's bars are shown whole; longer names are cut and said whole in the tool tip")
{
    const auto truncated = [](const QStringList &categories) {
        DashboardChartView chart(DashboardChartView::Layout::Grouped);
        QList<double> values(categories.size(), 1.0);
        chart.setBars(u"Chart"_s, categories, {{u"Count"_s, values, {}}}, u"complaints"_s);
        const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Horizontal);
        REQUIRE(axes.size() == 1);
        return axes.at(0)->truncateLabels();
    };
    CHECK_FALSE(truncated({u"DISDUKCAPIL"_s, u"KEC-SERANG"_s, u"Pusat komando"_s}));
    CHECK(truncated({u"DISDUKCAPIL"_s, u"DISDUKCAPIL langkah 3: Verifikasi berkas"_s}));
}
