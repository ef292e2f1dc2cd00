#pragma once

#include "store/StallBoardQuery.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QModelIndex;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace rabeg {

class ReferenceData;
class StallBoardModel;

// "Where services stall" (DESIGN.md, dashboard): the stall board as an OPD x step matrix with counts and median
// working days stuck, coloured by severity. Double-click or Enter on a cell drills down: the view reads exactly
// that cell's complaints from the cache then (the board itself holds counts), emits them and lists them below
// (tracking number, title, step, days); activating one of them asks to open it. The board comes either from setBoard (computed elsewhere, e.g. off the GUI thread) or from the
// local cache through setSource + refresh.
class StallBoardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallBoardView)

public:
    explicit StallBoardView(QWidget *parent = nullptr);
    ~StallBoardView() override;

    // Reads the board from this cache at hub time `clock()`, with the SOP templates the cache holds (shipped and
    // synced) and the calendar it adopted (shipped, or published by an admin), read again at each refresh.
    void setSource(LocalCache &cache, const ReferenceData &reference, std::function<QDateTime()> clock);
    // Recomputes the board from the source (keeps the drill-down's cell when it still exists).
    void refresh();
    void setBoard(const StallBoardSnapshot &board);
    // "DINAS PERHUBUNGAN" in tooltips; setSource fills these from the reference data.
    void setOpdNames(const QHash<QString, QString> &names);
    // The same from reference data (the shipped data at setSource, the reference in force after each sync).
    void nameOpdsFrom(const ReferenceData &reference);

    StallBoardModel *model() const { return m_model; }
    // The drill-down of the cell at (row, column) of the model, as double-click or Enter does it.
    void drillDown(const QModelIndex &index);
    QList<QUuid> drilledComplaints() const { return m_drilled; }

signals:
    void complaintsChosen(const QList<QUuid> &complaints);
    void complaintActivated(const QUuid &complaint);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRows(const QList<StalledComplaint> &unsorted);
    void activateRow(QTreeWidgetItem *item);

    StallBoardModel *m_model = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_legendLabel = nullptr;
    QLabel *m_drillLabel = nullptr;
    QTreeWidget *m_drillList = nullptr;
    QList<QUuid> m_drilled;
    QString m_drillTitle;
    // The board's query over the cache's templates and its adopted calendar (none before setSource).
    std::optional<StallBoardQuery> query() const;

    LocalCache *m_cache = nullptr;
    SopCatalog m_shipped;
    std::unique_ptr<SopCatalog> m_catalog; // the query's: shipped plus synced versions
    std::function<QDateTime()> m_clock;
};

} // namespace rabeg
