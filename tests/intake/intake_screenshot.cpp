// docs/screenshots/intake-form.png: a walk-in complaint about KTP-el at Disdukcapil from a kelurahan of Kecamatan
// Serang, typed while the hub is away, after one taken in a moment before (so the form's list shows it pending, its
// identity kept encrypted by the workstation's vault), with similar complaints of the cache listed. Taken with a
// keychain, as a command-center workstation has one (without, the list says the identity is in memory only):
//   QT_QPA_PLATFORM=offscreen RABEG_SCREENSHOT_DIR=docs/screenshots dbus-run-session --
//     sh tests/keychain/with-secret-service.sh ./test_intake "[.screenshot]"     (one line)
#include "HubWorkspace.h"
#include "IntakeKeys.h"
#include "TestClient.h"
#include "identity/WorkstationVault.h"
#include "intake/DuplicateWatcher.h"
#include "intake/IntakeLedger.h"
#include "sync/HeldIdentities.h"
#include "sync/SyncWorker.h"

#include <QDir>
#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("screenshot of the intake form", "[.screenshot]")
{
    const QString directory = qEnvironmentVariable("RABEG_SCREENSHOT_DIR");
    REQUIRE_FALSE(directory.isEmpty());
    TestHub hub({20, StoreKind::Demo, true});
    // What the cache already knows: two KTP-el complaints from Kecamatan Serang, one of them much the same.
    for (const auto &[title, body] :
         {std::pair {u"Cetak KTP-el di Disdukcapil tertunda, blangko habis"_s,
                     u"Sudah dua bulan menunggu cetak KTP-el, kata petugas blangko habis."_s},
          std::pair {u"Antrean rekam KTP-el di Disdukcapil sangat panjang"_s,
                     u"Datang jam 7 pagi, nomor antrean sudah habis untuk rekam KTP-el."_s}}) {
        const HubResponse r = hub.post(u"supervisor"_s, u"/api/v1/complaints"_s,
                                       {{u"complaint_id"_s, uuidText(QUuid::createUuid())},
                                        {u"channel"_s, u"lapor"_s},
                                        {u"title"_s, title},
                                        {u"body"_s, body},
                                        {u"service"_s, u"ktp-el"_s},
                                        {u"kecamatan"_s, u"SERANG"_s}});
        REQUIRE(r.status == 201);
    }
    HubWorkspace w(hub, u"operator"_s, true);
    Language language;
    REQUIRE(language.use(u"id"_s));
    WorkspaceDriver driver(w.window());
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    const WorkstationVault *vault = WorkstationVault::of(w.session());
    w.waitFor([&] { return !vault || vault->available() || !vault->problem().isEmpty(); }, "the keychain answers");
    hub.stop();

    IntakeTyping earlier {u"Lampu PJU mati di Jl. Ahmad Yani depan Alun-alun"_s,
                          u"Tiga tiang lampu di depan Alun-alun Serang mati sejak Senin malam, jalan gelap."_s,
                          u"Penerangan"_s,
                          u"Serang"_s,
                          u"Kotabaru"_s,
                          u"Jl. Ahmad Yani"_s,
                          u"Ahmad Fauzi"_s,
                          u"3673012303850001"_s,
                          u"087771234567"_s};
    IntakeDialog *dialog = typeIntake(driver, earlier);
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog->ledger()->count() == 1);
    if (vault && vault->available()) {
        const QUuid earlierId = dialog->ledger()->item(0)->data(Qt::UserRole).toUuid();
        w.waitFor([&] { return w.session().sync()->identities()->isSealed(earlierId); },
                  "the earlier identity sealed in the vault");
    }
    // A person types slower than the test: the lists' type-ahead would otherwise join the two complaints' words.
    QTest::qWait(QApplication::keyboardInputInterval() + 100);

    driver.type(u"KTP-el belum dicetak setelah tiga bulan"_s);
    driver.key(Qt::Key_Tab);
    driver.type(u"Saya sudah rekam KTP-el di kantor Disdukcapil Kota Serang bulan Agustus. Sampai sekarang belum "
                u"dicetak, setiap datang dijawab blangko habis. Mohon kejelasan kapan KTP-el saya bisa diambil."_s);
    driver.key(Qt::Key_Tab);
    driver.type(u"KTP elektronik"_s);
    driver.key(Qt::Key_Tab);
    driver.type(u"Serang"_s);
    driver.key(Qt::Key_Tab);
    driver.type(u"Cipare"_s);
    driver.key(Qt::Key_Tab);
    driver.type(u"Jl. Ki Mas Jong No. 12, RT 03/RW 02"_s);
    for (int i = 0; i < 4; ++i)
        driver.key(Qt::Key_Tab);
    for (const QString &text :
         {u"Nurhayati Maesaroh"_s, u"3673014107900003"_s, u"081211223344"_s, u"nurhayati.m@contoh.id"_s}) {
        driver.type(text);
        driver.key(Qt::Key_Tab);
    }
    dialog->duplicates()->searchNow();
    REQUIRE(dialog->duplicates()->shown() >= 1);
    QTest::qWait(200); // layout settles before the picture
    REQUIRE(dialog->grab().save(QDir(directory).filePath(u"intake-form.png"_s)));
}
