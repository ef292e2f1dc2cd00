// An identity typed at intake while the hub is away (issue 12, "offline-typed intake identities stored encrypted"):
// on a workstation whose role may see identities, with a REAL Secret Service, it is sealed in the identity vault
// as it is held, survives a restart of Rabeg before the hub answers, reaches the hub with the intake, and leaves
// the vault once the hub has it; no file of the workstation ever holds the name, NIK or phone in the clear. The
// vault's own cases (a sealed intake is never an identity to show; the sync holds an intake back until the keeper
// has put back what it sealed) need no keychain.
#include "FilesContaining.h"
#include "HubWorkspace.h"
#include "IntakeKeys.h"
#include "LogBook.h"
#include "MainWindow.h"
#include "TestClient.h"
#include "identity/WorkstationVault.h"
#include "intake/IntakeLedger.h"
#include "store/IdentityVault.h"
#include "sync/HeldIdentities.h"
#include "sync/SyncWorker.h"

#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kName = u"Rohmatul Hasanah Fitri"_s;
const QString kNik = u"3673046809910002"_s;
const QString kPhone = u"087811445566"_s;

IntakeTyping phonedIn()
{
    return {u"Air PDAM keruh sudah dua minggu di Kaligandu"_s,
            u"Air keruh dan berbau sejak awal bulan. NIK saya 3673046809910002, HP 087811445566, mohon dicek."_s,
            u"Air bersih"_s,
            u"Serang"_s,
            u"Kaligandu"_s,
            u"Kp. Kaligandu RT 02/RW 05"_s,
            kName,
            kNik,
            kPhone};
}

QString cachedTracking(HubWorkspace &w, const QUuid &id)
{
    const auto c = w.session().complaint(id);
    return c.ok() && c.value() ? c.value()->cached.trackingId : QString();
}

QStringList clearOnDisk(HubWorkspace &w)
{
    const QString directory = QFileInfo(w.workspace().cache().database().databaseName()).absolutePath();
    return test::filesContaining(directory, {kName, kNik, kPhone});
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

TEST_CASE("an intake's sealed identity is never opened as an identity to show, even with its row moved among them")
{
    QTemporaryDir dir;
    const QString path = IdentityVault::pathFor(dir.filePath(u"cache.sqlite"_s));
    const QByteArray key = IdentityVault::makeKey();
    const QUuid id = QUuid::createUuid();
    const QJsonObject held {{u"identity"_s, QJsonObject {{u"name"_s, kName}, {u"nik"_s, kNik}}},
                            {u"text"_s, QJsonObject {{u"body"_s, u"NIK %1"_s.arg(kNik)}}}};
    {
        IdentityVault vault;
        REQUIRE_FALSE(vault.open(path, key));
        REQUIRE_FALSE(vault.keepIntake(id, held));
        CHECK(vault.intakes().value() == QList<QUuid> {id});
        CHECK(vault.kept().value().isEmpty()); // the hub's "which do you still hold" never sees it
        CHECK(vault.intake(id).value() == held);
        CHECK_FALSE(vault.identity(id).value().has_value());
        CHECK(test::filesContaining(dir.path(), {kName, kNik}).isEmpty());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"move"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"INSERT INTO identities SELECT * FROM intakes"_s));
        REQUIRE(q.numRowsAffected() == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"move"_s);
    IdentityVault vault;
    REQUIRE_FALSE(vault.open(path, key));
    const auto moved = vault.identity(id);
    REQUIRE_FALSE(moved.ok()); // moved from the intakes into the identities: refused, nothing shown
    CHECK(moved.error().message.contains(u"another complaint"_s));
    REQUIRE_FALSE(vault.dropIntake(id));
    CHECK(vault.intakes().value().isEmpty());
}

TEST_CASE("while the keeper has not put back what it sealed, an intake whose identity is not in memory is not sent, "
          "and one held in memory is")
{
    HeldIdentities held;
    const QUuid typedNow = QUuid::createUuid();
    const QUuid sealedBefore = QUuid::createUuid();
    held.hold(typedNow, ReporterIdentity {kName, kNik, {}, {}, {}});
    CHECK(held.mayPush(sealedBefore));
    held.awaitKeeper(true);
    CHECK(held.mayPush(typedNow));
    CHECK_FALSE(held.mayPush(sealedBefore));
    held.restore(sealedBefore, ReporterIdentity {kName, {}, kPhone, {}, {}}, {});
    CHECK(held.mayPush(sealedBefore));
    CHECK(held.isSealed(sealedBefore));
    CHECK_FALSE(held.isSealed(typedNow));
    CHECK(held.countUnsealed() == 1);
    held.awaitKeeper(false);
    CHECK(held.mayPush(QUuid::createUuid()));

    // The keeper hears of each hold and forget; once cleared, of none.
    QList<QUuid> kept;
    QList<QUuid> forgotten;
    held.setKeeper({[&](const QUuid &id, const ReporterIdentity &, const QJsonObject &) { kept.append(id); },
                    [&](const QUuid &id) { forgotten.append(id); }});
    const QUuid another = QUuid::createUuid();
    held.hold(another, ReporterIdentity {kName, {}, {}, {}, {}});
    held.forget(typedNow);
    held.setKeeper({});
    held.forget(another);
    CHECK(kept == QList<QUuid> {another});
    CHECK(forgotten == QList<QUuid> {typedNow});
}

