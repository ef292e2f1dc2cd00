// Identities prefetched into the workstation's vault (issue 12, "an allowed operator still sees them offline"):
// the hub sends the identities of open complaints whose reporter is not anonim, recording each copy and no view;
// with a REAL Secret Service an operator who never opened a reporter's identity online sees it offline, the view
// queued for the audit log, while no file beside the cache holds the name, NIK or phone (also written in the text);
// a complaint closed on the hub takes its copy out of the vault at the next sync.
#include "FilesContaining.h"
#include "HubWorkspace.h"
#include "LogBook.h"
#include "MainWindow.h"
#include "TestClient.h"
#include "WorkspaceDriver.h"
#include "identity/IdentityPanel.h"
#include "identity/WorkstationVault.h"
#include "sync/SyncWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kName = u"Dedi Kurniawan Saputra"_s;
const QString kNik = u"3673051203850004"_s;
const QString kPhone = u"081933445566"_s;

QUuid intakeWithIdentity(TestHub &hub, const QString &title, bool anonim)
{
    const QUuid id = QUuid::createUuid();
    const QJsonObject complaint {
        {u"complaint_id"_s, uuidText(id)},
        {u"channel"_s, u"phone"_s},
        {u"title"_s, title},
        {u"body"_s, u"Saya (NIK %1, HP %2) sudah tiga kali melapor."_s.arg(kNik, kPhone)},
        {u"service"_s, u"pju"_s},
        {u"kecamatan"_s, u"SERANG"_s},
        {u"anonim"_s, anonim},
        {u"identity"_s, QJsonObject {{u"name"_s, kName}, {u"nik"_s, kNik}, {u"phone"_s, kPhone}}}};
    const HubResponse response = hub.post(u"supervisor"_s, u"/api/v1/complaints"_s, complaint);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 201);
    return id;
}

QStringList actionsFor(TestHub &hub, const QUuid &id)
{
    const auto audit = hub.store().auditEntries(id, {}, {});
    REQUIRE(audit.ok());
    QStringList actions;
    for (const AuditEntry &entry : audit.value())
        actions.append(entry.action);
    return actions;
}

IdentityPanel *panelOf(HubWorkspace &w)
{
    return w.window().inbox()->detail()->identityPanel();
}

// The in-app log's lines (the log file and the log screen show the same) holding a needle.
QStringList loggedWith(const QStringList &needles)
{
    QStringList logged;
    for (const LogBook::Line &line : LogBook::instance().lines()) {
        for (const QString &needle : needles) {
            if (line.message.contains(needle))
                logged.append(line.message);
        }
    }
    return logged;
}

} // namespace

TEST_CASE("the hub sends a workstation's vault the identities of open complaints whose reporter is not anonim, "
          "records each copy sent and no view, and refuses other roles and bad requests")
{
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid open = intakeWithIdentity(hub, u"Lampu jalan mati di depan madrasah Tembongwetan"_s, false);
    const QUuid anonim = intakeWithIdentity(hub, u"Petugas meminta uang di loket"_s, true);
    const QUuid rejected = intakeWithIdentity(hub, u"Iklan pinjaman online"_s, false);
    hub.run(u"operator"_s, CommandType::Reject, rejected, {{u"reason"_s, u"spam"_s}});
    const QJsonObject ask {
        {u"complaint_ids"_s,
         QJsonArray {uuidText(open), uuidText(anonim), uuidText(rejected), uuidText(QUuid::createUuid())}}};
    const HubResponse answer = hub.post(u"operator"_s, u"/api/v1/identity/prefetch"_s, ask);
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    const QJsonArray sent = QJsonDocument::fromJson(answer.body).object().value(u"identities"_s).toArray();
    REQUIRE(sent.size() == 1);
    const QJsonObject copy = sent.first().toObject();
    CHECK(copy.value(u"complaint_id"_s).toString() == uuidText(open));
    CHECK(copy.value(u"identity"_s).toObject().value(u"nik"_s).toString() == kNik);
    CHECK(copy.value(u"body"_s).toString().contains(kNik)); // the text unmasked, as the identity route gives it
    CHECK(actionsFor(hub, open) == QStringList {u"identity_prefetched"_s}); // a copy, not a view
    CHECK(actionsFor(hub, anonim).isEmpty());
    CHECK(actionsFor(hub, rejected).isEmpty());

    CHECK(hub.post(u"liaison-disdukcapil"_s, u"/api/v1/identity/prefetch"_s, ask).status == 403);
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(uuidText(QUuid::createUuid()));
    CHECK(hub.post(u"operator"_s, u"/api/v1/identity/prefetch"_s, {{u"complaint_ids"_s, many}}).status == 422);
    CHECK(hub.post(u"operator"_s, u"/api/v1/identity/prefetch"_s, {{u"complaint_ids"_s, QJsonArray {u"x"_s}}}).status
          == 422);
    CHECK(hub.post(u"operator"_s, u"/api/v1/identity/prefetch"_s, {{u"complaint_ids"_s, u"all"_s}}).status == 422);
    CHECK(actionsFor(hub, open).size() == 1);
    const auto chain = hub.store().verifyAuditChain();
    REQUIRE(chain.ok());
    CHECK_FALSE(chain.value().has_value());
}

