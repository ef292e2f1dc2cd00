// An OPD liaison sees only their OPD's complaints and, by keys alone, acknowledges, responds (the SOP gate judged
// here as on the hub) and returns a mis-routed complaint with a reason; the action bar shows those three as buttons.
#include "HubWorkspace.h"
#include "RoutingAdvice.h"
#include "WorkspaceDriver.h"
#include "store/ComplaintRepository.h"

#include "ActionBar.h"

#include <QLabel>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QUuid dispatched(TestHub &hub, const QString &title, const QString &opd)
{
    const QUuid id = hub.intake(u"supervisor"_s, title);
    hub.run(u"supervisor"_s, CommandType::Verify, id,
            {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, u"adminduk-ktp"_s}, {u"service"_s, u"ktp-el"_s}});
    hub.run(u"supervisor"_s, CommandType::Dispatch, id, {{u"opd"_s, opd}});
    return id;
}

ComplaintState hubState(TestHub &hub, const QUuid &id) { return hub.store().complaint(id).value()->state; }

} // namespace

TEST_CASE("a liaison sees only their OPD's complaints and acknowledges, responds and returns by keys and buttons")
{
    TestHub hub({30, StoreKind::Demo, true});
    const QUuid mine = dispatched(hub, u"Blangko KTP habis di Kasemen"_s, u"DISDUKCAPIL"_s);
    const QUuid misrouted = dispatched(hub, u"Jalan berlubang Walantaka dikira KTP"_s, u"DISDUKCAPIL"_s);
    const QUuid elsewhere = dispatched(hub, u"Rekam KTP Taktakan antre panjang"_s, u"DISHUB"_s);
    HubWorkspace w(hub, u"liaison-disdukcapil"_s, false);
    w.waitForComplaint(mine);
    w.waitForComplaint(misrouted);
    WorkspaceDriver driver(w.window());
    // A liaison never dispatches: the workstation does not learn routing suggestions from the history.
    CHECK_FALSE(w.workspace().routingAdvice().learningStarted());

    // Scope: the hub sends this cache nothing of other OPDs; the routing queue is not theirs.
    CHECK_FALSE(w.session().complaint(elsewhere).value().has_value());
    const auto rows = ComplaintRepository(w.workspace().cache()).page(std::nullopt, 1000);
    REQUIRE(rows.ok());
    for (const InboxRow &row : rows.value())
        CHECK(row.opd == u"DISDUKCAPIL"_s);
    QTabWidget *tabs = w.window().tabs();
    CHECK_FALSE(tabs->isTabVisible(tabs->indexOf(reinterpret_cast<QWidget *>(w.window().routing()))));
    CHECK(tabs->tabText(0).contains(u"DISDUKCAPIL"_s));
    CHECK(w.session().actor().role == Role::Liaison);
    // The same actions as buttons above the screens, for whoever does not know the keys: the liaison's three.
    auto *bar = w.window().findChild<ActionBar *>(u"complaintActionBar"_s);
    REQUIRE(bar);
    QStringList shown;
    for (const QAction *action : bar->shownActions())
        shown.append(action->objectName());
    CHECK(shown == QStringList {u"acknowledgeAction"_s, u"respondAction"_s, u"returnAction"_s});
    auto *respondButton = bar->findChild<QToolButton *>(u"respondActionButton"_s);
    REQUIRE(respondButton);
    CHECK(respondButton->isVisible());
    CHECK_FALSE(bar->findChild<QToolButton *>(u"verifyActionButton"_s)->isVisible());

    driver.search(u"Blangko"_s);
    REQUIRE(driver.selected() == mine);
    CHECK(bar->isEnabled());
    CHECK(respondButton->toolTip().endsWith(u"(J)"_s));
    driver.key(Qt::Key_A);
    w.waitFor([&] { return w.shown(mine).steps.isEmpty() && w.shown(mine).cached.state == ComplaintState::InProgress; },
              "the hub confirms the acknowledgement");

    // Respond (the button opens what J opens): the critical SOP steps are open, so the answer is refused here with
    // the steps named...
    respondButton->click();
    QApplication::processEvents(); // as after a key (WorkspaceDriver::key): the dialog takes the focus
    driver.dialog("responseDialog");
    driver.type(u"Blangko sudah tersedia lagi sejak Senin; silakan datang ke kecamatan."_s);
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    auto *message = w.window().inbox()->detail()->findChild<QLabel *>(u"detailMessageLabel"_s);
    REQUIRE(message);
    CHECK(message->text().startsWith(u"Critical SOP steps are not done yet: "_s));
    CHECK(w.shown(mine).steps.isEmpty());
    // ...and accepted with a reason to respond anyway.
    driver.key(Qt::Key_J);
    driver.dialog("responseDialog");
    driver.type(u"Blangko sudah tersedia lagi sejak Senin."_s);
    driver.key(Qt::Key_Tab);
    driver.type(u"Stok blangko dari pusat, langkah SOP tidak berlaku"_s);
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    w.waitFor([&] { return w.shown(mine).steps.isEmpty() && w.shown(mine).cached.state == ComplaintState::Responded; },
              "the hub confirms the response");
    CHECK(hubState(hub, mine) == ComplaintState::Responded);

    // Return the mis-routed one: it goes back to the command center and leaves this cache.
    driver.search(u"Walantaka"_s);
    REQUIRE(driver.selected() == misrouted);
    driver.key(Qt::Key_K);
    driver.dialog("reasonDialog");
    driver.key(Qt::Key_Down); // "Belongs to another OPD"
    driver.key(Qt::Key_Return);
    w.waitFor([&] { return !w.session().complaint(misrouted).value().has_value(); },
              "the returned complaint leaves the liaison's cache");
    CHECK(hubState(hub, misrouted) == ComplaintState::Verified);
    const auto returned = hub.store().history(misrouted).value().constLast();
    CHECK(returned.type == EventType::Returned);
    CHECK(returned.payload.value(u"reason"_s).toString() == u"other_opd"_s);
}
