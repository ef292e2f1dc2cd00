#include "SopStepsModel.h"

#include "SopText.h"

using namespace Qt::StringLiterals;

namespace rabeg {

SopStepsModel::SopStepsModel(QObject *parent) : QAbstractTableModel(parent) { }

void SopStepsModel::setSteps(const QList<SopStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    renumber();
    endResetModel();
}

void SopStepsModel::renumber()
{
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        m_steps[i].number = int(i + 1);
}

int SopStepsModel::addStep(int row)
{
    row = std::clamp(row, 0, int(m_steps.size()));
    // A key that no step has yet; the person renames it.
    int n = int(m_steps.size()) + 1;
    const auto taken = [this](const QString &key) {
        return std::any_of(m_steps.cbegin(), m_steps.cend(), [&key](const SopStep &s) { return s.key == key; });
    };
    while (taken(u"langkah-%1"_s.arg(n)))
        ++n;
    beginInsertRows({}, row, row);
    m_steps.insert(row, SopStep {0, u"langkah-%1"_s.arg(n), QString(), 1, u"liaison"_s, false});
    renumber();
    endInsertRows();
    emit edited();
    return row;
}

bool SopStepsModel::removeStep(int row)
{
    if (row < 0 || row >= m_steps.size())
        return false;
    beginRemoveRows({}, row, row);
    m_steps.removeAt(row);
    renumber();
    endRemoveRows();
    emit edited();
    return true;
}

bool SopStepsModel::moveStep(int row, int by)
{
    const int to = row + by;
    if (row < 0 || row >= m_steps.size() || to < 0 || to >= m_steps.size() || by == 0)
        return false;
    // beginMoveRows names the row the moved one goes before, in the list as it was.
    if (!beginMoveRows({}, row, row, {}, by > 0 ? to + 1 : to))
        return false;
    m_steps.move(row, to);
    renumber();
    endMoveRows();
    emit edited();
    return true;
}

int SopStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int SopStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SopStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopStep &step = m_steps.at(index.row());
    if (index.column() == CriticalColumn) {
        if (role == Qt::CheckStateRole)
            return step.critical ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("A critical step must be done before the complaint is answered.");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return step.key;
    case TitleColumn:
        return step.title;
    case DaysColumn:
        return role == Qt::EditRole ? QVariant(step.expectedDays) : QVariant(SopText::workingDays(step.expectedDays));
    case RoleColumn:
        return role == Qt::EditRole ? step.role : SopText::role(step.role);
    default:
        return {};
    }
}

bool SopStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SopStep &step = m_steps[index.row()];
    if (index.column() == CriticalColumn && role == Qt::CheckStateRole) {
        step.critical = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case KeyColumn:
            step.key = value.toString().trimmed();
            break;
        case TitleColumn:
            step.title = value.toString().trimmed();
            break;
        case DaysColumn:
            step.expectedDays = value.toInt();
            break;
        case RoleColumn:
            step.role = value.toString();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags SopStepsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == CriticalColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant SopStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TitleColumn:
        return tr("Title");
    case DaysColumn:
        return tr("Expected");
    case RoleColumn:
        return tr("Role");
    case CriticalColumn:
        return tr("Critical");
    }
    return {};
}

} // namespace rabeg
