// The workstation's identity vault (issue 12; docs/privacy.md): identities an allowed operator saw online, sealed
// in `<cache>.identity` with a key in the OS keychain, shown again offline with the view queued for the audit log;
// no file beside the cache holding a reporter's name, NIK or phone in the clear; a row altered or moved refused; a
// liaison never getting the file. The "[secret-service]" cases run against a REAL Secret Service
// (tests/keychain/with-secret-service.sh under dbus-run-session); the vault's own cases need no keychain.
#include "FilesContaining.h"
#include "FaultProxy.h"
#include "HubWorkspace.h"
#include "MainWindow.h"
#include "TestClient.h"
#include "WorkspaceDriver.h"
#include "identity/IdentityPanel.h"
#include "identity/WorkstationVault.h"
#include "store/IdentityVault.h"
#include "sync/SyncWorker.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kName = u"Siti Nurjanah Maulida"_s;
const QString kNik = u"3673025512880007"_s;
const QString kPhone = u"085711223344"_s;

QJsonObject answerFor()
{
    return {{u"identity"_s,
             QJsonObject {{u"name"_s, kName}, {u"nik"_s, kNik}, {u"phone"_s, kPhone}, {u"email"_s, u"siti@contoh.id"_s}}},
            {u"title"_s, u"Pungli KTP"_s},
            {u"body"_s, u"NIK saya %1, HP %2"_s.arg(kNik, kPhone)}};
}


QUuid intakeWithIdentity(TestHub &hub, const QString &title)
{
    const QUuid id = QUuid::createUuid();
    const QJsonObject complaint {
        {u"complaint_id"_s, uuidText(id)},
        {u"channel"_s, u"walk_in"_s},
        {u"title"_s, title},
        // The NIK and phone inside the text too (the hub masks numbers in the text caches get, not names).
        {u"body"_s, u"Saya (NIK %1, HP %2) dimintai uang oleh petugas."_s.arg(kNik, kPhone)},
        {u"service"_s, u"pju"_s},
        {u"kecamatan"_s, u"SERANG"_s},
        {u"anonim"_s, false},
        {u"identity"_s, QJsonObject {{u"name"_s, kName}, {u"nik"_s, kNik}, {u"phone"_s, kPhone}}}};
    const HubResponse response = hub.post(u"supervisor"_s, u"/api/v1/complaints"_s, complaint);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 201);
    return id;
}

IdentityPanel *panelOf(HubWorkspace &w)
{
    return w.window().inbox()->detail()->identityPanel();
}

QString statusOf(HubWorkspace &w)
{
    return panelOf(w)->findChild<QLabel *>(u"identityStatusLabel"_s)->text();
}

} // namespace

