#pragma once

#include "refdata/ReferenceTypes.h"

#include <QAbstractTableModel>

namespace rabeg {

// The ordered steps of a template being edited: key, title, expected working days, role and critical, each
// editable in place; steps are added, removed and moved, and renumbered as they move.
class SopStepsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopStepsModel)

public:
    enum Column { KeyColumn, TitleColumn, DaysColumn, RoleColumn, CriticalColumn, ColumnCount };

    explicit SopStepsModel(QObject *parent = nullptr);

    void setSteps(const QList<SopStep> &steps);
    QList<SopStep> steps() const { return m_steps; }

    // A new step at `row` (a fresh key, one working day, the liaison); returns its row.
    int addStep(int row);
    bool removeStep(int row);
    // Moves one step up (-1) or down (+1); false at the ends.
    bool moveStep(int row, int by);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    void renumber();

    QList<SopStep> m_steps;
};

} // namespace rabeg
