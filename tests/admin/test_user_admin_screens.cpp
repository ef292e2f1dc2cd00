// The Users and Audit of administration tabs (docs/admin.md) offscreen, on an admin's whole workstation signed in
// to a real hub in this process: the dialogs send the changes, the hub's refusals are shown as its sentences, and
// the audit lists every reference event - a type this client does not know too - filtered and exported.
#include "HubWorkspace.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReferenceInForce.h"
#include "admin/AdminAuditPanel.h"
#include "admin/AdminScreen.h"
#include "admin/AuditText.h"
#include "admin/UserAdminPanel.h"
#include "admin/UserChangeDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kStrong = u"Pintu-Gerbang-Serang-27"_s;

struct AdminWorkstation
{
    TestHub hub;
    std::unique_ptr<HubWorkspace> workstation;
    AdminScreen *screen = nullptr;

    AdminWorkstation()
    {
        hub.addUser(u"admin"_s, Role::Admin);
        workstation = std::make_unique<HubWorkspace>(hub, u"admin"_s, false);
        AdminScreen::attach(workstation->workspace(), hub.url(), u"admin"_s, {});
        screen = workstation->window().findChild<AdminScreen *>(u"adminScreen"_s);
        REQUIRE(screen);
        QTabWidget *tabs = workstation->window().tabs();
        workstation->waitFor([&] { return tabs->isTabVisible(tabs->indexOf(screen)); },
                             "the administration tab shows for an admin");
        tabs->setCurrentWidget(screen);
        workstation->waitFor([&] { return screen->users()->table()->rowCount() > 0; }, "the accounts are loaded");
    }

    int rowOf(const QString &username)
    {
        QTableWidget *table = screen->users()->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == username)
                return row;
        }
        return -1;
    }
    QString cell(const QString &username, int column)
    {
        const int row = rowOf(username);
        return row < 0 ? QString() : screen->users()->table()->item(row, column)->text();
    }
    // Opens the dialog of `action` (on `username`'s row), lets `fill` fill it in, and presses OK.
    void change(UserChangeDialog::Action action, const QString &username,
                const std::function<void(UserChangeDialog *)> &fill)
    {
        UserAdminPanel *users = screen->users();
        if (!username.isEmpty()) {
            REQUIRE(rowOf(username) >= 0);
            users->table()->selectRow(rowOf(username));
        }
        users->startChange(action);
        UserChangeDialog *dialog = users->dialog();
        REQUIRE(dialog);
        fill(dialog);
        dialog->accept();
    }
    // The Users tab's sentence once the hub has answered.
    QString answer()
    {
        workstation->waitFor([&] {
            const QString message = screen->users()->message();
            return !message.isEmpty() && !message.startsWith(u"Sending"_s) && !message.startsWith(u"Select"_s);
        },
                             "the hub answers the change");
        return screen->users()->message();
    }
};

template <class T> T *field(UserChangeDialog *dialog, const QString &name)
{
    T *widget = dialog->findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

void fillAccount(UserChangeDialog *dialog, const QString &username, const QString &password)
{
    field<QLineEdit>(dialog, u"userUsernameLineEdit"_s)->setText(username);
    field<QLineEdit>(dialog, u"userNameLineEdit"_s)->setText(u"Siti Rahmawati"_s);
    auto *role = field<QComboBox>(dialog, u"userRoleComboBox"_s);
    role->setCurrentIndex(role->findData(u"liaison"_s));
    auto *opd = field<QComboBox>(dialog, u"userOpdComboBox"_s);
    REQUIRE(opd->isEnabled());
    opd->setCurrentIndex(opd->findData(u"DLH"_s));
    field<QLineEdit>(dialog, u"userPasswordLineEdit"_s)->setText(password);
    field<QLineEdit>(dialog, u"userRepeatLineEdit"_s)->setText(password);
    field<QLineEdit>(dialog, u"userReasonLineEdit"_s)->setText(u"Penghubung baru DLH, SK 800/112/2026"_s);
}

} // namespace

