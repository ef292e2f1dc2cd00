#pragma once

#include "training/TraineeScore.h"

#include <QAbstractTableModel>

namespace rabeg {

// The live scoreboard: one row per trainee, the measures of docs/training.md ("Scoring") as the hub computed them.
class ScoreboardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreboardModel)

public:
    enum Column { Trainee, Handled, Decisions, Opds, Triage, Missed, ColumnCount };

    explicit ScoreboardModel(QObject *parent = nullptr);

    void setScores(const QList<TraineeScore> &scores);
    const QList<TraineeScore> &scores() const { return m_scores; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1 h 05 min", "12 min", "—": time to triage as a trainer reads it.
    static QString duration(std::optional<qint64> seconds);

private:
    QList<TraineeScore> m_scores;
};

} // namespace rabeg
