// A conflict made by two clients (one offline while the other changes the complaint) is shown in the detail view
// with both versions, and settled from there: sent again over the hub's version, or discarded.
#include "ConflictPanel.h"
#include "HubWorkspace.h"
#include "TestClient.h"
#include "WorkspaceDriver.h"
#include "store/OutboxView.h"

#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("a conflict between two clients is shown with both versions and settled from the detail view")
{
    TestHub hub({20, StoreKind::Demo, true});
    hub.addUser(u"operator2"_s, Role::Operator);
    const QUuid id = hub.intake(u"supervisor"_s, u"SIM keliling Kaujon tidak datang"_s);
    HubWorkspace w(hub, u"operator"_s, true);
    w.waitForComplaint(id);
    WorkspaceDriver driver(w.window());

    // This workstation goes offline and says "not our authority" over version 1.
    hub.stop();
    driver.search(u"Kaujon"_s);
    REQUIRE(driver.selected() == id);
    driver.key(Qt::Key_B);
    driver.dialog("routeDialog");
    driver.type(u"POLRESTA"_s);
    driver.key(Qt::Key_Return);
    REQUIRE(w.shown(id).shown.state == ComplaintState::Forwarded);

    // Meanwhile another operator, online, verifies it (version 2).
    hub.start();
    QTemporaryDir other;
    TestClient second(hub.url(), u"operator2"_s, other.filePath(u"operator2.sqlite"_s));
    second.requireSync();
    second.enqueue(CommandType::Verify, id, verifyPayload());
    second.requireSync();
    REQUIRE(second.outbox().isEmpty());

    // Back online: the hub answers the first workstation's command with a conflict.
    w.hubMoved();
    w.waitFor([&] { return w.shown(id).isStopped(); }, "the hub answers with a conflict");
    auto *panel = w.window().inbox()->detail()->findChild<ConflictPanel *>(u"conflictPanel"_s);
    REQUIRE(panel);
    w.waitFor([&] { return panel->isVisible(); }, "the detail shows the conflict");
    auto *versions = panel->findChild<QTableWidget *>(u"conflictVersionsTable"_s);
    REQUIRE(versions);
    const QString ours = versions->item(0, 0)->text();
    const QString theirs = versions->item(0, 1)->text() + u'\n' + versions->item(2, 1)->text();
    CHECK(ours.startsWith(u"Forward as not our authority"_s));
    CHECK(theirs.contains(u"Verified"_s));
    CHECK(theirs.contains(u"operator2"_s));
    CHECK(w.shown(id).shown.state == ComplaintState::Verified); // the stopped command is not applied
    CHECK(w.workspace().lastStatus().conflicts == 1);

    SECTION("sent again over the hub's version, it is confirmed")
    {
        driver.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        w.waitFor([&] {
            const ProjectedComplaint c = w.shown(id);
            return c.steps.isEmpty() && c.cached.state == ComplaintState::Forwarded;
        }, "the hub applies the command sent again");
        CHECK(hub.store().complaint(id).value()->state == ComplaintState::Forwarded);
        CHECK(hub.store().complaint(id).value()->agency == u"POLRESTA"_s);
        CHECK_FALSE(panel->isVisible());
    }
    SECTION("discarded, the hub's version stands")
    {
        auto *discard = panel->findChild<QPushButton *>(u"discardConflictButton"_s);
        REQUIRE(discard);
        discard->click();
        const ProjectedComplaint c = w.shown(id);
        CHECK(c.steps.isEmpty());
        CHECK(c.shown.state == ComplaintState::Verified);
        CHECK_FALSE(panel->isVisible());
        CHECK(OutboxView(w.workspace().cache()).counts().value().conflicts == 0);
        CHECK(hub.store().complaint(id).value()->state == ComplaintState::Verified);
    }
}
