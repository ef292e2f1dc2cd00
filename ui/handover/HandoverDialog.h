#pragma once

#include "store/OwnershipQuery.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rabeg {

class OperatorSession;

// The shift handover: the open complaints the leaving operator owns, the colleague taking over, and one step that
// reassigns all of them (or the ticked ones) through the outbox, one assign command per complaint. It then says
// what happened to each: confirmed by the hub, pending (queued, offline or not yet answered), or refused (with the
// hub's or the state machine's sentence), and keeps saying it as the sync goes on. An operator hands over their
// own complaints; a supervisor may hand over for anyone.
class HandoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverDialog)

public:
    HandoverDialog(OperatorSession &session, const QStringList &colleagues, QWidget *parent = nullptr);

    // Lists what `user` owns (a supervisor's choice; the session's user at first).
    void showOwner(const QString &user);
    // Reassigns the ticked complaints to the chosen colleague (the "Reassign" button, Ctrl+Enter).
    void reassign();
    QString summary() const;

protected:
    // Space ticks or unticks the current row whichever of its cells is current (the table's own Space did only on
    // the tick box's cell, so after a click on a row's title Space did nothing and the row was handed over).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Column { Pick, Number, Title, State, Received, Outcome };
    void refreshOutcomes();

    OperatorSession &m_session;
    QComboBox *m_leavingCombo = nullptr;
    QComboBox *m_takingCombo = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_reassignButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QList<OwnedComplaint> m_owned;
    QString m_target; // who the last reassignment went to
    QList<QUuid> m_sent; // the complaints of the last reassignment
    QHash<QUuid, QString> m_refusedHere; // refused by the state machine before anything was queued
};

} // namespace rabeg