TEST_CASE("an admin creates a liaison in the Users tab; a weak password is refused with the hub's sentence")
{
    AdminWorkstation w;
    w.change(UserChangeDialog::Action::Create, {}, [](UserChangeDialog *d) { fillAccount(d, u"siti.dlh"_s, u"rahasia"_s); });
    const QString refused = w.answer();
    INFO(refused.toStdString());
    CHECK(refused.startsWith(u"The hub refused: "_s));
    CHECK(refused.contains(u"10"_s));
    CHECK(w.rowOf(u"siti.dlh"_s) < 0);
    // The dialog stays, with what was typed and the hub's sentence, to be corrected (it closed and lost it all).
    UserChangeDialog *open = w.screen->users()->dialog();
    REQUIRE(open);
    CHECK(open->isVisible());
    CHECK(field<QLineEdit>(open, u"userUsernameLineEdit"_s)->text() == u"siti.dlh"_s);
    CHECK(field<QLineEdit>(open, u"userReasonLineEdit"_s)->text() == u"Penghubung baru DLH, SK 800/112/2026"_s);
    CHECK(field<QLabel>(open, u"userProblemLabel"_s)->text() == refused);

    w.change(UserChangeDialog::Action::Create, {}, [](UserChangeDialog *d) { fillAccount(d, u"siti.dlh"_s, kStrong); });
    CHECK(w.answer() == u"Account siti.dlh created."_s);
    w.workstation->waitFor([&] { return w.rowOf(u"siti.dlh"_s) >= 0; }, "the list shows the new account");
    CHECK(w.cell(u"siti.dlh"_s, 1) == u"Siti Rahmawati"_s);
    CHECK(w.cell(u"siti.dlh"_s, 2) == u"OPD liaison"_s);
    CHECK(w.cell(u"siti.dlh"_s, 3) == u"DLH"_s);
    CHECK(w.cell(u"siti.dlh"_s, 4) == u"yes"_s);
    CHECK_FALSE(w.screen->users()->dialog()); // closed once the hub took it
}

// The OPD list of the dialog came from the shipped reference data only, so an OPD an admin added could not be given
// a liaison although the hub accepts it. What must hold: once the workstation has the OPD, the dialog offers it.
TEST_CASE("an OPD an admin added is offered for a liaison account, and the hub takes it")
{
    AdminWorkstation w;
    const QJsonObject add{{u"command_id"_s, uuidText(QUuid::createUuid())}, {u"action"_s, u"add"_s},
                          {u"code"_s, u"DISPORA"_s}, {u"name"_s, u"Dinas Pemuda dan Olahraga"_s},
                          {u"reason"_s, u"Perda 2026 OPD baru"_s}};
    REQUIRE(w.hub.post(u"admin"_s, u"/api/v1/admin/opds"_s, add).status == 200);
    w.workstation->waitFor([&] { return w.workstation->workspace().reference().data().opd(u"DISPORA"_s) != nullptr; },
                           "the workstation has the added OPD");
    w.change(UserChangeDialog::Action::Create, {}, [](UserChangeDialog *d) {
        fillAccount(d, u"bima.dispora"_s, kStrong);
        auto *opd = field<QComboBox>(d, u"userOpdComboBox"_s);
        const int added = opd->findData(u"DISPORA"_s);
        REQUIRE(added >= 0);
        CHECK(opd->itemText(added).contains(u"Dinas Pemuda dan Olahraga"_s));
        opd->setCurrentIndex(added);
    });
    CHECK(w.answer() == u"Account bima.dispora created."_s);
    w.workstation->waitFor([&] { return w.rowOf(u"bima.dispora"_s) >= 0; }, "the list shows the new account");
    CHECK(w.cell(u"bima.dispora"_s, 3) == u"DISPORA"_s);
}

