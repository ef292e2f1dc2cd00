// The intake form on a whole workstation against a real hub on loopback (issue 7, "Must hold"): typed by keyboard
// with the hub away, the complaint is in the inbox at once, pending, with its identity held in memory only; when
// the hub is back it is there once, with its tracking number, the identity on the hub and in no file of the
// workstation (cache, -wal, -shm, vault, settings) nor in its log. A lost answer makes no second complaint; a
// wrong NIK or arrival time is refused in the form with a sentence; a liaison is not offered the form.
#include "FilesContaining.h"
#include "HubWorkspace.h"
#include "IntakeKeys.h"
#include "LogBook.h"
#include "MainWindow.h"
#include "TestClient.h"
#include "intake/DuplicateWatcher.h"
#include "intake/IntakeLedger.h"
#include "store/OutboxView.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDirIterator>
#include <QLabel>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kName = u"Nurhayati Maesaroh"_s;
const QString kNik = u"3673014107900003"_s;
const QString kPhone = u"081211223344"_s;

IntakeTyping ktpWalkIn(const QString &title)
{
    return {title,
            u"Sudah rekam KTP-el di Disdukcapil bulan Agustus, sampai sekarang belum dicetak karena blangko habis. "
            u"NIK saya 3673014107900003, bisa dihubungi di 081211223344."_s,
            u"KTP elektronik"_s,
            u"Serang"_s,
            u"Cipare"_s,
            u"Jl. Ki Mas Jong No. 12, RT 03/RW 02"_s,
            kName,
            kNik,
            kPhone};
}


void checkNoIdentityOnDisk(HubWorkspace &w)
{
    const QString directory = QFileInfo(w.workspace().cache().database().databaseName()).absolutePath();
    REQUIRE(QFileInfo::exists(directory + u"/operator.sqlite"_s));
    const QStringList found = test::filesContaining(directory, {kName, kNik, kPhone});
    INFO(found.join(u", "_s).toStdString());
    CHECK(found.isEmpty());
    QStringList logged;
    for (const LogBook::Line &line : LogBook::instance().lines()) {
        for (const QString &needle : {kName, kNik, kPhone}) {
            if (line.message.contains(needle))
                logged.append(line.message);
        }
    }
    INFO(logged.join(u"\n"_s).toStdString());
    CHECK(logged.isEmpty());
}

QString cachedTracking(HubWorkspace &w, const QUuid &id)
{
    const auto c = w.session().complaint(id);
    return c.ok() && c.value() ? c.value()->cached.trackingId : QString();
}

qint64 hubComplaints(TestHub &hub)
{
    return hub.scalar(u"SELECT count(*) FROM complaints"_s).toLongLong();
}

} // namespace

