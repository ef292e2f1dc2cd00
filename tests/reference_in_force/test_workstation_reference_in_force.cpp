// A workstation uses the reference data as the admins left it, from the sync that brings their changes on
// (docs/reference-admin.md, "Where the changes take effect"): the inbox names a renamed OPD by its new name, and the
// dispatch dialog and the SOP template editor offer an OPD just added and no longer one just deactivated. A real hub
// on loopback, the whole
// Workspace offscreen, driven by keys.
#include "HubWorkspace.h"
#include "MainWindow.h"
#include "ReferenceInForce.h"
#include "WorkspaceDriver.h"
#include "sop/SopTemplateEditor.h"
#include "sop/StallBoardModel.h"
#include "sop/StallBoardScreen.h"
#include "sop/StallBoardView.h"
#include "sync/SyncWorker.h"

#include <QComboBox>

#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kTitle = u"Lampu taman Sumurpecung padam total"_s;
const QString kRenamed = u"Dinas Perhubungan Kota Serang"_s;

void change(TestHub &hub, const QString &action, const QString &code, const QString &name = {})
{
    QJsonObject body {{u"command_id"_s, uuidText(QUuid::createUuid())}, {u"action"_s, action}, {u"code"_s, code},
                      {u"reason"_s, u"Perwal 2026 tentang susunan perangkat daerah"_s}};
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    const HubResponse response = hub.post(u"admin"_s, u"/api/v1/admin/opds"_s, body);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
}

// Syncs now and waits until the workstation's reference data says `done`.
void syncUntil(HubWorkspace &w, const std::function<bool(const ReferenceData &)> &done, const char *what)
{
    w.workspace().sync()->syncSoon();
    w.waitFor([&] { return done(w.workspace().reference().data()); }, what);
}

// The dispatch dialog of the complaint found by `kTitle` (D): its choices by code, with their text; closed again.
QHash<QString, QString> dispatchChoices(WorkspaceDriver &driver)
{
    driver.search(u"Sumurpecung"_s);
    driver.key(Qt::Key_D);
    QWidget *dialog = driver.dialog("routeDialog");
    auto *list = dialog->findChild<QListWidget *>(u"routeListWidget"_s);
    REQUIRE(list);
    QHash<QString, QString> choices;
    for (int row = 0; row < list->count(); ++row)
        choices.insert(list->item(row)->data(Qt::UserRole).toString(), list->item(row)->text());
    driver.key(Qt::Key_Escape);
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    return choices;
}

// Whether the SOP template editor offers `opd` for a template.
bool templateEditorOffers(HubWorkspace &w, const QString &opd)
{
    auto *opds = w.window().templates()->findChild<QComboBox *>(u"sopOpdComboBox"_s);
    REQUIRE(opds);
    return opds->findData(opd) >= 0;
}

} // namespace

TEST_CASE("after the sync that brings an admin's change, the inbox, the dispatch dialog and the SOP template editor "
          "follow it")
{
    TestHub hub({20, StoreKind::Demo, true});
    hub.addUser(u"admin"_s, Role::Admin);
    const QUuid withDishub = hub.verified(u"supervisor"_s);
    hub.run(u"supervisor"_s, CommandType::Dispatch, withDishub, {{u"opd"_s, u"DISHUB"_s}});
    const QUuid toDispatch = hub.intake(u"supervisor"_s, kTitle);
    hub.run(u"supervisor"_s, CommandType::Verify, toDispatch, verifyPayload());
    HubWorkspace w(hub, u"operator"_s, false);
    w.waitForComplaint(withDishub);
    w.waitForComplaint(toDispatch);
    WorkspaceDriver driver(w.window());
    QHash<QString, QString> choices = dispatchChoices(driver);
    CHECK(choices.value(u"DISHUB"_s) == u"DISHUB — Dinas Perhubungan"_s);
    CHECK_FALSE(choices.contains(u"DISPORA"_s));
    CHECK_FALSE(templateEditorOffers(w, u"DISPORA"_s));

    // Renamed at the hub: the inbox's OPD column names it by its new name (in its tooltip; the code stays shown).
    change(hub, u"rename"_s, u"DISHUB"_s, kRenamed);
    syncUntil(w, [](const ReferenceData &r) { return r.routeName(u"DISHUB"_s) == kRenamed; }, "the rename arrives");
    // The whole inbox again (the dialog's search narrowed it), with the dispatched complaint in it.
    QLineEdit *search = w.window().inbox()->filterBar()->searchEdit();
    search->clear();
    emit search->returnPressed();
    QAbstractItemModel *inbox = w.window().inbox()->table()->model();
    int row = -1;
    w.waitFor([&] {
        for (row = 0; row < inbox->rowCount(); ++row) {
            if (inbox->index(row, 0).data(InboxModel::ComplaintIdRole).toUuid() == withDishub)
                return true;
        }
        return false;
    }, "the inbox lists the complaint dispatched to DISHUB");
    CHECK(inbox->index(row, InboxModel::Opd).data(Qt::DisplayRole).toString() == u"DISHUB"_s);
    CHECK(inbox->index(row, InboxModel::Opd).data(Qt::ToolTipRole).toString() == kRenamed);
    // The stall board's OPD tooltips too (it read the names once, at start, before).
    REQUIRE(w.window().stalls());
    CHECK(w.window().stalls()->board()->model()->opdName(u"DISHUB"_s) == kRenamed);
    // Nothing new since: the next look at the cache folds nothing.
    CHECK_FALSE(w.workspace().reference().refresh());

    // Added: offered at once after the sync; the operator's dispatch to it is not refused here.
    change(hub, u"add"_s, u"DISPORA"_s, u"Dinas Pemuda dan Olahraga"_s);
    syncUntil(w, [](const ReferenceData &r) { return r.hasOpd(u"DISPORA"_s); }, "the new OPD arrives");
    choices = dispatchChoices(driver);
    CHECK(choices.value(u"DISPORA"_s) == u"DISPORA — Dinas Pemuda dan Olahraga"_s);
    CHECK(choices.value(u"DISHUB"_s) == u"DISHUB — "_s + kRenamed);
    CHECK(templateEditorOffers(w, u"DISPORA"_s));

    // Deactivated: no longer offered.
    change(hub, u"deactivate"_s, u"DISPORA"_s);
    syncUntil(w, [](const ReferenceData &r) { return !r.opd(u"DISPORA"_s)->active; }, "the deactivation arrives");
    choices = dispatchChoices(driver);
    CHECK_FALSE(choices.contains(u"DISPORA"_s));
    CHECK(choices.contains(u"DISHUB"_s));
    CHECK_FALSE(templateEditorOffers(w, u"DISPORA"_s)); // it has no template to show
}