TEST_CASE("the dialog asks for the reason before anything is sent, and the OPD only for a liaison")
{
    AdminWorkstation w;
    const qint64 head = w.hub.head();
    UserAdminPanel *users = w.screen->users();
    users->table()->selectRow(w.rowOf(u"operator"_s));
    users->startChange(UserChangeDialog::Action::Change);
    UserChangeDialog *dialog = users->dialog();
    REQUIRE(dialog);
    CHECK_FALSE(field<QComboBox>(dialog, u"userOpdComboBox"_s)->isEnabled());
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(field<QLabel>(dialog, u"userProblemLabel"_s)->text().startsWith(u"Say why"_s));
    dialog->reject();
    CHECK(w.hub.head() == head);
}

TEST_CASE("in Indonesian, the hub's refusals in the Users tab read in Indonesian, with the account's name")
{
    AdminWorkstation w;
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    const auto refusedWith = [&] {
        w.workstation->waitFor([&] { return w.screen->users()->message().startsWith(u"Hub menolak: "_s); },
                               "the hub refuses the change");
        return w.screen->users()->message();
    };
    // The hub answers "There is already an account \"admin\": ..." in English.
    w.change(UserChangeDialog::Action::Create, {}, [](UserChangeDialog *d) { fillAccount(d, u"admin"_s, kStrong); });
    CHECK(refusedWith()
          == u"Hub menolak: Sudah ada akun \"admin\": pilih nama pengguna lain, atau ubah akun itu."_s);
    UserChangeDialog *open = w.screen->users()->dialog();
    REQUIRE(open);
    CHECK(field<QLabel>(open, u"userProblemLabel"_s)->text() == w.screen->users()->message());
    open->reject();
    w.change(UserChangeDialog::Action::Create, {}, [](UserChangeDialog *d) { fillAccount(d, u"siti.dlh"_s, u"rahasia"_s); });
    CHECK(refusedWith().startsWith(u"Hub menolak: Kata sandi ini terlalu lemah."_s));
}

TEST_CASE("deactivating your own account is refused with the hub's sentence; another's is deactivated and back")
{
    AdminWorkstation w;
    const auto reason = [](UserChangeDialog *d) {
        field<QLineEdit>(d, u"userReasonLineEdit"_s)->setText(u"Pensiun per 1 Desember 2026"_s);
    };
    w.change(UserChangeDialog::Action::Deactivate, u"admin"_s, reason);
    CHECK(w.answer()
          == u"The hub refused: You cannot deactivate your own account: ask another admin to do it."_s);
    REQUIRE(w.screen->users()->dialog()); // open with the refusal until cancelled
    w.screen->users()->dialog()->reject();
    w.workstation->waitFor([&] { return !w.screen->users()->dialog(); }, "the cancelled dialog is gone");

    w.change(UserChangeDialog::Action::Deactivate, u"supervisor"_s, reason);
    CHECK(w.answer() == u"supervisor deactivated: the account can no longer log in."_s);
    w.workstation->waitFor([&] { return w.cell(u"supervisor"_s, 4) == u"no: deactivated"_s; },
                           "the list shows the account deactivated");
    auto *toggle = w.screen->users()->findChild<QPushButton *>(u"userActivePushButton"_s);
    REQUIRE(toggle);
    w.screen->users()->table()->selectRow(w.rowOf(u"supervisor"_s));
    CHECK(toggle->text().remove(u'&') == u"Reactivate..."_s);
    w.change(UserChangeDialog::Action::Reactivate, u"supervisor"_s, reason);
    CHECK(w.answer() == u"supervisor reactivated."_s);
}

