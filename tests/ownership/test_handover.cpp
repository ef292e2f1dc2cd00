// The shift handover screen against a real hub on loopback: what the leaving operator owns (open complaints only),
// reassigned to a colleague in one step, one assignment command per complaint through the outbox, with a summary
// of what was sent, confirmed, pending and refused. A supervisor hands over for someone else.
#include "Language.h"
#include "OwnershipFixture.h"
#include "WorkspaceDriver.h"
#include "handover/HandoverDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

int handoverAssignments(TestHub &hub, const QUuid &id, const QString &to)
{
    const auto history = hub.store().history(id);
    REQUIRE(history.ok());
    int count = 0;
    for (const Event &event : history.value()) {
        count += event.type == EventType::Assigned && event.payload.value(u"assignee"_s).toString() == to
            && event.payload.value(u"note"_s).toString().startsWith(u"Shift handover from "_s);
    }
    return count;
}

QStringList column(QTableWidget *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out.append(table->item(row, column)->text());
    return out;
}

// The handover dialog opened by its keys (Ctrl+Shift+H), its controls found by name.
struct HandoverControls
{
    QWidget *dialog = nullptr;
    QComboBox *leaving = nullptr;
    QComboBox *taking = nullptr;
    QTableWidget *table = nullptr;
};

HandoverControls openHandover(WorkspaceDriver &driver)
{
    driver.key(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    HandoverControls c;
    c.dialog = driver.dialog("handoverDialog");
    c.leaving = c.dialog->findChild<QComboBox *>(u"leavingOperatorComboBox"_s);
    c.taking = c.dialog->findChild<QComboBox *>(u"takingOverComboBox"_s);
    c.table = c.dialog->findChild<QTableWidget *>(u"ownedComplaintsTableWidget"_s);
    REQUIRE(c.leaving);
    REQUIRE(c.taking);
    REQUIRE(c.table);
    return c;
}

} // namespace

