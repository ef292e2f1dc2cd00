#pragma once

#include "sop/Checklist.h"

#include <QAbstractTableModel>
#include <QSet>

namespace rabeg {

// The steps of one complaint's SOP checklist as a table: number, title, expected working days, role, critical,
// and when and by whom it was done (a phone report says so). The current step is bold; a stalled one is tinted.
class ChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)

public:
    enum Column { NumberColumn, StepColumn, ExpectedColumn, RoleColumn, CriticalColumn, DoneColumn, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1; // the step's key (QString)
    static constexpr int DoneRole = Qt::UserRole + 2; // whether the step is done (bool)
    static constexpr int PendingRole = Qt::UserRole + 3; // ticked or reopened here, not yet confirmed (bool)

    explicit ChecklistModel(QObject *parent = nullptr);

    void setChecklist(const Checklist &checklist);
    const Checklist &checklist() const { return m_checklist; }
    // Steps ticked or reopened on this workstation and not yet confirmed by the hub (by key): marked pending.
    void setPendingSteps(const QSet<QString> &keys);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString doneText(const ChecklistStep &step) const;

    Checklist m_checklist;
    QSet<QString> m_pending;
};

} // namespace rabeg
