#pragma once

#include "alerts/Alert.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace rabeg {

class AlertCenter;
class ComplaintDetailWindow;
class MainWindow;
class NotificationList;
class OperatorSession;

// Puts the alerts into the main window (docs/alerts.md): the notification list in a dock (Ctrl+Shift+N, also in
// the command palette), the unread count in the status bar (a click opens the list), a tray message where the
// desktop has a tray. Evaluates the alerts at hub time after every sync and once a minute (a deadline enters
// warning, or a working period starts, without any sync), reading the cache off the GUI thread.
class AlertsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsDock)

public:
    AlertsDock(OperatorSession &session, MainWindow &window);
    ~AlertsDock() override;

    AlertCenter &center() const { return *m_center; }
    NotificationList *list() const { return m_list; }
    QAction *toggleAction() const { return m_action; }
    QToolButton *statusButton() const { return m_statusButton; }
    // One evaluation now, at hub time (what the timer and the sync do): its reads run on the alert center's own
    // thread and connection; the list changes when they come back (AlertCenter::evaluated).
    void evaluate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();
    void openList();
    void openComplaint(const QUuid &id);
    void notifyTray(const QList<Alert> &alerts);
    void evaluated(const QString &problem);

    OperatorSession &m_session;
    MainWindow &m_window;
    AlertCenter *m_center = nullptr;
    NotificationList *m_list = nullptr;
    QAction *m_action = nullptr;
    QToolButton *m_statusButton = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<ComplaintDetailWindow> m_detail;
};

} // namespace rabeg
