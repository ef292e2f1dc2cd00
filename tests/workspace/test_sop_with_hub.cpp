// The SOP screens composed into the workstation, against a real hub on loopback: a liaison ticks and reopens a step
// of the checklist in the complaint's detail (pending at once, confirmed by the hub), and the command center's stall
// board tab shows every stalled complaint where the core says it stalls, drills down to a cell and opens a complaint
// whose stalled step is then ticked from a phone report.
#include "ComplaintDetailWindow.h"
#include "HistoryTimeline.h"
#include "HubWorkspace.h"
#include "WorkspaceDriver.h"
#include "sop/ChecklistModel.h"
#include "sop/Checklists.h"
#include "sop/ComplaintChecklistPanel.h"
#include "sop/SopTemplateEditor.h"
#include "sop/StallBoardModel.h"
#include "sop/StallBoardScreen.h"
#include "sop/StallBoardView.h"
#include "store/ComplaintRepository.h"
#include "store/StallBoardQuery.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

#include <set>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QUuid dispatchedKtp(TestHub &hub, const QString &title)
{
    const QUuid id = hub.intake(u"supervisor"_s, title);
    hub.run(u"supervisor"_s, CommandType::Verify, id,
            {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, u"adminduk-ktp"_s}, {u"service"_s, u"ktp-el"_s}});
    hub.run(u"supervisor"_s, CommandType::Dispatch, id, {{u"opd"_s, u"DISDUKCAPIL"_s}});
    return id;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// The step's row of the checklist on screen: what its "done" column says and whether it is marked pending.
struct StepRow
{
    QString done;
    bool pending = false;
};

StepRow stepRow(ComplaintChecklistPanel *panel, int row)
{
    const QAbstractItemModel *model = child<QTableView>(panel, "checklistTableView")->model();
    const QModelIndex index = model->index(row, ChecklistModel::DoneColumn);
    return {index.data().toString(), index.data(ChecklistModel::PendingRole).toBool()};
}

Event lastHubEvent(TestHub &hub, const QUuid &id)
{
    const auto history = hub.store().history(id);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history.value().isEmpty());
    return history.value().constLast();
}