TEST_CASE("a liaison's OPD changed in the Users tab is the hub's, and the audit names who, what and why")
{
    AdminWorkstation w;
    w.change(UserChangeDialog::Action::Change, u"liaison-dishub"_s, [](UserChangeDialog *d) {
        auto *opd = field<QComboBox>(d, u"userOpdComboBox"_s);
        REQUIRE(opd->isEnabled());
        opd->setCurrentIndex(opd->findData(u"DLH"_s));
        field<QLineEdit>(d, u"userReasonLineEdit"_s)->setText(u"Mutasi ke DLH per SK 800/45/2026"_s);
    });
    CHECK(w.answer().startsWith(u"Role or OPD of liaison-dishub changed"_s));
    w.workstation->waitFor([&] { return w.cell(u"liaison-dishub"_s, 3) == u"DLH"_s; }, "the list shows the new OPD");

    AdminAuditPanel *audit = w.screen->audit();
    w.workstation->waitFor([&] { return audit->table()->rowCount() >= 1
                                        && audit->table()->item(0, 2)->text() == u"Account changed"_s; },
                           "the audit shows the change");
    CHECK(audit->table()->item(0, 1)->text() == u"admin"_s);
    CHECK(audit->table()->item(0, 3)->text() == u"liaison-dishub: OPD liaison DISHUB \u2192 OPD liaison DLH"_s);
    CHECK(audit->table()->item(0, 4)->text() == u"Mutasi ke DLH per SK 800/45/2026"_s);
}

TEST_CASE("the audit lists every reference event, a type it does not know too, filters them and exports CSV")
{
    AdminWorkstation w;
    // Changes made elsewhere: a calendar version by the admin, an account by the admin, and an event of a type
    // this client was built without (as another part of the administration adds them).
    const HubResponse calendar = w.hub.post(u"admin"_s, u"/api/v1/admin/calendar"_s, [&] {
        HubRequest get;
        get.method = "GET";
        get.path = u"/api/v1/admin/calendar"_s;
        get.headers.insert("authorization", "Bearer " + w.hub.token(u"admin"_s));
        QJsonObject current = w.hub.api().handle(get).object();
        return QJsonObject {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"version"_s, 1},
                            {u"why"_s, u"Koreksi cuti bersama"_s},
                            {u"days"_s, current.value(u"days"_s)}};
    }());
    REQUIRE(calendar.status == 200);
    REQUIRE(w.hub.post(u"admin"_s, u"/api/v1/admin/users"_s,
                       {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {u"action"_s, u"deactivate"_s},
                        {u"username"_s, u"operator"_s},
                        {u"reason"_s, u"Cuti di luar tanggungan"_s}})
                .status
            == 200);
    ReferenceAppend unknown;
    unknown.commandId = QUuid::createUuid();
    unknown.actor = {u"admin"_s, Role::Admin, {}};
    unknown.now = w.hub.api().clock().now();
    unknown.decide = [](const QList<Event> &) -> std::variant<ReferenceDraft, CommandOutcome> {
        // A type this workstation does not know (a later hub's): named after its type, summed up from its fields.
        return ReferenceDraft {u"holiday_feed_imported"_s,
                               {{u"source"_s, u"SKB 3 Menteri 2027"_s},
                                {u"days"_s, 24},
                                {u"reason"_s, u"Perwal 30/2026"_s}},
                               QString()};
    };
    unknown.workstation = u"KOMINFO-IT-02"_s;
    unknown.requestDigest = QByteArray(32, 'x');
    const auto appended = w.hub.store().appendReference(unknown);
    INFO((appended.ok() ? std::string() : appended.error().message.toStdString()));
    REQUIRE(appended.ok());

    AdminAuditPanel *audit = w.screen->audit();
    audit->reload();
    QTableWidget *table = audit->table();
    w.workstation->waitFor([&] { return table->rowCount() == 3; }, "the audit shows the three changes");
    // Newest first.
    CHECK(table->item(0, 2)->text() == u"Holiday feed imported"_s);
    CHECK(table->item(0, 3)->text() == u"days: 24; source: SKB 3 Menteri 2027"_s);
    CHECK(table->item(0, 4)->text() == u"Perwal 30/2026"_s);
    CHECK(table->item(1, 2)->text() == u"Account deactivated"_s);
    CHECK(table->item(1, 3)->text() == u"operator (operator (inactive))"_s);
    CHECK(table->item(2, 2)->text() == u"Calendar"_s);
    CHECK(table->item(2, 3)->text() == u"Version 1"_s);
    CHECK(table->item(2, 4)->text() == u"Koreksi cuti bersama"_s);
    CHECK(table->item(2, 0)->text().endsWith(u" WIB"_s));

    QComboBox *kind = audit->kindFilter();
    kind->setCurrentIndex(kind->findData(u"calendar_published"_s));
    CHECK(table->rowCount() == 1);
    kind->setCurrentIndex(0);
    audit->textFilter()->setText(u"luar tanggungan"_s);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == u"Account deactivated"_s);
    audit->textFilter()->clear();
    const QDate today = QDate::fromString(table->item(2, 0)->text().left(10), u"dd-MM-yyyy"_s);
    REQUIRE(today.isValid());
    REQUIRE(table->item(0, 0)->text().left(10) == table->item(2, 0)->text().left(10));
    audit->fromFilter()->setDate(today.addDays(1));
    CHECK(table->rowCount() == 0);
    audit->fromFilter()->setDate(today);
    audit->toFilter()->setDate(today);
    CHECK(table->rowCount() == 3);
    QComboBox *person = audit->personFilter();
    REQUIRE(person->findData(u"admin"_s) > 0);
    person->setCurrentIndex(person->findData(u"admin"_s));
    CHECK(table->rowCount() == 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.csv"_s);
    REQUIRE_FALSE(audit->exportCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // a byte order mark, for spreadsheets
    const QString csv = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == u"\"When\",\"Who\",\"What\",\"Change\",\"Why\""_s);
    CHECK(lines.at(1).endsWith(
        u",\"admin\",\"Holiday feed imported\",\"days: 24; source: SKB 3 Menteri 2027\",\"Perwal 30/2026\""_s));
}

