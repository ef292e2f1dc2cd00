// The intake form's list says where a reporter's identity typed offline is kept, as it changes: held in memory only
// (lost if Rabeg closes) until the workstation's identity vault has sealed it, then kept encrypted, without waiting
// for a sync (the hub is away). The vault seals only with a key in the OS keychain: a REAL Secret Service
// (tests/keychain/with-secret-service.sh), hence the hidden tag and the test's own CTest entry.
#include "HubWorkspace.h"
#include "IntakeKeys.h"
#include "TestClient.h"
#include "identity/WorkstationVault.h"
#include "intake/IntakeLedger.h"
#include "sync/HeldIdentities.h"
#include "sync/SyncWorker.h"

#include <QLabel>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("the intake list warns that an identity is held in memory only until the vault has sealed it, then says it "
          "is kept encrypted",
          "[.secret-service]")
{
    TestHub hub({20, StoreKind::Demo, true});
    HubWorkspace w(hub, u"operator"_s, true);
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    WorkstationVault *vault = WorkstationVault::of(w.session());
    REQUIRE(vault);
    w.waitFor([&] { return vault->available(); }, "the keychain answers");
    REQUIRE_FALSE(vault->ready()); // no key yet: the first identity kept makes it, through the keychain
    hub.stop();
    w.session().sync()->syncSoon();
    w.waitFor([&] { return !w.session().hubOnline(); }, "the workstation sees the hub gone");

    WorkspaceDriver driver(w.window());
    IntakeDialog *dialog = typeIntake(driver, {u"Sampah menumpuk di pasar Rau"_s,
                                               u"Sampah di belakang pasar Rau tidak diangkut sejak Jumat."_s,
                                               u"Sampah"_s,
                                               u"Serang"_s,
                                               u"Cipare"_s,
                                               u"Pasar Rau, Jl. Yusuf Martadilaga"_s,
                                               u"Siti Rohmah"_s,
                                               u"3673014107900003"_s,
                                               u"081299887766"_s});
    CHECK(dialog->findChild<QLabel *>(u"identityWarningLabel"_s)->text().contains(u"encrypted"_s));
    // Sent with no event processed after it: the key is still being stored in the keychain, nothing is sealed.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    INFO(dialog->problem().toStdString());
    REQUIRE(dialog->ledger()->count() == 1);
    const QUuid id = dialog->ledger()->item(0)->data(Qt::UserRole).toUuid();
    REQUIRE_FALSE(id.isNull());
    const auto identities = w.session().sync()->identities();
    CHECK(identities->holds(id));
    CHECK_FALSE(identities->isSealed(id));
    CHECK(dialog->ledger()->lineOf(id).contains(u"held in memory only: it is lost if Rabeg closes"_s));

    // The keychain keeps the new key, the vault seals the identity and tells the list, which says so at once.
    w.waitFor([&] { return dialog->ledger()->lineOf(id).contains(u"kept encrypted on this computer"_s); },
              "the list says the identity is kept encrypted");
    CHECK(identities->isSealed(id));
    CHECK(vault->sealedIntakes().value_or(QList<QUuid> {}).contains(id));
    CHECK_FALSE(dialog->ledger()->lineOf(id).contains(u"memory only"_s));
    CHECK(dialog->ledger()->item(0)->foreground().color() != QColor(0xb0, 0x3a, 0x00)); // no longer a warning
    driver.key(Qt::Key_Escape);
}
