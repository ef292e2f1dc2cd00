// The inbox as a windowed model: as many rows as SQL counts, any row read when asked for, a few pages held; the
// operator's place kept through a refresh; and a drill-down's "only these complaints" in SQL, under a chip.
#include <catch2/catch.hpp>

#include "InboxFilterBar.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "ComplaintDetailView.h"
#include "DeadlineBars.h"
#include "Language.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QFontMetrics>
#include <QAbstractButton>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

// The complaint ids in the inbox's order, straight from SQL.
QStringList idsInListOrder(LocalCache &cache, bool oldestFirst = false)
{
    const QString order = oldestFirst ? u"ASC"_s : u"DESC"_s;
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT id FROM complaints ORDER BY received_at "_s + order + u", id "_s + order));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QStringList modelIds(const InboxModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.complaintIdAt(row));
    return ids;
}

struct Window
{
    DemoCache demo;
    QSettings settings{demo.dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    Language language;
    std::unique_ptr<Workspace> workspace;

    explicit Window(int count) : demo(count, u"inbox-window-fill"_s)
    {
        REQUIRE(language.use(u"en"_s));
        demo.cache.close();
        Workspace::Options options;
        options.cachePath = demo.path();
        options.settings = &settings;
        options.cacheDescription = u"ui.sqlite"_s;
        auto opened = Workspace::open(options, demo.reference, language);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
    }
    InboxView &inbox() { return *workspace->window().inbox(); }
};

} // namespace

