#pragma once

#include "OperatorSession.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rabeg {

// Bulk dispatch with a preview: each selected complaint with the OPD it will go to (the suggestion, which the
// operator may change per row), then "Dispatch all" queues them one by one and shows each one's result — queued, or
// the state machine's sentence for why not. A suggestion outside the city's authority is not a dispatch: such rows
// are left out, and say so.
class BulkDispatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDispatchDialog)

public:
    struct Item
    {
        QUuid complaint;
        QString trackingId;
        QString title;
        QString route; // the suggested OPD (or agency)
    };

    BulkDispatchDialog(OperatorSession &session, const QList<Item> &items, QWidget *parent = nullptr);

    void dispatchAll();
    // The result sentence of each row after dispatchAll (empty before).
    QStringList results() const;

private:
    OperatorSession &m_session;
    QList<Item> m_items;
    QTableWidget *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_dispatchButton = nullptr;
};

} // namespace rabeg