TEST_CASE("an identity typed at an offline intake is sealed in the workstation's vault, survives a restart before the "
          "hub answers, reaches the hub with the intake, and no file of the workstation holds it in the clear",
          "[secret-service]")
{
    LogBook::instance(); // the in-app log from the start
    QApplication::setQuitOnLastWindowClosed(false); // the window is closed below, as when Rabeg ends
    TestHub hub({20, StoreKind::Demo, true});
    auto w = std::make_unique<HubWorkspace>(hub, u"operator"_s, true);
    w->waitFor([&] { return w->session().hubOnline(); }, "the first sync reaches the hub");
    WorkstationVault *vault = WorkstationVault::of(w->session());
    REQUIRE(vault);
    w->waitFor([&] { return vault->available(); }, "the keychain answers");
    hub.stop();
    w->session().sync()->syncSoon();
    w->waitFor([&] { return !w->session().hubOnline(); }, "the workstation sees the hub gone");

    QUuid id;
    {
        WorkspaceDriver driver(w->window());
        IntakeDialog *dialog = typeIntake(driver, phonedIn());
        CHECK(dialog->findChild<QLabel *>(u"identityWarningLabel"_s)->text().contains(u"encrypted"_s));
        driver.key(Qt::Key_Return, Qt::ControlModifier);
        INFO(dialog->problem().toStdString());
        REQUIRE(dialog->ledger()->count() == 1);
        id = dialog->ledger()->item(0)->data(Qt::UserRole).toUuid();
        REQUIRE_FALSE(id.isNull());
        // The first identity kept on this workstation: the key is made and stored in the keychain first.
        w->waitFor([&] { return vault->sealedIntakes().value_or({}).contains(id); }, "the identity sealed");
        dialog->ledger()->refresh();
        CHECK(dialog->ledger()->lineOf(id).contains(u"kept encrypted on this computer"_s));
        driver.key(Qt::Key_Escape);
    }
    const auto identities = w->session().sync()->identities();
    CHECK(identities->isSealed(id));
    CHECK(identities->countUnsealed() == 0);
    w->session().cacheChanged(); // the status bar counts again
    CHECK(w->window().findChild<QLabel *>(u"heldIdentitiesLabel"_s)->isHidden());
    REQUIRE(QFile::exists(vault->path()));
    INFO(clearOnDisk(*w).join(u", "_s).toStdString());
    CHECK(clearOnDisk(*w).isEmpty());
    CHECK_FALSE(hub.store().complaint(id).value().has_value());

    // Rabeg closes (the window does not ask: nothing would be lost) and starts again with the hub back: the first
    // sync must not send the intake before the vault has put its identity back in memory.
    CHECK(w->window().close());
    hub.start();
    w->hubMoved();
    w->restart();
    w->waitFor([&] { return !cachedTracking(*w, id).isEmpty(); }, "the hub gives the tracking number");
    const auto identity = hub.store().identity(id);
    REQUIRE(identity.ok());
    REQUIRE(identity.value());
    CHECK(identity.value()->name == kName);
    CHECK(identity.value()->nik == kNik);
    CHECK(identity.value()->phone == kPhone);
    const auto onHub = hub.store().complaint(id);
    REQUIRE(onHub.ok());
    REQUIRE(onHub.value());
    CHECK(onHub.value()->body.contains(kNik)); // the text as typed, from the vault; the cache holds it masked
    vault = WorkstationVault::of(w->session());
    REQUIRE(vault);
    w->waitFor([&] { return vault->ready() && vault->sealedIntakes().value_or({}).isEmpty(); },
               "the sealed copy deleted once the hub has the complaint");
    CHECK(w->session().sync()->identities()->count() == 0);
    INFO(clearOnDisk(*w).join(u", "_s).toStdString());
    CHECK(clearOnDisk(*w).isEmpty());
    CHECK(loggedWith({kName, kNik, kPhone}).isEmpty());
}