TEST_CASE("the audit names the reference changes of OPDs, agencies, the category tree, services and the routing "
          "table, and says what each changed")
{
    CHECK(auditKindText(u"opd_renamed"_s) == u"OPD renamed"_s);
    CHECK(auditKindText(u"agency_added"_s) == u"External agency added"_s);
    CHECK(auditKindText(u"service_deactivated"_s) == u"Service deactivated"_s);
    CHECK(auditKindText(u"routing_table_published"_s) == u"Routing table"_s);
    CHECK(auditSummary(u"opd_renamed"_s,
                       {{u"code"_s, u"DISKOMINFO"_s},
                        {u"name"_s, u"Dinas Komunikasi, Informatika, Statistik dan Persandian"_s},
                        {u"reason"_s, u"Perwal 30/2026"_s}})
          == u"DISKOMINFO: Dinas Komunikasi, Informatika, Statistik dan Persandian"_s);
    CHECK(auditSummary(u"category_moved"_s, {{u"id"_s, u"perhubungan-pju"_s}, {u"parent"_s, u"perhubungan"_s}})
          == u"perhubungan-pju moved under perhubungan"_s);
    CHECK(auditSummary(u"service_moved"_s, {{u"code"_s, u"pju"_s}, {u"category"_s, u"pekerjaan-umum"_s}})
          == u"pju moved under pekerjaan-umum"_s);
    CHECK(auditSummary(u"category_moved"_s, {{u"id"_s, u"pendidikan"_s}, {u"parent"_s, u""_s}})
          == u"pendidikan moved to the top of the tree"_s);
    CHECK(auditSummary(u"routing_table_published"_s,
                       {{u"version"_s, 3}, {u"rules"_s, QJsonArray {QJsonObject {}, QJsonObject {}}}})
          == u"Version 3: 2 rules"_s);
}