TEST_CASE("an intake typed offline is pending in the inbox at once and reaches the hub once, the identity on the hub "
          "and on no disk of the workstation")
{
    LogBook::instance(); // the in-app log from the start
    TestHub hub({20, StoreKind::Demo, true});
    HubWorkspace w(hub, u"operator"_s, true);
    WorkspaceDriver driver(w.window());
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    const qint64 before = hubComplaints(hub);
    hub.stop();

    IntakeDialog *dialog = typeIntake(driver, ktpWalkIn(u"KTP-el belum dicetak setelah tiga bulan"_s));
    CHECK(dialog->findChild<QLabel *>(u"identityWarningLabel"_s)->text().contains(u"held in memory only"_s));
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    INFO(dialog->problem().toStdString());
    REQUIRE(dialog->ledger()->count() == 1);
    const QUuid id = dialog->ledger()->item(0)->data(Qt::UserRole).toUuid();
    REQUIRE_FALSE(id.isNull());
    CHECK(dialog->ledger()->lineOf(id).contains(u"held in memory only: it is lost if Rabeg closes"_s));
    CHECK(QApplication::focusWidget()->objectName() == u"titleLineEdit"_s); // ready for the next one
    auto *held = w.window().findChild<QLabel *>(u"heldIdentitiesLabel"_s);
    REQUIRE(held);
    CHECK(held->isVisible());

    // At once, with the hub away: a complaint with its client-made id, pending, without a tracking number.
    w.waitFor([&] { return !w.workspace().lastStatus().online && w.workspace().lastStatus().pending == 1; },
              "the sync finds the hub away with the intake queued");
    const ProjectedComplaint pending = w.shown(id);
    CHECK(pending.isPending());
    CHECK(pending.cached.trackingId.isEmpty());
    CHECK(pending.shown.state == ComplaintState::Received);
    CHECK(pending.shown.service == u"ktp-el"_s);
    CHECK(pending.shown.kelurahan == u"SERANG-CIPARE"_s);
    REQUIRE(pending.steps.size() == 1);
    CHECK_FALSE(pending.steps.first().refusal.has_value());
    driver.key(Qt::Key_Escape);
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    driver.search(u"dicetak"_s);
    REQUIRE(driver.selected() == id);
    CHECK(driver.detailText().contains(u"pending"_s));
    checkNoIdentityOnDisk(w);
    CHECK(hubComplaints(hub) == before);
    // Closing now would lose the identity: Rabeg asks first, and Esc keeps it open.
    CHECK_FALSE(w.window().close());
    driver.dialog("heldIdentitiesCloseMessageBox");
    driver.key(Qt::Key_Escape);
    CHECK(w.window().isVisible());
    CHECK(QApplication::activeModalWidget() == nullptr);

    hub.start();
    w.hubMoved();
    w.waitFor([&] { return !cachedTracking(w, id).isEmpty(); }, "the hub, back, gives the tracking number");
    CHECK(cachedTracking(w, id).startsWith(u"SRG-"_s));
    CHECK(hubComplaints(hub) == before + 1);
    CHECK(hub.scalar(u"SELECT tracking_id FROM complaints WHERE id = ?"_s, {uuidText(id)}).toString()
          == cachedTracking(w, id));
    const auto identity = hub.store().identity(id);
    REQUIRE(identity.ok());
    REQUIRE(identity.value());
    CHECK(identity.value()->name == kName);
    CHECK(identity.value()->nik == kNik);
    CHECK(identity.value()->phone == kPhone);
    // The text as typed, NIK and phone in it, is the hub's; the workstation's outbox and cache held it masked.
    const auto onHub = hub.store().complaint(id);
    REQUIRE(onHub.ok());
    REQUIRE(onHub.value());
    CHECK(onHub.value()->body.contains(kNik));
    CHECK(onHub.value()->body.contains(kPhone));
    w.waitFor([&] { return !held->isVisible(); }, "the status bar no longer warns of identities in memory");
    CHECK(OutboxView(w.workspace().cache()).counts().value().pending == 0);
    CHECK_FALSE(w.shown(id).isPending());
    checkNoIdentityOnDisk(w);
}

TEST_CASE("an intake whose answer is lost is sent again and makes one complaint")
{
    TestHub hub({20, StoreKind::Demo, true});
    HubWorkspace w(hub, u"operator"_s, true);
    WorkspaceDriver driver(w.window());
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    const qint64 before = hubComplaints(hub);
    int posts = 0;
    w.proxy()->setOnRequest([&](const QByteArray &line) {
        // The first sending of the intake reaches the hub and its answer is cut; every other answer passes.
        const bool post = line.startsWith("POST /api/v1/commands");
        posts += post ? 1 : 0;
        w.proxy()->setFault(post && posts == 1 ? FaultProxy::Fault::Cut : FaultProxy::Fault::None);
    });

    IntakeDialog *dialog = typeIntake(driver, ktpWalkIn(u"KTP-el tidak bisa dicetak di Disdukcapil"_s));
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog->ledger()->count() == 1);
    const QUuid id = dialog->ledger()->item(0)->data(Qt::UserRole).toUuid();
    // The pull may bring the complaint first (it is on the hub); the outbox empties only when the second sending
    // is answered.
    w.waitFor(
        [&] {
            return !cachedTracking(w, id).isEmpty() && OutboxView(w.workspace().cache()).counts().value().pending == 0;
        },
        "the intake is sent again and confirmed");
    CHECK(posts >= 2);
    CHECK(OutboxView(w.workspace().cache()).counts().value().refused == 0);
    CHECK(hubComplaints(hub) == before + 1);
    // One command recorded for the complaint on the hub: the second sending got the first one's stored answer.
    const QString pattern = u"%"_s + uuidText(id) + u"%"_s;
    CHECK(hub.scalar(u"SELECT count(*) FROM commands WHERE body LIKE ?"_s, {pattern}).toLongLong() == 1);
    const auto identity = hub.store().identity(id);
    REQUIRE(identity.ok());
    REQUIRE(identity.value());
    CHECK(identity.value()->nik == kNik);
    w.waitFor([&] { return dialog->ledger()->lineOf(id).contains(u"on the hub as SRG-"_s); },
              "the form's list shows the tracking number");
}