TEST_CASE("the inbox model counts in SQL, reads any row when asked and holds no more than a few pages")
{
    DemoCache f(1500, u"inbox-window"_s);
    InboxModel model(f.cache, f.reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList expected = idsInListOrder(f.cache);
    REQUIRE(model.rowCount() == 1500);
    CHECK_FALSE(model.canFetchMore({})); // nothing is appended: the rows are all there to ask for
    // Rows asked for far apart and out of order (jumps of the scroll bar), each page read on its own.
    for (int step = 0; step < 1500; ++step) {
        const int row = int((qint64(step) * 977) % 1500);
        CAPTURE(row);
        REQUIRE(model.complaintIdAt(row) == expected.at(row));
        CHECK(model.heldPages() <= InboxModel::kHeldPages);
    }
    CHECK(model.heldPages() == InboxModel::kHeldPages);
    CHECK(model.index(1499, InboxModel::TrackingId).data().toString().startsWith(u"SRG-"_s));
    CHECK_FALSE(model.index(1500, 0).isValid());

    // The order turned by the "Received" header, in SQL.
    model.sort(InboxModel::Received, Qt::AscendingOrder);
    CHECK(model.criteria().oldestFirst);
    CHECK(modelIds(model) == idsInListOrder(f.cache, true));
    model.sort(InboxModel::Title, Qt::AscendingOrder); // no other column orders the list
    CHECK(model.criteria().oldestFirst);
    model.sort(InboxModel::Received, Qt::DescendingOrder);
    CHECK(modelIds(model) == expected);
}

TEST_CASE("a refresh keeps the selected complaint selected at its new row when newer complaints arrived")
{
    Window w(700);
    QTableView *table = w.inbox().table();
    const QStringList before = idsInListOrder(w.workspace->cache());
    table->selectRow(450);
    const QUuid chosen = w.inbox().currentComplaint();
    REQUIRE(chosen == QUuid::fromString(before.at(450)));

    // A sync brings ten complaints newer than all of them.
    DemoOptions options;
    options.seed = 7;
    options.count = 10;
    options.weeks = 12;
    options.end = QDateTime(QDate(2027, 6, 1), QTime(3, 0), Qt::UTC);
    REQUIRE_FALSE(fillWithDemoData(w.workspace->cache(), w.demo.reference, DemoCorpus::loadBuiltin().value(), options));
    REQUIRE(idsInListOrder(w.workspace->cache()).indexOf(chosen.toString(QUuid::WithoutBraces)) == 460);
    w.inbox().reload();
    CHECK(w.inbox().model()->rowCount() == 710);
    CHECK(w.inbox().currentComplaint() == chosen);
    CHECK(table->currentIndex().row() == 460);
    CHECK(table->selectionModel()->isRowSelected(460, {}));
}

TEST_CASE("showOnly lists exactly the given complaints in the list's order, under a chip that takes them away")
{
    Window w(600);
    InboxView &inbox = w.inbox();
    const QStringList all = idsInListOrder(w.workspace->cache());
    // Every third complaint, given in no particular order, and one id the cache does not hold.
    QList<QUuid> chosen;
    QStringList expected;
    for (int i = 0; i < all.size(); i += 3) {
        chosen.prepend(QUuid::fromString(all.at(i)));
        expected.append(all.at(i));
    }
    chosen.append(QUuid::createUuid());
    inbox.showOnly(chosen, u"Escalated in Kasemen this week"_s);
    CHECK(modelIds(*inbox.model()) == expected);
    CHECK(inbox.model()->criteria().onlyLabel == u"Escalated in Kasemen this week"_s);
    QWidget *chip = inbox.filterBar()->onlyChip();
    REQUIRE(chip);
    CHECK(chip->isVisibleTo(&inbox));
    CHECK(chip->findChild<QLabel *>(u"onlyIdsLabel"_s)->text().contains(u"Escalated in Kasemen this week"_s));
    CHECK(inbox.findChild<QLabel *>(u"inboxSummaryLabel"_s)->text().contains(u"Escalated in Kasemen this week"_s));

    // Other filters narrow the drill-down further, in SQL too.
    InboxCriteria narrowed = inbox.model()->criteria();
    narrowed.oldestFirst = true;
    inbox.model()->setCriteria(narrowed);
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(modelIds(*inbox.model()) == reversed);

    // The chip's button takes the restriction away.
    chip->findChild<QToolButton *>(u"onlyIdsRemoveToolButton"_s)->click();
    CHECK_FALSE(chip->isVisibleTo(&inbox));
    CHECK_FALSE(inbox.model()->criteria().restrictedToIds());
    CHECK(inbox.model()->rowCount() == 600);

    // A drill-down of nothing lists nothing (not everything).
    inbox.showOnly({}, u"Empty cell"_s);
    CHECK(inbox.model()->rowCount() == 0);
    CHECK(chip->isVisibleTo(&inbox));
}

TEST_CASE("a drill-down of tens of thousands of ids is joined in SQL and pages like any filter")
{
    DemoCache f(400, u"inbox-many-ids"_s);
    InboxModel model(f.cache, f.reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList all = idsInListOrder(f.cache);
    InboxCriteria criteria;
    criteria.onlyLabel = u"many"_s;
    for (int i = 0; i < 30000; ++i)
        criteria.onlyIds.append(QUuid::createUuid()); // not cached: joined, never listed
    QStringList expected;
    for (int i = 1; i < all.size(); i += 2) {
        criteria.onlyIds.append(QUuid::fromString(all.at(i)));
        expected.append(all.at(i));
    }
    model.setCriteria(criteria);
    CHECK(model.totalCount() == expected.size());
    CHECK(modelIds(model) == expected);
}

TEST_CASE("a complaint's SOP checklist is a tab beside its history: the list keeps its height, the row stays in sight")
{
    Window w(400);
    QSet<QString> withChecklist; // the complaints an OPD works through an SOP (their checklist shows in the detail)
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inbox-window-checklists"_s);
        plain.setDatabaseName(w.demo.path());
        REQUIRE(plain.open());
        QSqlQuery q(plain);
        REQUIRE(q.exec(u"SELECT complaint_id FROM sop_progress"_s));
        while (q.next())
            withChecklist.insert(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(u"inbox-window-checklists"_s);
    REQUIRE_FALSE(withChecklist.isEmpty());

    MainWindow &window = w.workspace->window();
    window.resize(1680, 1050);
    window.show();
    QTest::qWait(100);
    QTableView *table = w.inbox().table();
    const auto *model = qobject_cast<const InboxModel *>(table->model());
    REQUIRE(model);
    auto *panel = w.inbox().findChild<QWidget *>(u"complaintChecklistPanel"_s); // the inbox's detail, not another tab's
    REQUIRE(panel);
    int without = -1;
    int with = -1;
    for (int row = 0; row < model->rowCount() && (without < 0 || with < 0); ++row) {
        const bool has = withChecklist.contains(model->complaintIdAt(row));
        if (!has && without < 0)
            without = row;
        if (has && row > 60 && with < 0)
            with = row;
    }
    REQUIRE(without >= 0);
    REQUIRE(with >= 0);
    auto *tabs = w.inbox().detail()->findChild<QTabWidget *>(u"detailTabs"_s);
    REQUIRE(tabs);
    // A complaint without a checklist selected: only its history is offered; then the list scrolled so that one
    // with a checklist is its last row.
    table->setCurrentIndex(model->index(without, 0));
    QTest::qWait(100);
    REQUIRE_FALSE(panel->isVisible());
    CHECK_FALSE(w.inbox().detail()->checklistOffered());
    CHECK_FALSE(tabs->isTabVisible(1));
    table->scrollTo(model->index(with, 0), QAbstractItemView::PositionAtBottom);
    QTest::qWait(50);
    const int listHeight = table->viewport()->height();
    REQUIRE(table->visualRect(model->index(with, 0)).bottom() < listHeight);
    // Selecting it offers its checklist as a tab (an operator stays on the history); the list keeps its height.
    table->setCurrentIndex(model->index(with, 0));
    QTest::qWait(200);
    CHECK(w.inbox().detail()->checklistOffered());
    CHECK(tabs->isTabVisible(1));
    CHECK(tabs->tabText(1).startsWith(u"SOP checklist ("_s));
    CHECK_FALSE(panel->isVisible());
    CHECK(table->viewport()->height() == listHeight);
    const QRect shown = table->visualRect(model->index(with, 0));
    CHECK(shown.top() >= 0);
    CHECK(shown.bottom() < table->viewport()->height());
    // The tab picked is kept: the checklist in front, the next complaint with one opens on it too; one without falls
    // back to the history.
    tabs->setCurrentIndex(1);
    QTest::qWait(50);
    CHECK(panel->isVisible());
    int next = -1;
    for (int row = with + 1; row < model->rowCount() && next < 0; ++row) {
        if (withChecklist.contains(model->complaintIdAt(row)))
            next = row;
    }
    REQUIRE(next > 0);
    table->setCurrentIndex(model->index(next, 0));
    QTest::qWait(100);
    CHECK(tabs->currentIndex() == 1);
    CHECK(panel->isVisible());
    table->setCurrentIndex(model->index(without, 0));
    QTest::qWait(100);
    CHECK(tabs->currentIndex() == 0);
    CHECK_FALSE(panel->isVisible());
    table->setCurrentIndex(model->index(next, 0));
    QTest::qWait(100);
    CHECK(tabs->currentIndex() == 1);
}

TEST_CASE("the workspace fits a 1366x768 laptop screen with a complaint's checklist shown")
{
    Window w(400);
    REQUIRE(w.language.use(u"id"_s)); // Indonesian: the longer labels
    MainWindow &window = w.workspace->window();
    window.resize(1366, 768);
    window.show();
    QTest::qWait(50);
    QTableView *table = w.inbox().table();
    const auto *model = qobject_cast<const InboxModel *>(table->model());
    REQUIRE(model);
    // Every page of the tab stack counts, the dashboard's too, and the detail with its checklist at its tallest.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, InboxModel::State).data().toString() == u"Dalam proses"_s) {
            table->setCurrentIndex(model->index(row, 0));
            break;
        }
    }
    QTest::qWait(100);
    w.inbox().detail()->showChecklistTab();
    QTest::qWait(50);
    REQUIRE(w.inbox().findChild<QWidget *>(u"complaintChecklistPanel"_s)->isVisible());
    const QSize smallest = window.minimumSizeHint().expandedTo(window.minimumSize());
    CAPTURE(smallest.width(), smallest.height());
    CHECK(smallest.width() <= 1366);
    // The screen less a window title and a desktop's panel: what a 768-pixel laptop gives a maximised window.
    CHECK(smallest.height() <= 700);
    CHECK(window.height() <= 768);
    // The title, what a row is read by, keeps at least 30% of the list's width at 1366 pixels (the other columns
    // narrowed, their text elided and whole in the tooltip); on a wide screen every column has its text's width.
    const int viewport = table->viewport()->width();
    CAPTURE(viewport, table->columnWidth(InboxModel::Title));
    CHECK(table->columnWidth(InboxModel::Title) >= viewport * 30 / 100);
    const QFontMetrics metrics = table->fontMetrics();
    const int stallText = metrics.horizontalAdvance(u"langkah 3 macet 12 hari kerja"_s);
    CHECK(table->columnWidth(InboxModel::Stalled) < stallText);
    window.resize(1920, 1080);
    QTest::qWait(50);
    CAPTURE(table->viewport()->width(), table->columnWidth(InboxModel::Title));
    CHECK(table->columnWidth(InboxModel::Stalled) >= stallText);
    CHECK(table->columnWidth(InboxModel::Title) >= table->viewport()->width() * 30 / 100);
}

TEST_CASE("an empty inbox of a training class says the complaints arrive with the class clock")
{
    Window w(0);
    auto *summary = w.inbox().findChild<QLabel *>(u"inboxSummaryLabel"_s);
    REQUIRE(summary);
    CHECK(summary->text() == u"Inbox — 0 complaints in the local cache"_s);
    w.workspace->window().setTrainingBanner(u"training"_s);
    CHECK(summary->text()
          == u"Inbox — 0 complaints in the local cache · the class's complaints arrive as the trainer runs its clock"_s);
}

TEST_CASE("an inbox with complaints, or of a demo store, has no training hint")
{
    {
        Window w(20);
        w.workspace->window().setTrainingBanner(u"training"_s);
        CHECK(w.inbox().findChild<QLabel *>(u"inboxSummaryLabel"_s)->text()
              == u"Inbox — 20 complaints in the local cache"_s);
    }
    Window empty(0);
    empty.workspace->window().setTrainingBanner(u"demo"_s);
    CHECK(empty.inbox().findChild<QLabel *>(u"inboxSummaryLabel"_s)->text()
          == u"Inbox — 0 complaints in the local cache"_s);
}

// What must hold: the detail pane shows a complaint of the list the operator asked for, or nothing. After a search
// or a drill-down it went on showing the complaint read before although the list had left it out; after a training
// class started again (an empty inbox) it kept that complaint's deadline bars and its escalation packet button,
// which then failed in English (new-user tests).
TEST_CASE("the detail follows a filter or a drill-down: the complaint kept if listed, else the first, else nothing")
{
    Window w(600);
    InboxView &inbox = w.inbox();
    ComplaintDetailView *detail = inbox.detail();
    const QStringList all = idsInListOrder(w.workspace->cache());
    inbox.table()->selectRow(300);
    const QUuid chosen = QUuid::fromString(all.at(300));
    REQUIRE(detail->complaintId() == chosen);

    QList<QUuid> withIt{QUuid::fromString(all.at(10)), chosen, QUuid::fromString(all.at(500))};
    inbox.showOnly(withIt, u"Tiga aduan"_s);
    CHECK(inbox.currentComplaint() == chosen);
    CHECK(detail->complaintId() == chosen);

    QList<QUuid> without{QUuid::fromString(all.at(20)), QUuid::fromString(all.at(40))};
    inbox.showOnly(without, u"Dua aduan lain"_s);
    CHECK(inbox.currentComplaint() == QUuid::fromString(all.at(20))); // the list's first, in its order
    CHECK(detail->complaintId() == QUuid::fromString(all.at(20)));

    inbox.showOnly({}, u"Sel kosong"_s);
    CHECK(detail->complaintId().isNull());
    CHECK(detail->findChild<DeadlineBars *>()->bars().isEmpty());
}

TEST_CASE("a complaint gone from the cache leaves no deadline bars nor packet button in the detail")
{
    Window w(600);
    InboxView &inbox = w.inbox();
    ComplaintDetailView *detail = inbox.detail();
    QSqlQuery q(w.workspace->cache().database());
    REQUIRE(q.exec(u"SELECT c.id FROM complaints c JOIN complaint_due d ON d.id = c.id WHERE c.escalated = 1 LIMIT 1"_s));
    REQUIRE(q.next()); // the demo escalates some complaints
    const QString gone = q.value(0).toString();
    q.finish();
    inbox.table()->selectRow(inbox.model()->rowOfComplaint(gone));
    auto *packet = detail->findChild<QPushButton *>(u"escalationPacketPushButton"_s);
    REQUIRE(packet);
    REQUIRE(packet->isVisibleTo(detail));
    REQUIRE_FALSE(detail->findChild<DeadlineBars *>()->bars().isEmpty());

    // It leaves the cache (its OPD's scope changed; a training class started again): the list still has others.
    REQUIRE(q.exec(u"DELETE FROM complaints WHERE id = '"_s + gone + u"'"_s));
    inbox.reload();
    CHECK(detail->complaintId() == QUuid::fromString(gone)); // still named, to say what became of it
    CHECK(detail->findChild<QTextBrowser *>(u"complaintDetailTextBrowser"_s)->toPlainText().contains(u"not in the local cache"_s));
    CHECK_FALSE(packet->isVisibleTo(detail));
    CHECK(detail->findChild<DeadlineBars *>()->bars().isEmpty());

    // Every complaint leaves: nothing is shown.
    REQUIRE(q.exec(u"DELETE FROM complaints"_s));
    inbox.reload();
    CHECK(detail->complaintId().isNull());
}

// The window grew past a 1366-pixel screen and stayed so once the notifications opened beside the inbox, or a
// drill-down put its chip in the filter bar (a new-user test: 1693 and 1558 pixels). What must hold: neither makes
// the window need more than the laptop's width.
TEST_CASE("the notifications beside the inbox and a drill-down's chip keep the window within 1366 pixels")
{
    Window w(400);
    REQUIRE(w.language.use(u"id"_s));
    MainWindow &window = w.workspace->window();
    window.resize(1366, 768);
    window.show();
    QTest::qWait(50);
    const auto smallestWidth = [&] { return window.minimumSizeHint().expandedTo(window.minimumSize()).width(); };
    REQUIRE(smallestWidth() <= 1366);

    w.inbox().showOnly({QUuid::createUuid()}, u"Lewat tenggat di Dinas Kependudukan dan Pencatatan Sipil (26)"_s);
    QTest::qWait(50);
    CAPTURE(smallestWidth());
    CHECK(smallestWidth() <= 1366);

    auto *dock = window.findChild<QDockWidget *>(u"alertsDock"_s);
    REQUIRE(dock);
    dock->show();
    QTest::qWait(50);
    CAPTURE(smallestWidth(), dock->minimumSizeHint().width());
    CHECK(smallestWidth() <= 1366);
    CHECK(window.width() <= 1366);
    // And the dock's own buttons are whole inside the window: the count beside them made the dock's content wider
    // than the dock, and "Bisukan…" was cut at the screen's edge.
    for (const char *name : {"markAllReadPushButton", "muteToolButton"}) {
        auto *button = dock->findChild<QAbstractButton *>(QString::fromLatin1(name));
        REQUIRE(button);
        CAPTURE(name, button->width(), button->sizeHint().width(), button->mapTo(&window, QPoint(button->width(), 0)).x());
        CHECK(button->width() >= button->sizeHint().width());
        CHECK(button->mapTo(&window, QPoint(button->width(), 0)).x() <= window.width());
    }
}