void clickRow(QTableView *table, int row)
{
    const QRect cell = table->visualRect(table->model()->index(row, ChecklistModel::StepColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QApplication::processEvents();
}

} // namespace

TEST_CASE("a liaison ticks and reopens an SOP step in the detail: pending at once, then confirmed by the hub",
          "[workspace][sop]")
{
    TestHub hub({30, StoreKind::Demo, true});
    const QUuid id = dispatchedKtp(hub, u"Blangko KTP habis di Kasemen"_s);
    HubWorkspace w(hub, u"liaison-disdukcapil"_s, false);
    w.waitForComplaint(id);
    WorkspaceDriver driver(w.window());
    driver.search(u"Blangko"_s);
    REQUIRE(driver.selected() == id);

    ComplaintChecklistPanel *panel = w.window().inbox()->detail()->checklistPanel();
    REQUIRE(panel->isVisible());
    REQUIRE(panel->checklist().templateId == u"DISDUKCAPIL/ktp-el"_s);
    const ChecklistStep first = panel->checklist().steps.at(0);
    CHECK_FALSE(first.done());
    auto *tick = child<QPushButton>(panel, "checklistCompleteButton");
    CHECK_FALSE(tick->text().contains(u"phone"_s)); // the OPD ticks its own steps

    // The first step by the mouse, a note by the keyboard, and the button.
    QTableView *table = child<QTableView>(panel, "checklistTableView");
    clickRow(table, 0);
    QTest::mouseClick(child<QLineEdit>(panel, "checklistNoteLineEdit"), Qt::LeftButton);
    driver.type(u"Berkas diterima lengkap"_s);
    QTest::mouseClick(tick, Qt::LeftButton);

    // At once: ticked, marked pending, queued for the hub.
    CHECK(panel->checklist().steps.at(0).done());
    CHECK(stepRow(panel, 0).pending);
    CHECK(stepRow(panel, 0).done.contains(u"pending"_s));
    CHECK(w.shown(id).isPending());

    w.waitFor([&] { return !w.shown(id).isPending() && !stepRow(panel, 0).pending; },
              "the hub confirms the tick and the checklist drops the pending mark");
    const Event ticked = lastHubEvent(hub, id);
    CHECK(ticked.type == EventType::StepDone);
    CHECK(ticked.actor.user == u"liaison-disdukcapil"_s);
    CHECK(ticked.payload.value(u"step"_s).toString() == first.key);
    CHECK(ticked.payload.value(u"note"_s).toString() == u"Berkas diterima lengkap"_s);
    CHECK_FALSE(ticked.payload.value(u"phone_report"_s).toBool());
    const ChecklistStep confirmed = panel->checklist().steps.at(0);
    CHECK(confirmed.done());
    CHECK(confirmed.doneBy == u"liaison-disdukcapil"_s);
    CHECK(panel->checklist().currentStep == 2);
    // The history names the step as the checklist does, not by its key.
    auto *timeline = w.window().inbox()->detail()->findChild<HistoryTimeline *>(u"historyTimeline"_s);
    REQUIRE(timeline);
    const QString tickedText = u"SOP step done: 1. %1 — Berkas diterima lengkap"_s.arg(first.title);
    bool named = false;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        named = named || timeline->topLevelItem(i)->text(2) == tickedText;
    CHECK(named);

    // Reopen it by the keyboard: the reason typed, Tab to "Reopen step" (ticking a done step is not offered), Space;
    // pending, then confirmed, and the step is the current one again.
    clickRow(table, 0);
    QTest::mouseClick(child<QLineEdit>(panel, "checklistNoteLineEdit"), Qt::LeftButton);
    driver.type(u"Fotokopi KK ternyata belum ada"_s);
    driver.key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == child<QPushButton>(panel, "checklistReopenButton"));
    driver.key(Qt::Key_Space);
    CHECK_FALSE(panel->checklist().steps.at(0).done());
    CHECK(stepRow(panel, 0).pending);
    w.waitFor([&] { return !w.shown(id).isPending() && !stepRow(panel, 0).pending; }, "the hub confirms the reopen");
    const Event reopened = lastHubEvent(hub, id);
    CHECK(reopened.type == EventType::StepReopened);
    CHECK(reopened.payload.value(u"reason"_s).toString() == u"Fotokopi KK ternyata belum ada"_s);
    CHECK(panel->checklist().currentStep == 1);

    // A liaison has no stall board; their SOP templates tab shows their own OPD's, and submits drafts for an admin.
    QTabWidget *tabs = w.window().tabs();
    CHECK_FALSE(tabs->isTabVisible(tabs->indexOf(w.window().stalls())));
    REQUIRE(tabs->isTabVisible(tabs->indexOf(w.window().templates())));
    driver.key(Qt::Key_5, Qt::ControlModifier);
    REQUIRE(tabs->currentWidget() == w.window().templates());
    SopTemplateEditor *editor = w.window().templates();
    CHECK(editor->opd() == u"DISDUKCAPIL"_s);
    CHECK(child<QComboBox>(editor, "sopOpdComboBox")->count() == 1);
    auto *submit = child<QPushButton>(editor, "sopPublishButton");
    CHECK(submit->isVisible());
    CHECK(submit->text().remove(u'&').contains(u"draft"_s));
    CHECK(child<QPushButton>(editor, "sopImportCsvButton")->isVisible());
    CHECK(child<QPushButton>(editor, "sopExportCsvButton")->isVisible());
    CHECK_FALSE(child<QLabel>(editor, "sopPublishNoteLabel")->isVisible());
}

