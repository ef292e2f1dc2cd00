#include "StallBoardModel.h"

#include "SopText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

StallBoardModel::StallBoardModel(QObject *parent) : QAbstractTableModel(parent) { }

int StallBoardModel::severityOf(double medianDays)
{
    if (medianDays <= 0)
        return 0;
    // Two working weeks, and six: past the 14 calendar days of the follow-up deadline the Ombudsman is involved.
    return medianDays < 10 ? 1 : medianDays < 30 ? 2 : 3;
}

void StallBoardModel::setSnapshot(const StallBoardSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_rows.clear();
    m_positions = 0;
    QHash<QString, qsizetype> rowOf;
    for (const StallCell &cell : snapshot.cells) {
        if (!rowOf.contains(cell.opd)) {
            rowOf.insert(cell.opd, m_rows.size());
            m_rows.append({cell.opd, 0, {}});
        }
        Row &row = m_rows[rowOf.value(cell.opd)];
        row.total += cell.count;
        row.cells.append(cell);
        m_positions = std::max(m_positions, cell.stepNumber);
    }
    // Where most complaints stall comes first.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.total != b.total ? a.total > b.total : a.opd < b.opd; });
    endResetModel();
}

void StallBoardModel::setOpdNames(const QHash<QString, QString> &names)
{
    m_opdNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, OpdColumn), index(rowCount() - 1, OpdColumn), {Qt::ToolTipRole});
}

QList<StallCell> StallBoardModel::cellsAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() < FirstStepColumn)
        return row.cells;
    QList<StallCell> cells;
    for (const StallCell &cell : row.cells) {
        if (cell.stepNumber == index.column() - FirstStepColumn + 1)
            cells.append(cell);
    }
    return cells;
}

int StallBoardModel::countAt(const QModelIndex &index) const
{
    int count = 0;
    for (const StallCell &cell : cellsAt(index))
        count += cell.count;
    return count;
}

QString StallBoardModel::opdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).opd : QString();
}

int StallBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StallBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstStepColumn + m_positions;
}

QVariant StallBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == OpdColumn) {
        if (role == Qt::DisplayRole)
            return row.opd;
        if (role == Qt::ToolTipRole)
            return opdName(row.opd);
    }
    if (index.column() == TotalColumn) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.total);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    const QList<StallCell> cells = index.column() >= FirstStepColumn ? cellsAt(index) : QList<StallCell>();
    double worst = 0;
    for (const StallCell &cell : cells)
        worst = std::max(worst, cell.medianDaysStuck);
    const int severity = severityOf(worst);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() >= FirstStepColumn) {
            QStringList lines;
            for (const StallCell &cell : cells)
                lines.append(
                    tr("%1 · %2 · %3").arg(cell.count).arg(SopText::medianDays(cell.medianDaysStuck), cell.stepTitle));
            return lines.join(u'\n');
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const StallCell &cell : cells)
            lines.append(tr("Step %1, %2 (%3): %n complaint(s) stalled, median %4 working days at the step, "
                            "longest %5",
                            nullptr, cell.count)
                             .arg(cell.stepNumber)
                             .arg(cell.stepTitle, cell.stepKey)
                             .arg(QLocale().toString(cell.medianDaysStuck))
                             .arg(cell.maxDaysStuck));
        if (!lines.isEmpty())
            return lines.join(u'\n');
        break;
    }
    case Qt::BackgroundRole:
        switch (severity) {
        case 1:
            return QBrush(QColor(0xff, 0xf1, 0xc7));
        case 2:
            return QBrush(QColor(0xfc, 0xc6, 0x8c));
        case 3:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (severity == 3)
            return QBrush(Qt::white);
        break;
    case CountRole:
        return countAt(index);
    case SeverityRole:
        return severity;
    case CellsRole:
        return int(cells.size());
    default:
        break;
    }
    return {};
}

QVariant StallBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == OpdColumn)
        return tr("OPD");
    if (section == TotalColumn)
        return tr("Stalled");
    return tr("Step %1").arg(section - FirstStepColumn + 1);
}

} // namespace rabeg