TEST_CASE("the form refuses a wrong NIK and an arrival too far back with sentences and queues nothing")
{
    TestHub hub({5, StoreKind::Demo, true});
    HubWorkspace w(hub, u"operator"_s, false);
    WorkspaceDriver driver(w.window());
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    IntakeTyping typing = ktpWalkIn(u"KTP-el hilang, minta cetak ulang"_s);
    typing.nik = u"36730141"_s;
    IntakeDialog *dialog = typeIntake(driver, typing);
    CHECK(dialog->findChild<QLabel *>(u"nikHintLabel"_s)->text() == u"8 of 16 digits"_s);
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog->problem().startsWith(u"A NIK has exactly 16 digits; the one typed has 8 character"_s));
    CHECK(QApplication::focusWidget()->objectName() == u"nikLineEdit"_s);
    CHECK(dialog->ledger()->count() == 0);

    driver.type(u"90003"_s + u"000"_s); // now 16 digits
    // Received earlier: Space ticks it in the Tab order, then the date is typed into its field, section by section.
    auto *earlier = dialog->findChild<QCheckBox *>(u"receivedEarlierCheckBox"_s);
    earlier->setFocus();
    driver.key(Qt::Key_Space);
    REQUIRE(earlier->isChecked());
    driver.key(Qt::Key_Tab);
    auto *when = dialog->findChild<QDateTimeEdit *>(u"receivedAtDateTimeEdit"_s);
    REQUIRE(QApplication::focusWidget() == when);
    const QDate today = when->date();
    driver.type(today.addDays(-45).toString(u"ddMMyyyy"_s)); // each section full moves on; hour and minute stay
    INFO(when->text().toStdString() + " / " + today.toString(Qt::ISODate).toStdString());
    REQUIRE(when->date() == today.addDays(-45));
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog->problem()
          == u"The time the complaint was received must lie within the last 30 days and not in the future."_s);
    CHECK(dialog->ledger()->count() == 0);
    CHECK(OutboxView(w.workspace().cache()).counts().value().pending == 0);
}

TEST_CASE("a liaison is not offered the intake form")
{
    TestHub hub({5, StoreKind::Demo, true});
    HubWorkspace w(hub, u"liaison-dishub"_s, false);
    WorkspaceDriver driver(w.window());
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    auto *action = w.window().findChild<QAction *>(u"newComplaintAction"_s);
    REQUIRE(action);
    w.waitFor([&] { return !action->isEnabled(); }, "the role is known from the sync");
    driver.key(Qt::Key_N, Qt::ControlModifier);
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("every field of the intake form that Tab reaches has a name a screen reader says")
{
    TestHub hub({5, StoreKind::Demo, true});
    HubWorkspace w(hub, u"operator"_s, false);
    WorkspaceDriver driver(w.window());
    w.waitFor([&] { return w.session().hubOnline(); }, "the first sync reaches the hub");
    driver.key(Qt::Key_N, Qt::ControlModifier);
    QWidget *dialog = driver.dialog("intakeDialog");
    dialog->findChild<QCheckBox *>(u"receivedEarlierCheckBox"_s)->setChecked(true); // the time field joins Tab
    QApplication::processEvents();
    QStringList unnamed;
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(dialog) || !widget->isEnabled()
            || widget->focusProxy())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u'#' + widget->objectName());
    }
    INFO(unnamed.join(u", "_s).toStdString());
    CHECK(unnamed.isEmpty());
}