TEST_CASE("a sealed identity opens only with its key and for its own complaint, and its file holds no plaintext")
{
    QTemporaryDir dir;
    const QString path = IdentityVault::pathFor(dir.filePath(u"cache.sqlite"_s));
    const QByteArray key = IdentityVault::makeKey();
    REQUIRE(key.size() == IdentityVault::kKeyBytes);
    const QUuid first = QUuid::createUuid();
    const QUuid second = QUuid::createUuid();
    {
        IdentityVault vault;
        REQUIRE_FALSE(vault.open(path, key));
        REQUIRE_FALSE(vault.keep(first, answerFor()));
        REQUIRE_FALSE(vault.keep(second, QJsonObject {{u"identity"_s, QJsonObject {{u"name"_s, u"Lain"_s}}}}));
        const auto opened = vault.identity(first);
        REQUIRE(opened.ok());
        REQUIRE(opened.value().has_value());
        CHECK(opened.value()->value(u"identity"_s).toObject().value(u"nik"_s).toString() == kNik);
        CHECK(opened.value()->value(u"body"_s).toString().contains(kNik));
        const auto none = vault.identity(QUuid::createUuid());
        REQUIRE(none.ok());
        CHECK_FALSE(none.value().has_value());
        CHECK(test::filesContaining(dir.path(), {kName, kNik, kPhone}).isEmpty());
    }
    SECTION("another key opens nothing")
    {
        IdentityVault vault;
        REQUIRE_FALSE(vault.open(path, IdentityVault::makeKey()));
        const auto opened = vault.identity(first);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(u"does not open"_s));
    }
    SECTION("a row altered by one byte is refused")
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(u"UPDATE identities SET sealed = CAST(substr(sealed, 1, 20) || "
                           u"CAST(X'00' AS BLOB) || substr(sealed, 22) AS BLOB) WHERE complaint_id = '%1'"_s.arg(
                               first.toString(QUuid::WithoutBraces))));
            REQUIRE(q.numRowsAffected() == 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        IdentityVault vault;
        REQUIRE_FALSE(vault.open(path, key));
        CHECK_FALSE(vault.identity(first).ok());
        CHECK(vault.identity(second).ok()); // the others still open
    }
    SECTION("a row moved onto another complaint is refused")
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"swap"_s);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(u"DELETE FROM identities WHERE complaint_id = '%1'"_s.arg(
                second.toString(QUuid::WithoutBraces))));
            REQUIRE(q.exec(u"UPDATE identities SET complaint_id = '%1'"_s.arg(second.toString(QUuid::WithoutBraces))));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"swap"_s);
        IdentityVault vault;
        REQUIRE_FALSE(vault.open(path, key));
        const auto moved = vault.identity(second);
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().message.contains(u"another complaint"_s));
    }
    SECTION("a dropped identity is gone, and removing the vault removes its files")
    {
        IdentityVault vault;
        REQUIRE_FALSE(vault.open(path, key));
        REQUIRE_FALSE(vault.drop(first));
        CHECK_FALSE(vault.identity(first).value().has_value());
        CHECK(vault.count().value() == 1);
        vault.close();
        REQUIRE_FALSE(IdentityVault::remove(path));
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QFile::exists(path + u"-wal"_s));
    }
}

TEST_CASE("an operator sees an identity seen online again offline from the workstation's encrypted copy, no file "
          "beside the cache holds it, and the offline view reaches the hub's audit log once",
          "[secret-service]")
{
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = intakeWithIdentity(hub, u"Pungutan liar pengurusan sertifikat di kantor kelurahan"_s);
    HubWorkspace w(hub, u"operator"_s, true);
    WorkspaceDriver driver(w.window());
    w.waitForComplaint(id);
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    WorkstationVault *vault = WorkstationVault::of(w.session());
    REQUIRE(vault);
    w.waitFor([&] { return vault->available(); }, "the keychain answers");
    driver.search(u"sertifikat"_s);
    REQUIRE(driver.selected() == id);

    driver.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    w.waitFor([&] { return panelOf(w)->identityShown(); }, "the hub answers with the identity");
    w.waitFor([&] { return vault->ready() && vault->identity(id).value_or({}).has_value(); },
              "the identity sealed with a key made and kept in the keychain");
    CHECK(statusOf(w).contains(u"encrypted copy is kept"_s));
    panelOf(w)->forget();

    hub.stop();
    w.session().sync()->syncSoon();
    w.waitFor([&] { return !w.session().hubOnline(); }, "the workstation sees the hub gone");
    driver.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    w.waitFor([&] { return panelOf(w)->identityShown(); }, "the identity shown from the vault");
    const QString shown = panelOf(w)->findChild<QLabel *>(u"identityLabel"_s)->text();
    for (const QString &field : {kName, kNik, kPhone})
        CHECK(shown.contains(field));
    CHECK(statusOf(w).contains(u"encrypted copy, offline"_s));
    const auto views = vault->pendingViews();
    REQUIRE(views.ok());
    REQUIRE(views.value().size() == 1);
    CHECK(views.value().first().complaint == id);
    CHECK(views.value().first().actor == u"operator"_s);
    CHECK(views.value().first().offline);

    const QString directory = QFileInfo(w.workspace().cache().database().databaseName()).absolutePath();
    REQUIRE(QFile::exists(vault->path()));
    const QStringList found = test::filesContaining(directory, {kName, kNik, kPhone});
    INFO(found.join(u", "_s).toStdString());
    CHECK(found.isEmpty());

    // Back online: the first answer to the view's upload is cut (the hub wrote it), so it is sent again.
    int viewRequests = 0;
    w.proxy()->setOnRequest([&](const QByteArray &line) {
        if (line.contains("/identity/views") && viewRequests++ == 0)
            w.proxy()->setFault(FaultProxy::Fault::Cut);
        else
            w.proxy()->setFault(FaultProxy::Fault::None);
    });
    hub.start();
    w.hubMoved();
    w.session().sync()->syncSoon();
    w.waitFor([&] { return vault->pendingViews().value_or({}).isEmpty(); }, "the view delivered to the hub");
    w.proxy()->setOnRequest({});
    CHECK(viewRequests >= 2);
    const auto audit = hub.store().auditEntries(id, {}, {});
    REQUIRE(audit.ok());
    QList<AuditEntry> offline;
    for (const AuditEntry &entry : audit.value()) {
        if (entry.action == u"identity_viewed"_s && entry.detail.value(u"offline"_s).toBool())
            offline.append(entry);
    }
    REQUIRE(offline.size() == 1);
    CHECK(offline.first().actor == u"operator"_s);
    CHECK(offline.first().detail.value(u"view_id"_s).toString() == views.value().first().viewId);
    const auto chain = hub.store().verifyAuditChain();
    REQUIRE(chain.ok());
    CHECK_FALSE(chain.value().has_value());
}

