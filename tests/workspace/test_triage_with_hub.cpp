// Triage end to end with the keyboard alone, against a real hub on loopback: find by search, verify, dispatch, and
// the hub's state comes back into the view; the same with the hub away (pending) and back (confirmed).
#include "ActionBar.h"
#include "HubWorkspace.h"
#include "RoutingAdvice.h"
#include "WorkspaceDriver.h"
#include "store/OutboxView.h"
#include "store/RoutingHistoryRepository.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kTitle = u"Lampu taman Sumurpecung padam total"_s;

// Ctrl+F "Sumurpecung", then V Enter (verify as the complaint says), then D Enter (dispatch to the suggestion).
void triageByKeys(WorkspaceDriver &driver, const QUuid &id)
{
    driver.search(u"Sumurpecung"_s);
    REQUIRE(driver.selected() == id);
    driver.key(Qt::Key_V);
    driver.dialog("verifyDialog");
    driver.key(Qt::Key_Return);
    driver.key(Qt::Key_D);
    driver.dialog("routeDialog");
    driver.key(Qt::Key_Return);
    REQUIRE(QApplication::activeModalWidget() == nullptr);
}

ComplaintState hubState(TestHub &hub, const QUuid &id)
{
    const auto complaint = hub.store().complaint(id);
    REQUIRE(complaint.ok());
    REQUIRE(complaint.value());
    return complaint.value()->state;
}

} // namespace

TEST_CASE("a fresh workstation learns its routing suggestions from the hub's history, not from its empty cache")
{
    TestHub hub({60, StoreKind::Demo, true});
    HubWorkspace w(hub, u"operator"_s, false);
    const RoutingAdvice &advice = w.workspace().routingAdvice();
    w.waitFor([&] { return advice.learnedExamples().has_value(); }, "the routing suggestions learn");
    // Every resolved complaint the bootstrap brought: it learnt from 0 when it started at the login, before them.
    const auto resolved = RoutingHistoryRepository(w.workspace().cache()).countResolved();
    REQUIRE(resolved.ok());
    CHECK(resolved.value() > 0);
    CHECK(*advice.learnedExamples() == resolved.value());
}

TEST_CASE("an operator triages a complaint by keys alone and the hub's state comes back into the view")
{
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = hub.intake(u"supervisor"_s, kTitle);
    HubWorkspace w(hub, u"operator"_s, false);
    w.waitForComplaint(id);
    WorkspaceDriver driver(w.window());
    CHECK(w.workspace().routingAdvice().learningStarted()); // an operator dispatches: suggestions learn the history
    // The action bar shows the command center's actions, not the OPD's.
    const auto *bar = w.window().findChild<ActionBar *>(u"complaintActionBar"_s);
    REQUIRE(bar);
    QStringList shown;
    for (const QAction *action : bar->shownActions())
        shown.append(action->objectName());
    CHECK(shown.contains(u"verifyAction"_s));
    CHECK(shown.contains(u"dispatchAction"_s));
    CHECK_FALSE(shown.contains(u"acknowledgeAction"_s));
    CHECK_FALSE(shown.contains(u"respondAction"_s));

    triageByKeys(driver, id);
    // At once, before any answer: pending, shown through the state machine.
    CHECK(w.shown(id).shown.state == ComplaintState::Dispatched);

    w.waitFor([&] {
        const ProjectedComplaint c = w.shown(id);
        return c.steps.isEmpty() && c.cached.state == ComplaintState::Dispatched;
    }, "the hub confirms both commands");
    CHECK(hubState(hub, id) == ComplaintState::Dispatched);
    CHECK(w.shown(id).cached.opd == u"DISHUB"_s);
    CHECK(w.shown(id).cached.version == hub.version(id));
    w.waitFor([&] { return !driver.detailText().contains(u"pending"_s); }, "the detail drops the pending mark");
    CHECK(driver.detailText().contains(u"Dispatched · "_s));
    CHECK(OutboxView(w.workspace().cache()).counts().value().pending == 0);
}

TEST_CASE("with the hub away the triage stays pending, and is confirmed when the hub is back")
{
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = hub.intake(u"supervisor"_s, kTitle);
    HubWorkspace w(hub, u"operator"_s, true);
    w.waitForComplaint(id);
    WorkspaceDriver driver(w.window());

    hub.stop();
    triageByKeys(driver, id);
    w.waitFor([&] { return !w.workspace().lastStatus().online && w.workspace().lastStatus().pending == 2; },
              "the sync finds the hub away, with both commands queued");
    const ProjectedComplaint away = w.shown(id);
    CHECK(away.cached.state == ComplaintState::Received);
    CHECK(away.shown.state == ComplaintState::Dispatched);
    CHECK(away.steps.size() == 2);
    CHECK(driver.detailText().contains(u"pending: not yet confirmed by the hub"_s));
    CHECK(hubState(hub, id) == ComplaintState::Received);

    hub.start();
    w.hubMoved();
    w.waitFor([&] {
        const ProjectedComplaint c = w.shown(id);
        return c.steps.isEmpty() && c.cached.state == ComplaintState::Dispatched;
    }, "the hub, back, confirms both commands");
    CHECK(hubState(hub, id) == ComplaintState::Dispatched);
    w.waitFor([&] { return w.workspace().lastStatus().online && w.workspace().lastStatus().pending == 0; },
              "the status says online with nothing pending");
    CHECK_FALSE(driver.detailText().contains(u"pending"_s));
}
