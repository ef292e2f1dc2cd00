#include "AlertsDock.h"

#include "AlertText.h"
#include "ComplaintDetailWindow.h"
#include "MainWindow.h"
#include "NotificationList.h"
#include "OperatorSession.h"
#include "UiLog.h"
#include "alerts/AlertCenter.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace rabeg {

AlertsDock::AlertsDock(OperatorSession &session, MainWindow &window)
    : QDockWidget(&window), m_session(session), m_window(window)
{
    setObjectName(u"alertsDock"_s);
    m_center = new AlertCenter(session.cache(), this);
    m_list = new NotificationList(*m_center, this);
    setWidget(m_list);
    setAllowedAreas(Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea | Qt::BottomDockWidgetArea);
    window.addDockWidget(Qt::RightDockWidgetArea, this);
    hide();

    m_action = toggleViewAction();
    m_action->setObjectName(u"notificationsAction"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    window.addAction(m_action);
    window.addSessionActions({m_action});
    connect(m_action, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            openList();
    });

    m_statusButton = new QToolButton;
    m_statusButton->setObjectName(u"alertsStatusButton"_s);
    m_statusButton->setAutoRaise(true);
    window.addStatusWidget(m_statusButton);
    connect(m_statusButton, &QToolButton::clicked, this, [this] { openList(); });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { openList(); });
    }

    connect(m_list, &NotificationList::complaintActivated, this, &AlertsDock::openComplaint);
    connect(m_center, &AlertCenter::changed, this, &AlertsDock::updateStatus);
    connect(m_center, &AlertCenter::alertsDelivered, this, &AlertsDock::notifyTray);
    connect(m_center, &AlertCenter::evaluated, this, &AlertsDock::evaluated);
    connect(&m_session, &OperatorSession::cacheRefreshed, this, &AlertsDock::evaluate);
    m_timer = new QTimer(this);
    m_timer->setInterval(60'000);
    connect(m_timer, &QTimer::timeout, this, &AlertsDock::evaluate);
    m_timer->start();
    retranslate();
}

AlertsDock::~AlertsDock() = default;

void AlertsDock::evaluate()
{
    const Actor &actor = m_session.actor();
    m_center->setRecipient({actor.user, actor.role, actor.opd});
    m_center->evaluateInBackground(m_session.hubNow()); // the reads on the center's thread, not this one
}

void AlertsDock::evaluated(const QString &problem)
{
    if (!problem.isEmpty())
        qCWarning(lcUi).noquote() << "cannot evaluate the alerts:" << problem;
}

void AlertsDock::openList()
{
    show();
    raise();
    m_list->tree()->setFocus(Qt::ShortcutFocusReason);
}

void AlertsDock::openComplaint(const QUuid &id)
{
    if (!m_detail)
        m_detail = new ComplaintDetailWindow(m_session, &m_window);
    m_detail->showComplaint(id);
}

void AlertsDock::notifyTray(const QList<Alert> &alerts)
{
    if (!m_tray || alerts.isEmpty())
        return;
    QStringList lines;
    for (const Alert &alert : alerts.mid(0, 3))
        lines.append(AlertText::headline(alert));
    if (alerts.size() > 3)
        lines.append(tr("and %n more", nullptr, int(alerts.size() - 3)));
    m_tray->showMessage(tr("Rabeg: %n new notification(s)", nullptr, int(alerts.size())), lines.join(u'\n'),
                        QSystemTrayIcon::Information);
}

void AlertsDock::updateStatus()
{
    const int unread = m_center->unreadCount();
    m_statusButton->setText(unread == 0 ? tr("Notifications") : tr("Notifications: %n unread", nullptr, unread));
    QFont font = m_statusButton->font();
    font.setBold(unread > 0);
    m_statusButton->setFont(font);
    if (m_tray)
        m_tray->setToolTip(m_statusButton->text());
}

void AlertsDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void AlertsDock::retranslate()
{
    setWindowTitle(tr("Notifications"));
    m_action->setText(tr("&Notifications"));
    m_statusButton->setToolTip(tr("Open the notification list (Ctrl+Shift+N)"));
    updateStatus();
}

} // namespace rabeg