TEST_CASE("the handover screen reassigns every open complaint the leaving operator owns in one step, one "
          "assignment each")
{
    TestHub hub({20, StoreKind::Demo, true});
    hub.addUser(u"op.wati"_s, Role::Operator); // owns nothing in the demo data
    hub.addUser(u"operator2"_s, Role::Operator);
    QList<QUuid> owned;
    for (const QString &title : {u"Sampah menumpuk di Pasar Rau"_s, u"Pengurusan KTP-el lama di Kasemen"_s,
                                 u"Drainase tersumbat di Cipocok Jaya"_s, u"PJU mati di Jalan Ayip Usman"_s})
        owned.append(ownedBy(hub, u"op.wati"_s, title));
    const QUuid closedOut = ownedBy(hub, u"op.wati"_s, u"Tes tes tes"_s);
    hub.run(u"op.wati"_s, CommandType::Reject, closedOut, {{u"reason"_s, u"spam"_s}});
    const QUuid theirs = ownedBy(hub, u"operator2"_s, u"Trotoar rusak di Taktakan"_s);
    HubWorkspace w(hub, u"op.wati"_s, false);
    for (const QUuid &id : owned)
        w.waitForComplaint(id);
    w.waitForComplaint(theirs);
    WorkspaceDriver driver(w.window());

    driver.key(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QWidget *dialog = driver.dialog("handoverDialog");
    auto *table = dialog->findChild<QTableWidget *>(u"ownedComplaintsTableWidget"_s);
    auto *leaving = dialog->findChild<QComboBox *>(u"leavingOperatorComboBox"_s);
    auto *summary = dialog->findChild<QLabel *>(u"handoverSummaryLabel"_s);
    REQUIRE(table);
    REQUIRE(leaving);
    REQUIRE(summary);
    CHECK(leaving->currentText() == u"op.wati"_s);
    CHECK_FALSE(leaving->isEnabled()); // an operator hands over only their own
    CHECK(table->rowCount() == 4); // the rejected one is closed out, operator2's is not theirs to give
    CHECK(column(table, 2).contains(u"Drainase tersumbat di Cipocok Jaya"_s));
    CHECK_FALSE(column(table, 2).contains(u"Tes tes tes"_s));

    // The colleague typed, Ctrl+Enter: one step.
    driver.type(u"operator2"_s);
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(summary->text().startsWith(u"Handed over to operator2: 4 sent, "_s));
    w.waitFor(
        [&] {
            return summary->text()
                == u"Handed over to operator2: 4 sent, 4 confirmed by the hub, 0 pending, 0 refused."_s;
        },
        "the hub confirms the four assignments");
    for (const QUuid &id : owned) {
        CHECK(hubOwner(hub, id) == u"operator2"_s);
        CHECK(handoverAssignments(hub, id, u"operator2"_s) == 1); // exactly one command per complaint
    }
    CHECK(column(table, 5) == QStringList(4, u"Confirmed: operator2 owns it"_s));

    // Sent once: a second Ctrl+Enter sends nothing again.
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(summary->text() == u"Tick at least one complaint that was not handed over yet."_s);
    for (const QUuid &id : owned)
        CHECK(handoverAssignments(hub, id, u"operator2"_s) == 1);
}

TEST_CASE("a supervisor hands over an operator's complaints, leaving out the ones unticked")
{
    TestHub hub({20, StoreKind::Demo, true});
    hub.addUser(u"op.wati"_s, Role::Operator); // owns nothing in the demo data
    hub.addUser(u"operator2"_s, Role::Operator);
    const QUuid first = ownedBy(hub, u"op.wati"_s, u"Sampah menumpuk di Pasar Rau"_s);
    const QUuid second = ownedBy(hub, u"op.wati"_s, u"Pengurusan KTP-el lama di Kasemen"_s);
    hub.run(u"operator2"_s, CommandType::Verify, hub.intake(u"supervisor"_s), verifyPayload());
    HubWorkspace w(hub, u"supervisor"_s, false);
    w.waitForComplaint(first);
    w.waitForComplaint(second);
    WorkspaceDriver driver(w.window());
    const auto [dialog, leaving, taking, table] = openHandover(driver);
    REQUIRE(leaving->isEnabled());
    leaving->setCurrentText(u"op.wati"_s);
    REQUIRE(table->rowCount() == 2);
    // Untick the row of the second complaint (Space on it), hand over the rest. Its title's cell is current, as
    // after a click on the row: Space toggled only on the tick box's own cell, and everything was handed over.
    const int secondRow = column(table, 2).indexOf(u"Pengurusan KTP-el lama di Kasemen"_s);
    REQUIRE(secondRow >= 0);
    table->setFocus();
    table->setCurrentCell(secondRow, 2);
    driver.key(Qt::Key_Space);
    CHECK(table->item(secondRow, 0)->checkState() == Qt::Unchecked);
    driver.key(Qt::Key_Space); // and back, once per press
    CHECK(table->item(secondRow, 0)->checkState() == Qt::Checked);
    table->setCurrentCell(secondRow, 0); // on the tick box's cell too, once per press
    driver.key(Qt::Key_Space);
    CHECK(table->item(secondRow, 0)->checkState() == Qt::Unchecked);
    taking->setFocus();
    driver.type(u"operator2"_s);
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    w.waitFor([&] { return hubOwner(hub, first) == u"operator2"_s; }, "the hub confirms the handed over one");
    CHECK(hubOwner(hub, second) == u"op.wati"_s);
    CHECK(handoverAssignments(hub, second, u"operator2"_s) == 0);
}

TEST_CASE("in Indonesian, a handover to a colleague the hub does not know is refused in Indonesian, by name")
{
    TestHub hub({20, StoreKind::Demo, true});
    hub.addUser(u"op.wati"_s, Role::Operator);
    const QUuid first = ownedBy(hub, u"op.wati"_s, u"Sampah menumpuk di Pasar Rau"_s);
    HubWorkspace w(hub, u"supervisor"_s, false);
    w.waitForComplaint(first);
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    WorkspaceDriver driver(w.window());
    const auto [dialog, leaving, taking, table] = openHandover(driver);
    leaving->setCurrentText(u"op.wati"_s);
    REQUIRE(table->rowCount() == 1);
    taking->setFocus();
    driver.type(u"op.tidakada"_s); // not an account: the client sends it, the hub refuses it
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    // The hub's sentence is English ("There is no command center user ..."); the row reads in Indonesian.
    w.waitFor([&] { return table->item(0, 5)->text().startsWith(u"Ditolak: "_s); }, "the hub refuses the handover");
    CHECK(table->item(0, 5)->text()
          == u"Ditolak: Hub tidak mengenal pengguna command center \"op.tidakada\": pilih rekan dari daftar."_s);
    CHECK(hubOwner(hub, first) == u"op.wati"_s);
}

// Not run by default: docs/screenshots/handover.png, in Indonesian, with a morning's realistic handover confirmed
// (QT_QPA_PLATFORM=offscreen test_ownership "[.screenshot]").
TEST_CASE("handover screenshot", "[.screenshot]")
{
    TestHub hub({60, StoreKind::Demo, true});
    hub.addUser(u"op.wulan"_s, Role::Operator);
    hub.addUser(u"op.bayu"_s, Role::Operator);
    hub.addUser(u"op.sari"_s, Role::Operator);
    QList<QUuid> owned;
    for (const QString &title :
         {u"Lampu PJU mati di Jalan Ayip Usman depan Masjid Al-Ikhlas"_s, u"Sampah menumpuk tiga hari di Pasar Rau"_s,
          u"Pengurusan KTP-el belum selesai setelah dua bulan di Kasemen"_s,
          u"Drainase tersumbat, jalan tergenang di Cipocok Jaya"_s, u"Akta kelahiran anak belum terbit, Walantaka"_s,
          u"Jalan berlubang di Kaujon dekat SDN Kaujon 2"_s})
        owned.append(ownedBy(hub, u"op.wulan"_s, title));
    hub.run(u"op.wulan"_s, CommandType::Verify, owned.at(1), verifyPayload());
    hub.run(u"op.bayu"_s, CommandType::Verify, hub.intake(u"supervisor"_s), verifyPayload());
    hub.run(u"op.sari"_s, CommandType::Claim, hub.intake(u"supervisor"_s, u"Izin usaha mikro tidak diproses"_s), {});
    HubWorkspace w(hub, u"op.wulan"_s, false);
    for (const QUuid &id : owned)
        w.waitForComplaint(id);
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    // Strings newer than i18n/rabeg_id.ts can be shown from a draft translation (RABEG_DRAFT_QM=file.qm).
    QTranslator draft;
    if (const QString qm = qEnvironmentVariable("RABEG_DRAFT_QM"); !qm.isEmpty() && draft.load(qm))
        QCoreApplication::installTranslator(&draft);
    WorkspaceDriver driver(w.window());
    driver.key(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = qobject_cast<HandoverDialog *>(driver.dialog("handoverDialog"));
    REQUIRE(dialog);
    auto *table = dialog->findChild<QTableWidget *>(u"ownedComplaintsTableWidget"_s);
    // Kept: Wulan calls this reporter back herself.
    const int kept = column(table, 2).indexOf(u"Jalan berlubang di Kaujon dekat SDN Kaujon 2"_s);
    REQUIRE(kept >= 0);
    table->item(kept, 0)->setCheckState(Qt::Unchecked);
    driver.type(u"op.bayu"_s);
    driver.key(Qt::Key_Return, Qt::ControlModifier);
    w.waitFor(
        [&] {
            for (int i = 0; i < 5; ++i) {
                if (hubOwner(hub, owned.at(i)) != u"op.bayu"_s || !w.shown(owned.at(i)).steps.isEmpty())
                    return false;
            }
            return true;
        },
        "the hub confirms the five assignments");
    QApplication::processEvents();
    const QString path = QStringLiteral(RABEG_SOURCE_DIR) + u"/docs/screenshots/handover.png"_s;
    QDir().mkpath(QStringLiteral(RABEG_SOURCE_DIR) + u"/docs/screenshots"_s);
    CHECK(dialog->grab().save(path));
}