TEST_CASE("an operator who never opened a reporter's identity online sees it offline from the identities "
          "prefetched into the vault, no file beside the cache holds it, and a closed complaint's copy leaves the "
          "vault at the next sync",
          "[secret-service]")
{
    LogBook::instance(); // the in-app log from the start
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = intakeWithIdentity(hub, u"Lampu jalan mati di depan madrasah Tembongwetan"_s, false);
    const QUuid anonim = intakeWithIdentity(hub, u"Petugas meminta uang di loket"_s, true);
    HubWorkspace w(hub, u"operator"_s, true);
    WorkspaceDriver driver(w.window());
    w.waitForComplaint(id);
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    WorkstationVault *vault = WorkstationVault::of(w.session());
    REQUIRE(vault);
    w.waitFor([&] { return vault->ready() && vault->identity(id).value_or({}).has_value(); },
              "the identity prefetched and sealed after a sync");
    CHECK_FALSE(vault->identity(anonim).value_or({}).has_value());
    CHECK(actionsFor(hub, id) == QStringList {u"identity_prefetched"_s});
    CHECK(vault->pendingViews().value_or({}).isEmpty()); // prefetching is not a view

    hub.stop();
    w.session().sync()->syncSoon();
    w.waitFor([&] { return !w.session().hubOnline(); }, "the workstation sees the hub gone");
    driver.search(u"Tembongwetan"_s);
    REQUIRE(driver.selected() == id);
    driver.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    w.waitFor([&] { return panelOf(w)->identityShown(); }, "the identity shown from the vault");
    const QString shown = panelOf(w)->findChild<QLabel *>(u"identityLabel"_s)->text();
    for (const QString &field : {kName, kNik, kPhone})
        CHECK(shown.contains(field));
    const auto views = vault->pendingViews();
    REQUIRE(views.ok());
    REQUIRE(views.value().size() == 1); // the view, queued for the hub's audit log
    CHECK(views.value().first().offline);
    const QString directory = QFileInfo(w.workspace().cache().database().databaseName()).absolutePath();
    const QStringList found = test::filesContaining(directory, {kName, kNik, kPhone});
    INFO(found.join(u", "_s).toStdString());
    CHECK(found.isEmpty());
    CHECK(loggedWith({kName, kNik, kPhone}).isEmpty());
    panelOf(w)->forget();

    // Back online: the view reaches the audit log; the complaint closed out on the hub leaves the vault.
    hub.start();
    w.hubMoved();
    hub.run(u"operator"_s, CommandType::Reject, id, {{u"reason"_s, u"spam"_s}});
    w.session().sync()->syncSoon();
    w.waitFor([&] { return !vault->identity(id).value_or({}).has_value(); }, "the closed complaint's copy deleted");
    w.waitFor([&] { return vault->pendingViews().value_or({}).isEmpty(); }, "the view delivered to the hub");
    CHECK(actionsFor(hub, id).contains(u"identity_viewed"_s));
}
