// The wall display of a supervisor's workstation against a real hub on loopback: the hub goes away, the panels
// keep the last figures and the last-synced time, and a note says since when the hub is offline.
#include "HubWorkspace.h"
#include "codec/WireTime.h"
#include "dashboard/DashboardChartView.h"
#include "wall/WallDisplay.h"
#include "wall/WallPanels.h"

#include <QLabel>
#include <QScreen>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

void awaitComputed(HubWorkspace &w, WallDisplay &wall)
{
    bool done = false;
    QObject context;
    QObject::connect(&wall, &WallDisplay::computed, &context, [&done] { done = true; });
    wall.refresh();
    w.waitFor([&done] { return done; }, "the wall computes its figures");
}

} // namespace

TEST_CASE("through a hub outage the wall display keeps its panels and the last-synced time, and says since when "
          "the hub is offline")
{
    TestHub hub({60, StoreKind::Demo, true});
    HubWorkspace w(hub, u"supervisor"_s, true);
    w.waitFor([&] { return w.workspace().lastStatus().online && w.workspace().lastStatus().cursor > 0; },
              "the first sync");
    // The sync records the hub time of its last page in the cache: the report and the wall print it.
    const QDateTime synced = parseWireTime(w.workspace().cache().meta(u"synced_at"_s));
    REQUIRE(synced.isValid());

    WallDisplay *wall = w.workspace().openWall();
    REQUIRE(wall);
    // The whole screen, whether or not the platform reports a full-screen state (offscreen here).
    INFO("wall " << wall->geometry().width() << "x" << wall->geometry().height() << "+" << wall->geometry().x() << "+"
                 << wall->geometry().y() << ", screen " << wall->screen()->geometry().width() << "x"
                 << wall->screen()->geometry().height() << ", state " << int(wall->windowState()));
    CHECK(wall->isFullScreen());
    CHECK(wall->geometry() == wall->screen()->geometry());
    awaitComputed(w, *wall);
    REQUIRE(wall->hasFigures());
    const QString open = wall->panels()->todayValue(u"wallTodayOpen"_s);
    CHECK(open.toInt() > 0);
    const QStringList opds = wall->panels()->chart(WallPanels::Aging)->categories();
    CHECK_FALSE(opds.isEmpty());
    CHECK(wall->syncedText().startsWith(u"Last synced"_s));
    const QString syncedText = wall->syncedText();
    CHECK(wall->offlineText().isEmpty());
    CHECK_FALSE(wall->findChild<QLabel *>(u"wallOfflineLabel"_s)->isVisible());
    CHECK(wall->findChild<QLabel *>(u"wallHubTimeLabel"_s)->text().contains(u"WIB"_s));

    hub.stop();
    w.waitFor([&] { return !w.workspace().lastStatus().online; }, "the sync finds the hub away");
    CHECK(wall->offlineText().startsWith(u"Hub offline since"_s));
    CHECK(wall->findChild<QLabel *>(u"wallOfflineLabel"_s)->isVisible());
    // The note fits the screen (offscreen: 800 px wide) and leaves the window its size: beside the last sync it
    // made the window wider than the screen.
    CHECK(wall->minimumSizeHint().width() <= wall->screen()->geometry().width());
    CHECK(wall->geometry() == wall->screen()->geometry());
    // Computed again during the outage, from the cache: the same panels, the same last sync.
    awaitComputed(w, *wall);
    CHECK(wall->panels()->todayValue(u"wallTodayOpen"_s) == open);
    CHECK(wall->panels()->chart(WallPanels::Aging)->categories() == opds);
    CHECK(wall->syncedText() == syncedText);
    CHECK(wall->findChild<QLabel *>(u"wallSyncedLabel"_s)->text() == syncedText);
    for (int panel = 0; panel < WallPanels::PanelCount; ++panel) {
        wall->showPanel(panel);
        CHECK(wall->panels()->currentIndex() == panel);
    }

    hub.start();
    w.hubMoved();
    w.waitFor([&] { return w.workspace().lastStatus().online; }, "the hub is back");
    CHECK(wall->offlineText().isEmpty());
}
