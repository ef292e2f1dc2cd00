#include "SopUiFixture.h"
#include "sop/StallBoardModel.h"
#include "sop/StallBoardView.h"
#include "store/StallBoardQuery.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::test::SopUiFixture;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("the stall board shows every cell of the board query, an OPD per row and a step per column", "[sopui][board]")
{
    SopUiFixture &f = SopUiFixture::get();
    StallBoardView view;
    auto *model = child<StallBoardModel>(view, "stallBoardModel");
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setSource(f.cache, f.reference, [&f] { return f.hubTime; });
    view.refresh();
    const StallBoardSnapshot expected
        = StallBoardQuery(f.cache, *f.reference.sopCatalog(), f.calendar).board(f.hubTime).value();
    REQUIRE(expected.cells.size() >= 10);
    CHECK(model->snapshot().cells == expected.cells);
    CHECK(child<QLabel>(view, "stallSummaryLabel")->text().contains(QLocale().toString(expected.stalled)));

    // Each of the core's cells is in exactly one model cell: its OPD's row, its position's column.
    int placed = 0;
    int total = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString opd = model->opdAt(row);
        int rowTotal = 0;
        for (int column = StallBoardModel::FirstStepColumn; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (const StallCell &cell : model->cellsAt(index)) {
                CHECK(cell.opd == opd);
                CHECK(cell.stepNumber == column - StallBoardModel::FirstStepColumn + 1);
                CHECK(index.data().toString().contains(cell.stepTitle));
                rowTotal += cell.count;
                ++placed;
            }
            double worst = 0;
            for (const StallCell &cell : model->cellsAt(index))
                worst = std::max(worst, cell.medianDaysStuck);
            CHECK(index.data(StallBoardModel::SeverityRole).toInt() == StallBoardModel::severityOf(worst));
        }
        CHECK(model->index(row, StallBoardModel::TotalColumn).data().toString() == QLocale().toString(rowTotal));
        total += rowTotal;
        if (row > 0) // most stalled OPD first
            CHECK(model->countAt(model->index(row - 1, 0)) >= model->countAt(model->index(row, 0)));
    }
    CHECK(placed == expected.cells.size());
    CHECK(total == expected.stalled);
}

TEST_CASE("double-click or Enter on a cell lists exactly that cell's complaints, and one of them can be opened",
          "[sopui][board]")
{
    SopUiFixture &f = SopUiFixture::get();
    StallBoardView view;
    view.setSource(f.cache, f.reference, [&f] { return f.hubTime; });
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    auto *model = view.model();
    auto *table = child<QTableView>(view, "stallBoardTableView");
    auto *list = child<QTreeWidget>(view, "stallDrillDownList");
    QSignalSpy chosen(&view, &StallBoardView::complaintsChosen);
    QSignalSpy opened(&view, &StallBoardView::complaintActivated);

    // Cells with complaints, the first with one step in it, another anywhere else.
    QList<QModelIndex> cells;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = StallBoardModel::FirstStepColumn; column < model->columnCount(); ++column) {
            if (!model->cellsAt(model->index(row, column)).isEmpty())
                cells.append(model->index(row, column));
        }
    }
    REQUIRE(cells.size() >= 2);

    // Enter on the current cell.
    table->setFocus();
    table->setCurrentIndex(cells.first());
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(chosen.size() == 1);
    // The board holds counts; the cell's complaints are those of the query's cell (checked against the core by
    // test_stall_board_query).
    const StallBoardQuery query(f.cache, *f.reference.sopCatalog(), f.calendar);
    const auto idsAt = [&](const QModelIndex &index) {
        QList<QUuid> ids;
        for (const StallCell &cell : model->cellsAt(index))
            ids.append(query.cellIds(cell.opd, cell.stepKey, f.hubTime).value());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const QList<QUuid> expected = idsAt(cells.first());
    CHECK(expected.size() == model->countAt(cells.first()));
    CHECK(chosen.first().first().value<QList<QUuid>>() == expected);
    REQUIRE(list->topLevelItemCount() == expected.size());
    QList<QUuid> listed;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        listed.append(list->topLevelItem(i)->data(0, Qt::UserRole).value<QUuid>());
        CHECK(list->topLevelItem(i)->text(0).startsWith(u"SRG-"_s));
        CHECK(list->topLevelItem(i)->text(4).toInt() >= 1); // stalled: at least a working day over
    }
    std::sort(listed.begin(), listed.end());
    CHECK(listed == expected);
    CHECK(child<QLabel>(view, "stallDrillDownLabel")->text().contains(model->opdAt(cells.first().row())));

    // Double-click on another cell.
    const QModelIndex other = cells.last();
    table->scrollTo(other);
    const QPoint centre = table->visualRect(other).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(chosen.size() == 2);
    CHECK(chosen.last().first().value<QList<QUuid>>() == idsAt(other));
    CHECK(list->topLevelItemCount() == model->countAt(other));

    // Enter on a listed complaint asks to open it.
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().value<QUuid>() == list->topLevelItem(0)->data(0, Qt::UserRole).value<QUuid>());
}
