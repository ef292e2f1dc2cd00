// Ownership in the workstation, by keys alone, against a real hub on loopback: claim (M), assign to a colleague
// (S), release (L), their refusals as sentences, and the inbox's "assigned to me" filter.
#include "InboxFilterBar.h"
#include "OwnershipFixture.h"
#include "SavedFilters.h"
#include "WorkspaceDriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("an operator claims, assigns to a colleague and releases a complaint by keys alone, and the hub agrees")
{
    TestHub hub({20, StoreKind::Demo, true});
    hub.addUser(u"operator2"_s, Role::Operator);
    const QUuid id = hub.intake(u"supervisor"_s, u"Lampu taman Sumurpecung padam total"_s);
    hub.run(u"operator2"_s, CommandType::Verify, id, verifyPayload()); // operator2 works in the center
    HubWorkspace w(hub, u"operator"_s, false);
    w.waitForComplaint(id);
    WorkspaceDriver driver(w.window());
    driver.search(u"Sumurpecung"_s);
    REQUIRE(driver.selected() == id);

    // M: mine. Shown at once (pending), then confirmed.
    driver.key(Qt::Key_M);
    CHECK(w.shown(id).shown.assignee == u"operator"_s);
    w.waitFor([&] { return w.shown(id).steps.isEmpty() && hubOwner(hub, id) == u"operator"_s; },
              "the hub confirms the claim");
    w.waitFor([&] { return driver.detailText().contains(u"Owner"_s) && driver.detailText().contains(u"operator"_s); },
              "the detail shows the owner");
    driver.key(Qt::Key_M);
    CHECK(w.window().statusBar()->currentMessage() == u"You already own this complaint."_s);

    // S: to a colleague this workstation has seen working; the current owner is not offered.
    driver.key(Qt::Key_S);
    QWidget *dialog = driver.dialog("assignDialog");
    auto *combo = dialog->findChild<QComboBox *>(u"assigneeComboBox"_s);
    REQUIRE(combo);
    CHECK(combo->findText(u"operator2"_s) >= 0);
    CHECK(combo->findText(u"operator"_s) < 0);
    driver.type(u"operator2"_s);
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    w.waitFor([&] { return w.shown(id).steps.isEmpty() && hubOwner(hub, id) == u"operator2"_s; },
              "the hub confirms the assignment");

    // L: let go. Nobody owns it then, and a second L says so.
    driver.key(Qt::Key_L);
    w.waitFor([&] { return w.shown(id).steps.isEmpty() && hubOwner(hub, id).isEmpty(); },
              "the hub confirms the release");
    driver.key(Qt::Key_L);
    CHECK(w.window().statusBar()->currentMessage() == u"Nobody owns this complaint."_s);
    CHECK(w.shown(id).steps.isEmpty()); // nothing was queued

    // A name the hub does not know: queued, refused by the hub with its sentence, and discarded by key.
    driver.key(Qt::Key_S);
    driver.dialog("assignDialog");
    driver.type(u"op.tidakada"_s);
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    w.waitFor([&] { return w.shown(id).isStopped(); }, "the hub refuses the assignment");
    CHECK(w.shown(id).steps.first().errorMessage
          == u"There is no command center user \"op.tidakada\" on this hub: choose a colleague from the list."_s);
    CHECK(w.workspace().lastStatus().conflicts == 0); // a refusal, not a conflict
    driver.key(Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.shown(id).steps.isEmpty());
    CHECK(hubOwner(hub, id).isEmpty());
}

TEST_CASE("the \"assigned to me\" filter lists exactly the complaints the operator owns, and a saved filter keeps it")
{
    TestHub hub({30, StoreKind::Demo, true});
    hub.addUser(u"op.wati"_s, Role::Operator); // owns nothing in the demo data
    hub.addUser(u"operator2"_s, Role::Operator);
    const QSet<QUuid> mine {ownedBy(hub, u"op.wati"_s, u"Sampah menumpuk di Pasar Rau"_s),
                            ownedBy(hub, u"op.wati"_s, u"Pengurusan KTP-el lama di Kasemen"_s),
                            ownedBy(hub, u"op.wati"_s, u"Drainase tersumbat di Cipocok Jaya"_s)};
    const QUuid theirs = ownedBy(hub, u"operator2"_s, u"PJU mati di Jalan Ayip Usman"_s);
    const QUuid released = ownedBy(hub, u"op.wati"_s, u"Trotoar rusak di Taktakan"_s);
    hub.run(u"op.wati"_s, CommandType::Release, released, {});
    HubWorkspace w(hub, u"op.wati"_s, false);
    w.waitForComplaint(theirs);
    for (const QUuid &id : mine)
        w.waitForComplaint(id);
    WorkspaceDriver driver(w.window());
    InboxFilterBar *bar = w.window().inbox()->filterBar();
    auto *check = bar->findChild<QCheckBox *>(u"assignedToMeCheckBox"_s);
    REQUIRE(check);
    REQUIRE(check->isEnabled());
    w.waitFor([&] { return listed(w).size() > 5; }, "the inbox lists the synced complaints");
    const qsizetype everything = listed(w).size();

    driver.key(Qt::Key_M, Qt::AltModifier); // the check box's mnemonic (it clicks with a short animation)
    w.waitFor([&] { return check->isChecked(); }, "Alt+M ticks \"assigned to me\"");
    w.waitFor([&] { return listed(w) == mine; }, "the inbox lists exactly the three owned complaints");
    CHECK(bar->criteria().assignedTo == u"op.wati"_s);

    // Saved and applied again later: the flag, for whoever these filters belong to.
    bar->saveAs(u"Milik saya"_s);
    bar->setCriteria({});
    w.waitFor([&] { return listed(w).size() == everything; }, "the filter is cleared");
    auto *saved = bar->findChild<QComboBox *>(u"savedFiltersComboBox"_s);
    REQUIRE(saved);
    const int index = saved->findText(u"Milik saya"_s);
    REQUIRE(index >= 0);
    saved->setCurrentIndex(index);
    emit saved->activated(index);
    CHECK(check->isChecked());
    w.waitFor([&] { return listed(w) == mine; }, "the saved filter lists the owned complaints again");
    CHECK(SavedFilters::toJson(bar->criteria()).value(u"assigned_to_me"_s).toBool());
    CHECK(SavedFilters::fromJson(SavedFilters::toJson(bar->criteria()), u"operator2"_s).assignedTo == u"operator2"_s);
}