TEST_CASE("a liaison's workstation never gets an identity vault", "[secret-service]")
{
    TestHub hub({20, StoreKind::Demo, true});
    HubWorkspace w(hub, u"liaison-disdukcapil"_s, false);
    w.waitFor([&] { return w.session().hubOnline() && w.session().actor().role == Role::Liaison; },
              "the first sync gives the liaison's scope");
    WorkstationVault *vault = WorkstationVault::of(w.session());
    REQUIRE(vault);
    vault->keep(QUuid::createUuid(), answerFor()); // refused: the role may not keep identities
    CHECK_FALSE(vault->available());
    CHECK_FALSE(QFile::exists(vault->path()));
}

TEST_CASE("the hub records a workstation's offline view once per view id and says which copies it still holds, only "
          "to a role that may see identities")
{
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = intakeWithIdentity(hub, u"Pungutan liar pengurusan sertifikat di kantor kelurahan"_s);
    const QString path = u"/api/v1/complaints/%1/identity/views"_s.arg(uuidText(id));
    const QJsonObject view {{u"view_id"_s, uuidText(QUuid::createUuid())},
                            {u"at_workstation"_s, u"2026-11-27T03:04:05Z"_s},
                            {u"last_hub_time"_s, u"2026-11-27T02:00:00Z"_s},
                            {u"offline"_s, true}};
    const HubResponse first = hub.post(u"operator"_s, path, view);
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    const HubResponse again = hub.post(u"operator"_s, path, view);
    REQUIRE(again.status == 200);
    const auto seqOf = [](const HubResponse &response) {
        return QJsonDocument::fromJson(response.body).object().value(u"audit_seq"_s).toInteger();
    };
    CHECK(seqOf(first) == 1);
    CHECK(seqOf(again) == 1); // the entry already written
    CHECK(hub.post(u"liaison-disdukcapil"_s, path, view).status == 403);
    QJsonObject bad = view;
    bad.remove(u"offline"_s);
    CHECK(hub.post(u"operator"_s, path, bad).status == 422);
    bad = view;
    bad.insert(u"view_id"_s, u"not a uuid"_s);
    CHECK(hub.post(u"operator"_s, path, bad).status == 422);

    // Which copies the hub still holds: an unknown complaint's is not; asking sends no identity and logs nothing.
    const QJsonObject ask {{u"complaint_ids"_s, QJsonArray {uuidText(id), uuidText(QUuid::createUuid())}}};
    const HubResponse held = hub.post(u"operator"_s, u"/api/v1/identity/held"_s, ask);
    REQUIRE(held.status == 200);
    CHECK(QJsonDocument::fromJson(held.body).object().value(u"held"_s).toArray() == QJsonArray {uuidText(id)});
    CHECK_FALSE(held.body.contains(kNik.toUtf8()));
    CHECK(hub.post(u"liaison-disdukcapil"_s, u"/api/v1/identity/held"_s, ask).status == 403);
    CHECK(hub.post(u"operator"_s, u"/api/v1/identity/held"_s, {{u"complaint_ids"_s, QJsonArray {u"x"_s}}}).status
          == 422);

    const auto audit = hub.store().auditEntries(id, {}, {});
    REQUIRE(audit.ok());
    REQUIRE(audit.value().size() == 1);
    const AuditEntry &entry = audit.value().first();
    CHECK(entry.action == u"identity_viewed"_s);
    CHECK(entry.actor == u"operator"_s);
    CHECK(entry.detail.value(u"offline"_s).toBool());
    CHECK(entry.detail.value(u"at_workstation"_s).toString() == u"2026-11-27T03:04:05.000Z"_s);
    const auto chain = hub.store().verifyAuditChain();
    REQUIRE(chain.ok());
    CHECK_FALSE(chain.value().has_value());
}

