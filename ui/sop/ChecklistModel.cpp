#include "ChecklistModel.h"

#include "Labels.h"
#include "SopText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace rabeg {

ChecklistModel::ChecklistModel(QObject *parent) : QAbstractTableModel(parent) { }

void ChecklistModel::setChecklist(const Checklist &checklist)
{
    beginResetModel();
    m_checklist = checklist;
    endResetModel();
}

void ChecklistModel::setPendingSteps(const QSet<QString> &keys)
{
    if (keys == m_pending)
        return;
    m_pending = keys;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checklist.steps.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChecklistModel::doneText(const ChecklistStep &step) const
{
    if (m_pending.contains(step.key))
        return step.done()
            ? tr("%1 by %2 (pending: not yet confirmed by the hub)").arg(Labels::wib(step.doneAt), step.doneBy)
            : tr("reopened (pending: not yet confirmed by the hub)");
    if (step.done()) {
        const QString when = Labels::wib(step.doneAt);
        return step.phoneReport ? tr("%1 by %2 (phone report)").arg(when, step.doneBy)
                                : tr("%1 by %2").arg(when, step.doneBy);
    }
    if (step.number == m_checklist.stalledStep)
        return tr("stalled, %n working day(s) over", nullptr, m_checklist.daysOver);
    if (step.number == m_checklist.currentStep)
        return m_checklist.currentDueAt.isValid()
            ? tr("in progress, due %1").arg(Labels::wibDue(m_checklist.currentDueAt))
            : tr("in progress");
    return step.reopenedAt.isValid() ? tr("reopened %1").arg(Labels::wib(step.reopenedAt)) : tr("open");
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistStep &step = m_checklist.steps.at(index.row());
    const bool stalled = step.number == m_checklist.stalledStep;
    const bool pending = m_pending.contains(step.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return step.number;
        case StepColumn:
            return step.title;
        case ExpectedColumn:
            return SopText::workingDays(step.expectedDays);
        case RoleColumn:
            return SopText::role(step.role);
        case CriticalColumn:
            return step.critical ? tr("Critical") : QString();
        case DoneColumn:
            return doneText(step);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CriticalColumn && step.critical)
            return tr("A critical step must be done before the complaint is answered.");
        if (index.column() == StepColumn)
            return step.key;
        break;
    case Qt::FontRole:
        if (step.number == m_checklist.currentStep || (index.column() == CriticalColumn && step.critical)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (pending)
            return QBrush(QColor(0xff, 0xf4, 0xd6));
        if (stalled)
            return QBrush(QColor(0xfd, 0xde, 0xdb));
        if (step.done())
            return QBrush(QColor(0xe8, 0xf3, 0xea));
        break;
    case Qt::ForegroundRole:
        if (pending && index.column() == DoneColumn)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        if (stalled)
            return QBrush(QColor(0x8e, 0x1b, 0x10));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KeyRole:
        return step.key;
    case DoneRole:
        return step.done();
    case PendingRole:
        return pending;
    default:
        break;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case StepColumn:
        return tr("Step");
    case ExpectedColumn:
        return tr("Expected");
    case RoleColumn:
        return tr("Role");
    case CriticalColumn:
        return tr("Critical");
    case DoneColumn:
        return tr("Done");
    }
    return {};
}

} // namespace rabeg
