#pragma once

#include "OperatorSession.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace rabeg {

class ComplaintDetailView;
class RoutingAdvice;
class RoutingQueueModel;

// The routing queue screen: verified and returned complaints with their suggested OPD, confidence and reason;
// select several (Shift/Ctrl + arrows or click) and dispatch them together after a preview; the selected
// complaint's detail below.
class RoutingQueueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingQueueView)

public:
    RoutingQueueView(OperatorSession &session, RoutingAdvice &advice, QWidget *parent = nullptr);

    RoutingQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ComplaintDetailView *detail() const { return m_detail; }
    QUuid currentComplaint() const;
    void reload();
    void refreshSoon();
    // Opens the preview of a bulk dispatch of the selected rows.
    void bulkDispatch();

signals:
    void currentComplaintChanged(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();

    OperatorSession &m_session;
    RoutingQueueModel *m_model = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_bulkButton = nullptr;
    QTableView *m_table = nullptr;
    ComplaintDetailView *m_detail = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace rabeg
