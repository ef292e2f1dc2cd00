#pragma once

#include "store/StallBoardQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rabeg {

// The stall board as a matrix: a row per OPD with stalled complaints (most first), its total, and a column per
// step position ("Step 1", "Step 2"...). A cell holds the core's cells of that OPD at that position: usually one
// step, more where the OPD's templates have different steps at the same position (one line each). Coloured by
// severity: the largest median of working days at the step.
class StallBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallBoardModel)

public:
    enum Column { OpdColumn, TotalColumn, FirstStepColumn };
    static constexpr int CountRole = Qt::UserRole + 1; // int: how many stalled complaints the cell holds
    static constexpr int SeverityRole = Qt::UserRole + 2; // 0 (none), 1, 2, 3
    static constexpr int CellsRole = Qt::UserRole + 3; // int: how many of the core's cells the cell holds

    explicit StallBoardModel(QObject *parent = nullptr);

    void setSnapshot(const StallBoardSnapshot &snapshot);
    const StallBoardSnapshot &snapshot() const { return m_snapshot; }
    void setOpdNames(const QHash<QString, QString> &names);
    // The name an OPD column's tooltip shows for `code` (the code itself when no name is known).
    QString opdName(const QString &code) const { return m_opdNames.value(code, code); }

    // The core's cells behind one model cell (all of the OPD's for the OPD and total columns).
    QList<StallCell> cellsAt(const QModelIndex &index) const;
    // How many stalled complaints the cell holds (the snapshot counts them; their ids are read on drill-down).
    int countAt(const QModelIndex &index) const;
    QString opdAt(int row) const;
    // 1 under 10 working days, 2 under 30, 3 from 30 on (median working days at the step).
    static int severityOf(double medianDays);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString opd;
        int total = 0;
        QList<StallCell> cells; // in the core's order: by step position, then key
    };

    StallBoardSnapshot m_snapshot;
    QList<Row> m_rows;
    int m_positions = 0;
    QHash<QString, QString> m_opdNames;
};

} // namespace rabeg