TEST_CASE("the stall board tab shows where the core says complaints stall, drills down to a cell and opens one",
          "[workspace][sop]")
{
    TestHub hub({150, StoreKind::Demo, true});
    HubWorkspace w(hub, u"supervisor"_s, false);
    w.waitFor([&] { return w.workspace().lastStatus().online && w.workspace().lastStatus().cursor >= hub.head(); },
              "the first sync brings every complaint");
    WorkspaceDriver driver(w.window());
    QTabWidget *tabs = w.window().tabs();
    StallBoardScreen *screen = w.window().stalls();
    REQUIRE(tabs->isTabVisible(tabs->indexOf(screen)));
    CHECK(tabs->isTabVisible(tabs->indexOf(w.window().templates()))); // a supervisor maintains templates

    driver.key(Qt::Key_4, Qt::ControlModifier);
    REQUIRE(tabs->currentWidget() == screen);
    w.waitFor([&] { return !screen->isComputing() && screen->board()->model()->snapshot().at.isValid(); },
              "the board is computed off the GUI thread and shown");
    const StallBoardSnapshot board = screen->board()->model()->snapshot();
    REQUIRE(board.stalled > 0);

    // Every cell against the core's own stall computation over each complaint's history as the hub keeps it.
    const ReferenceData &reference = hub.reference();
    const WorkingCalendar calendar(reference.calendar);
    std::map<std::pair<QString, QString>, std::set<QUuid>> expected;
    const auto rows = ComplaintRepository(w.workspace().cache()).page(std::nullopt, 100000);
    REQUIRE(rows.ok());
    for (const InboxRow &row : rows.value()) {
        const QUuid id(row.id);
        const Checklist c = checklistOf(hub.store().history(id).value(), *reference.sopCatalog(), calendar, board.at);
        if (c.stalled())
            expected[{c.opd, c.steps.at(c.stalledStep - 1).key}].insert(id);
    }
    std::map<std::pair<QString, QString>, std::set<QUuid>> shown;
    int stalled = 0;
    // The board holds counts; a cell's complaints are read on drill-down from the cache (cellIds).
    const StallBoardQuery query(w.workspace().cache(), *reference.sopCatalog(), calendar);
    const auto idsOf
        = [&](const StallCell &cell, const QDateTime &at) { return query.cellIds(cell.opd, cell.stepKey, at).value(); };
    for (const StallCell &cell : board.cells) {
        const QList<QUuid> ids = idsOf(cell, board.at);
        shown[{cell.opd, cell.stepKey}] = std::set<QUuid>(ids.begin(), ids.end());
        CHECK(cell.count == ids.size());
        stalled += cell.count;
    }
    CHECK(shown == expected);
    CHECK(stalled == board.stalled);

    // Drill down: the busiest cell by the mouse and Enter; exactly its complaints are listed.
    StallBoardModel *model = screen->board()->model();
    QModelIndex busiest;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = StallBoardModel::FirstStepColumn; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (model->countAt(index) > (busiest.isValid() ? model->countAt(busiest) : 0))
                busiest = index;
        }
    }
    REQUIRE(busiest.isValid());
    QTableView *table = child<QTableView>(screen, "stallBoardTableView");
    table->scrollTo(busiest);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(busiest).center());
    REQUIRE(table->currentIndex() == busiest);
    driver.key(Qt::Key_Return);
    const QList<QUuid> drilled = screen->board()->drilledComplaints();
    QList<QUuid> inBusiest;
    for (const StallCell &cell : model->cellsAt(busiest))
        inBusiest.append(idsOf(cell, board.at));
    std::sort(inBusiest.begin(), inBusiest.end());
    CHECK(drilled == inBusiest);
    auto *list = child<QTreeWidget>(screen, "stallDrillDownList");
    REQUIRE(list->topLevelItemCount() == drilled.size());

    // The longest stuck, first in the list, opens with Enter in a detail window with its stall and checklist.
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    driver.key(Qt::Key_Return);
    ComplaintDetailWindow *window = screen->detailWindow();
    REQUIRE(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
    const QUuid id = list->topLevelItem(0)->data(0, Qt::UserRole).value<QUuid>();
    REQUIRE(window->detail()->complaintId() == id);
    ComplaintChecklistPanel *panel = window->detail()->checklistPanel();
    const Checklist before = panel->checklist();
    REQUIRE(before.stalled());
    CHECK(window->detail()->text().contains(describeStall(before)));
    CHECK(child<QLabel>(panel, "checklistStallLabel")->text() == describeStall(before));

    // The command center records the OPD's phone report on the stalled step (selected as the current one): Alt+T.
    auto *tick = child<QPushButton>(panel, "checklistCompleteButton");
    CHECK(tick->text().remove(u'&').contains(u"phone report"_s));
    const QString stalledKey = before.steps.at(before.stalledStep - 1).key;
    driver.key(Qt::Key_T, Qt::AltModifier);
    w.waitFor([&] { return lastHubEvent(hub, id).type == EventType::StepDone && !w.shown(id).isPending(); },
              "the button clicks, and the hub confirms the phone report");
    const Event ticked = lastHubEvent(hub, id);
    CHECK(ticked.type == EventType::StepDone);
    CHECK(ticked.payload.value(u"step"_s).toString() == stalledKey);
    CHECK(ticked.payload.value(u"phone_report"_s).toBool());

    // Esc closes the window; Refresh computes the board again, and that complaint has left the cell.
    driver.key(Qt::Key_Escape);
    CHECK_FALSE(window->isVisible());
    QTest::mouseClick(child<QPushButton>(screen, "stallRefreshButton"), Qt::LeftButton);
    w.waitFor([&] { return !screen->isComputing() && model->snapshot().at > board.at; }, "the board is computed again");
    for (const StallCell &cell : model->snapshot().cells) {
        if (cell.stepKey == stalledKey)
            CHECK_FALSE(idsOf(cell, model->snapshot().at).contains(id));
    }
}
