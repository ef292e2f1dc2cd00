#include "ScoreboardModel.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString percent(std::optional<int> value)
{
    return value ? u"%1%"_s.arg(*value) : u"—"_s;
}

} // namespace

ScoreboardModel::ScoreboardModel(QObject *parent) : QAbstractTableModel(parent) { }

void ScoreboardModel::setScores(const QList<TraineeScore> &scores)
{
    // The same trainees in the same order (the roster's): the view keeps its selection.
    bool sameRows = scores.size() == m_scores.size();
    for (qsizetype i = 0; sameRows && i < scores.size(); ++i)
        sameRows = scores.at(i).trainee == m_scores.at(i).trainee;
    if (!sameRows) {
        beginResetModel();
        m_scores = scores;
        endResetModel();
        return;
    }
    m_scores = scores;
    if (!m_scores.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ScoreboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int ScoreboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScoreboardModel::duration(std::optional<qint64> seconds)
{
    if (!seconds)
        return u"—"_s;
    const qint64 minutes = *seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QVariant ScoreboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_scores.size())
        return {};
    const TraineeScore &s = m_scores.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Trainee)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Trainee:
        return role == Qt::ToolTipRole ? s.trainee : u"%1 (%2)"_s.arg(s.name, s.trainee);
    case Handled:
        return tr("%1 of %2").arg(s.handled).arg(s.arrived);
    case Decisions:
        return percent(s.decisionPercent());
    case Opds:
        return percent(s.opdPercent());
    case Triage:
        return duration(s.medianTriageSeconds);
    case Missed:
        return s.deadlinesMissed;
    default:
        return {};
    }
}

QVariant ScoreboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Trainee:
        return tr("Trainee");
    case Handled:
        return tr("Handled");
    case Decisions:
        return tr("Correct decision");
    case Opds:
        return tr("Correct OPD");
    case Triage:
        return tr("Median time to triage");
    case Missed:
        return tr("Deadlines missed");
    default:
        return {};
    }
}

} // namespace rabeg