TEST_CASE("an identity the hub's retention purge deleted leaves the workstation's vault after the next sync, and a "
          "vault row altered on disk shows nothing offline but a sentence",
          "[secret-service]")
{
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = intakeWithIdentity(hub, u"Pungutan liar pengurusan sertifikat di kantor kelurahan"_s);
    const QUuid other = intakeWithIdentity(hub, u"Lampu taman Sumurpecung padam total"_s);
    HubWorkspace w(hub, u"operator"_s, true);
    WorkspaceDriver driver(w.window());
    w.waitForComplaint(id);
    w.waitForComplaint(other);
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    WorkstationVault *vault = WorkstationVault::of(w.session());
    REQUIRE(vault);
    const auto fetch = [&](const QString &word, const QUuid &complaint) {
        driver.search(word);
        REQUIRE(driver.selected() == complaint);
        driver.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        w.waitFor([&] { return panelOf(w)->identityShown(); }, "the hub answers with the identity");
    };
    fetch(u"sertifikat"_s, id);
    fetch(u"Sumurpecung"_s, other);
    w.waitFor([&] { return vault->ready() && vault->identity(other).value_or({}).has_value(); }, "both sealed");

    // The hub's retention purge deleted the second one's identity (its DELETE, done here directly: the purge
    // takes complaints closed long ago): after the next sync the workstation's copy goes too.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hubpurge"_s);
        db.setDatabaseName(hub.filePath());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"DELETE FROM identities WHERE complaint_id = '%1'"_s.arg(uuidText(other))));
        REQUIRE(q.numRowsAffected() == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"hubpurge"_s);
    w.session().sync()->syncSoon();
    w.waitFor([&] { return !vault->identity(other).value_or({}).has_value(); }, "the copy deleted after a sync");
    CHECK(vault->identity(id).value_or({}).has_value());
    const auto left = vault->identity(other);
    REQUIRE(left.ok());
    CHECK_FALSE(left.value().has_value());

    // One byte of the first one's sealed row changed on disk; then offline.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(vault->path());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"UPDATE identities SET sealed = CAST(substr(sealed, 1, 30) || CAST(X'5A' AS BLOB) || "
                       u"substr(sealed, 32) AS BLOB) WHERE complaint_id = '%1'"_s.arg(uuidText(id))));
        REQUIRE(q.numRowsAffected() == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    hub.stop();
    w.session().sync()->syncSoon();
    w.waitFor([&] { return !w.session().hubOnline(); }, "the workstation sees the hub gone");
    driver.search(u"sertifikat"_s);
    REQUIRE(driver.selected() == id);
    driver.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    w.waitFor([&] { return statusOf(w).contains(u"cannot be opened"_s); }, "the panel says the copy is damaged");
    CHECK_FALSE(panelOf(w)->identityShown());
    CHECK(panelOf(w)->findChild<QLabel *>(u"identityLabel"_s)->text().isEmpty());
    CHECK(vault->pendingViews().value_or({}).isEmpty()); // nothing shown, no view
}

