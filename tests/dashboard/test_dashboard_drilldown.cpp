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

#include <QBarSet>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

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
}
