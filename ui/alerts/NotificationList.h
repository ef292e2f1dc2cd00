#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rabeg {

class AlertCenter;

// The in-app notification list (docs/alerts.md): delivered alerts, newest first, each digest as one row with its
// alerts under it; unread ones in bold. Enter or a double click on an alert marks it read and opens its complaint;
// the mute menu turns each kind off for this user.
class NotificationList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationList)

public:
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int ComplaintRole = Qt::UserRole + 2;

    explicit NotificationList(AlertCenter &center, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void refresh();

signals:
    void complaintActivated(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(QTreeWidgetItem *item);
    QTreeWidgetItem *itemFor(const class Alert &alert) const;

    AlertCenter &m_center;
    QLabel *m_unreadLabel = nullptr;
    QPushButton *m_markAllButton = nullptr;
    QToolButton *m_muteButton = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace rabeg