TEST_CASE("an operator made a liaison on the hub loses the workstation's identity vault at the next sync",
          "[secret-service]")
{
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = intakeWithIdentity(hub, u"Pungutan liar pengurusan sertifikat di kantor kelurahan"_s);
    HubWorkspace w(hub, u"operator"_s, false);
    WorkspaceDriver driver(w.window());
    w.waitForComplaint(id);
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    WorkstationVault *vault = WorkstationVault::of(w.session());
    REQUIRE(vault);
    driver.search(u"sertifikat"_s);
    REQUIRE(driver.selected() == id);
    driver.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    w.waitFor([&] { return vault->ready() && vault->identity(id).value_or({}).has_value(); }, "sealed");
    REQUIRE(QFile::exists(vault->path()));

    const QString opd = hub.scalar(u"SELECT opd FROM users WHERE username = 'liaison-disdukcapil'"_s).toString();
    REQUIRE_FALSE(opd.isEmpty());
    hub.exec(u"UPDATE users SET role = 'liaison', opd = '%1', scope_version = scope_version + 1 "
             u"WHERE username = 'operator'"_s.arg(opd));
    w.session().sync()->syncSoon();
    w.waitFor([&] { return w.session().actor().role == Role::Liaison; }, "the sync fills the cache afresh");
    CHECK_FALSE(QFile::exists(vault->path()));
    CHECK_FALSE(QFile::exists(vault->path() + u"-wal"_s));
    CHECK_FALSE(vault->available());
}

// Not run by default ("[.]"): the detail showing an identity from the workstation's encrypted copy, offline (under
// with-secret-service.sh, RABEG_SCREENSHOT_DIR=DIR, QT_QPA_PLATFORM=offscreen).
TEST_CASE("screenshot of the reporter's identity shown offline from the workstation's copy", "[.screenshot]")
{
    const QString directory = qEnvironmentVariable("RABEG_SCREENSHOT_DIR");
    REQUIRE_FALSE(directory.isEmpty());
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid id = intakeWithIdentity(hub, u"Pungutan liar pengurusan sertifikat di kantor kelurahan"_s);
    HubWorkspace w(hub, u"operator"_s, false);
    w.window().resize(1400, 1250);
    WorkspaceDriver driver(w.window());
    w.waitForComplaint(id);
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    WorkstationVault *vault = WorkstationVault::of(w.session());
    REQUIRE(vault);
    driver.search(u"sertifikat"_s);
    REQUIRE(driver.selected() == id);
    driver.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    w.waitFor([&] { return vault->ready() && vault->identity(id).value_or({}).has_value(); }, "sealed");
    panelOf(w)->forget();
    hub.stop();
    w.session().sync()->syncSoon();
    w.waitFor([&] { return !w.session().hubOnline(); }, "offline");
    driver.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    w.waitFor([&] { return panelOf(w)->identityShown(); }, "shown from the vault");
    QTest::qWait(200); // layout settles before the picture
    REQUIRE(w.window().grab().save(QDir(directory).filePath(u"detail-identity-offline.png"_s)));
}
