// The Categories and services tab (docs/reference-admin.md) offscreen against a real hub on loopback: changes sent
// from the panel are the hub's events with who and why and show in the tree after the next sync; the hub's
// refusals are shown as its sentences; a non-admin is refused by the hub and never sees the administration tab.
#include "HubWorkspace.h"
#include "MainWindow.h"
#include "TestClient.h"
#include "TestHub.h"
#include "admin/AdminScreen.h"
#include "admin/CategoryTreePanel.h"
#include "admin/ReferenceAdminClient.h"
#include "routing/CategoryTree.h"
#include "sync/SyncWorker.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

enum Column { NameColumn, CodeColumn, RouteColumn, StatusColumn };

// The panel's message once the hub has answered (it says "Sending..." meanwhile).
QString answered(const CategoryTreePanel &panel)
{
    INFO("the hub answers");
    REQUIRE(QTest::qWaitFor([&] { return !panel.message().isEmpty() && !panel.message().endsWith(u"..."_s); }, 30'000));
    return panel.message();
}

struct TreeDesk
{
    TestHub hub;
    QTemporaryDir dir;
    std::unique_ptr<TestClient> admin;
    ReferenceAdminClient client {hub.url()};
    std::unique_ptr<CategoryTreePanel> panel;

    TreeDesk()
    {
        hub.addUser(u"admin"_s, Role::Admin);
        admin = std::make_unique<TestClient>(hub.url(), u"admin"_s, dir.filePath(u"admin.sqlite"_s));
        admin->requireSync();
        client.setToken(hub.token(u"admin"_s));
        panel = std::make_unique<CategoryTreePanel>(&client, admin->cache(), hub.reference());
        panel->show();
    }
    // The reference event the hub appended last.
    Event lastEvent()
    {
        const auto events = hub.store().referenceEvents(0);
        REQUIRE(events.ok());
        REQUIRE_FALSE(events->isEmpty());
        return events->last();
    }
    void sync()
    {
        admin->requireSync();
        panel->refresh();
    }
    QPushButton *send() const { return panel->findChild<QPushButton *>(u"categoryApplyPushButton"_s); }
};

} // namespace

TEST_CASE("a category and a service added in the tree tab are the hub's events with who and why, shown after sync")
{
    TreeDesk desk;
    CategoryTreePanel &panel = *desk.panel;
    // The shipped tree: street lights under Perhubungan > PJU, to Dinas Perhubungan by the shipped routing table.
    QTreeWidgetItem *pju = panel.itemOf(u"pju"_s, true);
    REQUIRE(pju);
    CHECK(pju->text(NameColumn) == u"Penerangan jalan umum (PJU)"_s);
    CHECK(pju->text(RouteColumn) == u"Dinas Perhubungan"_s);
    CHECK(pju->text(StatusColumn) == u"active"_s);
    REQUIRE(pju->parent());
    CHECK(pju->parent()->text(CodeColumn) == u"perhubungan-pju"_s);
    CHECK(panel.itemOf(u"pariwisata"_s, false) == nullptr);

    panel.prepare(CategoryTreePanel::Action::Add, false, u"pariwisata"_s, u"Pariwisata"_s, QString(),
                  u"Perwal 2026: aduan tempat wisata"_s);
    desk.send()->click();
    CHECK(answered(panel)
          == u"Done: Category added (pariwisata: Pariwisata). Every workstation shows it after its next sync."_s);
    Event event = desk.lastEvent();
    CHECK(event.typeName == QStringView(kCategoryAddedType));
    CHECK(event.actor.user == u"admin"_s);
    CHECK(event.payload.value(u"id"_s).toString() == u"pariwisata"_s);
    CHECK(event.payload.value(u"parent"_s).toString() == QString());
    CHECK(event.payload.value(u"reason"_s).toString() == u"Perwal 2026: aduan tempat wisata"_s);
    CHECK(panel.itemOf(u"pariwisata"_s, false) == nullptr); // not before the sync brings it

    desk.sync();
    QTreeWidgetItem *category = panel.itemOf(u"pariwisata"_s, false);
    REQUIRE(category);
    CHECK(category->parent() == nullptr);
    CHECK(category->text(NameColumn) == u"Pariwisata"_s);

    // The new root is now a place for a service: chosen in the list, as a person does.
    panel.prepare(CategoryTreePanel::Action::Add, true, u"wisata-banten-lama"_s, u"Kawasan Banten Lama"_s,
                  u"pariwisata"_s, QString());
    auto *place = panel.findChild<QComboBox *>(u"categoryPlaceComboBox"_s);
    CHECK(place->currentData().toString() == u"pariwisata"_s);
    CHECK(place->currentText() == u"Pariwisata (pariwisata)"_s);
    auto *reason = panel.findChild<QLineEdit *>(u"categoryReasonLineEdit"_s);
    reason->setText(u"Aduan kebersihan kawasan wisata"_s);
    emit reason->returnPressed();
    CHECK(answered(panel).startsWith(u"Done: Service added (wisata-banten-lama: Kawasan Banten Lama)."_s));
    CHECK(reason->text().isEmpty());
    event = desk.lastEvent();
    CHECK(event.typeName == QStringView(kServiceAddedType));
    CHECK(event.actor.user == u"admin"_s);
    CHECK(event.payload.value(u"category"_s).toString() == u"pariwisata"_s);
    CHECK(event.payload.value(u"reason"_s).toString() == u"Aduan kebersihan kawasan wisata"_s);

    desk.sync();
    QTreeWidgetItem *service = panel.itemOf(u"wisata-banten-lama"_s, true);
    REQUIRE(service);
    CHECK(service->parent() == panel.itemOf(u"pariwisata"_s, false));
    CHECK(service->text(NameColumn) == u"Kawasan Banten Lama"_s);
    CHECK(service->text(RouteColumn) == u"(no rule in the routing table)"_s);
    CHECK(service->text(StatusColumn) == u"active"_s);
}

TEST_CASE("the tree tab shows the hub's refusals as its sentences; a row picked by keyboard is renamed")
{
    TreeDesk desk;
    CategoryTreePanel &panel = *desk.panel;
    const qint64 head = desk.hub.head();

    panel.prepare(CategoryTreePanel::Action::Add, true, u"pju"_s, u"Lampu jalan"_s, u"perhubungan-pju"_s, u"uji"_s);
    desk.send()->click();
    CHECK(answered(panel)
          == u"The hub refused the change: code: pju is already a service; choose another, or rename that one."_s);
    CHECK(panel.findChild<QLabel *>(u"categoryMessageLabel"_s)->isVisible());

    panel.prepare(CategoryTreePanel::Action::Rename, true, u"pju"_s, u"Lampu jalan"_s, QString(), QString());
    desk.send()->click();
    CHECK(answered(panel) == u"The hub refused the change: reason: say what changes and why (1 to 500 characters)."_s);

    // A category "moved" where it already is.
    panel.prepare(CategoryTreePanel::Action::Move, false, u"infrastruktur-jalan"_s, QString(), u"infrastruktur"_s,
                  u"uji"_s);
    desk.send()->click();
    CHECK(answered(panel) == u"The hub refused the change: parent: infrastruktur-jalan is already there."_s);
    CHECK(desk.hub.head() == head); // nothing appended

    // The keyboard: the tree has focus, a row becomes current and fills the form; Rename is chosen, Enter sends.
    panel.tree()->setFocus();
    panel.tree()->setCurrentItem(panel.itemOf(u"infrastruktur-jalan"_s, false));
    CHECK(panel.findChild<QComboBox *>(u"categoryKindComboBox"_s)->currentIndex() == 0);
    CHECK(panel.findChild<QLineEdit *>(u"categoryCodeLineEdit"_s)->text() == u"infrastruktur-jalan"_s);
    CHECK(panel.findChild<QLineEdit *>(u"categoryNameLineEdit"_s)->text() == u"Jalan"_s);
    CHECK(panel.findChild<QComboBox *>(u"categoryPlaceComboBox"_s)->currentData().toString() == u"infrastruktur"_s);
    panel.findChild<QComboBox *>(u"categoryActionComboBox"_s)->setCurrentIndex(int(CategoryTreePanel::Action::Rename));
    CHECK(panel.findChild<QLineEdit *>(u"categoryNameLineEdit"_s)->isEnabled());
    CHECK_FALSE(panel.findChild<QComboBox *>(u"categoryPlaceComboBox"_s)->isEnabled());
    panel.findChild<QLineEdit *>(u"categoryNameLineEdit"_s)->setText(u"Jalan dan trotoar"_s);
    auto *reason = panel.findChild<QLineEdit *>(u"categoryReasonLineEdit"_s);
    reason->setText(u"Aduan trotoar ikut bidang jalan"_s);
    emit reason->returnPressed();
    CHECK(answered(panel).startsWith(u"Done: Category renamed (infrastruktur-jalan: Jalan dan trotoar)."_s));
    CHECK(desk.hub.head() == head + 1);
    desk.sync();
    CHECK(panel.itemOf(u"infrastruktur-jalan"_s, false)->text(NameColumn) == u"Jalan dan trotoar"_s);
    CHECK(panel.tree()->currentItem() == panel.itemOf(u"infrastruktur-jalan"_s, false)); // kept across the refresh
}

TEST_CASE("the tree tab with the hub gone or a supervisor's session says why nothing changed")
{
    TreeDesk desk;
    CategoryTreePanel &panel = *desk.panel;

    ReferenceAdminClient supervisor(desk.hub.url());
    supervisor.setToken(desk.hub.token(u"supervisor"_s));
    CategoryTreePanel refused(&supervisor, desk.admin->cache(), desk.hub.reference());
    refused.prepare(CategoryTreePanel::Action::Rename, true, u"pju"_s, u"Lampu jalan"_s, QString(), u"uji"_s);
    refused.apply();
    CHECK(answered(refused)
          == u"The hub refused the change: Only an administrator changes the category and service tree."_s);

    ReferenceAdminClient unsigned_(desk.hub.url());
    CategoryTreePanel offline(&unsigned_, desk.admin->cache(), desk.hub.reference());
    offline.prepare(CategoryTreePanel::Action::Rename, true, u"pju"_s, u"Lampu jalan"_s, QString(), u"uji"_s);
    offline.apply();
    CHECK(offline.message() == u"Not signed in to the hub yet: wait for the first sync, then try again."_s);

    desk.hub.stop();
    panel.prepare(CategoryTreePanel::Action::Rename, true, u"pju"_s, u"Lampu jalan"_s, QString(), u"uji"_s);
    panel.apply();
    CHECK(answered(panel).startsWith(u"The hub cannot be reached ("_s));
    CHECK(desk.send()->isEnabled()); // ready for another try
}

TEST_CASE("the Categories and services tab sits in the administration tab, which only an admin's window shows")
{
    TestHub hub;
    hub.addUser(u"admin"_s, Role::Admin);
    for (const QString &user : {u"admin"_s, u"supervisor"_s}) {
        HubWorkspace workstation(hub, user, false);
        AdminScreen::attach(workstation.workspace(), hub.url(), user, {});
        auto *screen = workstation.window().findChild<AdminScreen *>(u"adminScreen"_s);
        REQUIRE(screen);
        auto *panel = screen->findChild<CategoryTreePanel *>(u"categoryTreePanel"_s);
        REQUIRE(panel);
        auto *editors = screen->findChild<QTabWidget *>(u"adminTabWidget"_s);
        CHECK(editors->tabText(editors->indexOf(panel)) == u"Categories and services"_s);
        QTabWidget *tabs = workstation.window().tabs();
        // The first sync tells the workstation the role; the tab follows it on the same change of the cache (this
        // connection is the last one made, so it runs after the screen's own).
        int changes = 0;
        QObject::connect(workstation.workspace().sync(), &SyncWorker::cacheChanged, screen, [&changes] { ++changes; });
        const Role role = user == u"admin"_s ? Role::Admin : Role::Supervisor;
        workstation.waitFor([&] { return changes > 0 && workstation.session().actor().role == role; },
                            "the first sync brings the role");
        INFO(user.toStdString());
        CHECK(panel->itemOf(u"pju"_s, true) != nullptr);
        CHECK(tabs->isTabVisible(tabs->indexOf(screen)) == (user == u"admin"_s));
    }
}
