#include "NotificationList.h"

#include "AlertText.h"
#include "Labels.h"
#include "UiLog.h"
#include "alerts/AlertCenter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

NotificationList::NotificationList(AlertCenter &center, QWidget *parent) : QWidget(parent), m_center(center)
{
    setObjectName(u"notificationList"_s);
    m_unreadLabel = new QLabel;
    m_unreadLabel->setObjectName(u"unreadLabel"_s);
    m_markAllButton = new QPushButton;
    m_markAllButton->setObjectName(u"markAllReadPushButton"_s);
    m_muteButton = new QToolButton;
    m_muteButton->setObjectName(u"muteToolButton"_s);
    m_muteButton->setPopupMode(QToolButton::InstantPopup);
    // Room for the menu's arrow, which the style draws over the text's end otherwise ("Bisukan…").
    m_muteButton->setStyleSheet(u"QToolButton { padding-right: 14px; }"_s);
    auto *menu = new QMenu(m_muteButton);
    menu->setObjectName(u"muteMenu"_s);
    for (AlertKind kind : allAlertKinds()) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(u"mute_"_s + toCode(kind));
        action->setCheckable(true);
        action->setData(toCode(kind));
        connect(action, &QAction::toggled, this, [this, kind](bool muted) {
            if (Status status = m_center.setMuted(kind, muted))
                qCWarning(lcUi).noquote() << "cannot keep the alert mutes:" << status->message;
        });
    }
    m_muteButton->setMenu(menu);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"alertsTreeWidget"_s);
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_markAllButton, &QPushButton::clicked, this, [this] {
        if (Status status = m_center.markAllRead())
            qCWarning(lcUi).noquote() << "cannot mark the alerts read:" << status->message;
    });
    connect(&m_center, &AlertCenter::changed, this, &NotificationList::refresh);

    // The count on a line of its own, the buttons below it: side by side, in Indonesian, the three needed more
    // than the dock's width and the buttons were cut ("Bisukan…").
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_markAllButton);
    bar->addWidget(m_muteButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_unreadLabel);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    refresh();
}

QTreeWidgetItem *NotificationList::itemFor(const Alert &alert) const
{
    auto *item = new QTreeWidgetItem({AlertText::headline(alert), Labels::wib(alert.happenedAt)});
    item->setData(0, KeyRole, alert.key);
    item->setData(0, ComplaintRole, alert.complaint.toString(QUuid::WithoutBraces));
    item->setToolTip(0, AlertText::headline(alert));
    QFont font = m_tree->font();
    font.setBold(!alert.read);
    item->setFont(0, font);
    return item;
}

void NotificationList::refresh()
{
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(0, KeyRole).toString() : QString();
    m_tree->clear();
    // Alerts come newest delivery first; a digest's alerts share their delivery and are gathered under one row.
    QHash<QDateTime, QTreeWidgetItem *> digests;
    QTreeWidgetItem *restore = nullptr;
    const QList<Alert> alerts = m_center.delivered();
    for (const Alert &alert : alerts) {
        QTreeWidgetItem *item = itemFor(alert);
        if (alert.inDigest()) {
            QTreeWidgetItem *&digest = digests[alert.digestAt];
            if (!digest) {
                digest = new QTreeWidgetItem(m_tree);
                digest->setData(0, KeyRole, QString());
                digest->setExpanded(true);
            }
            digest->addChild(item);
        } else {
            m_tree->addTopLevelItem(item);
        }
        if (alert.key == current)
            restore = item;
    }
    for (auto it = digests.cbegin(); it != digests.cend(); ++it) {
        it.value()->setText(0, AlertText::digestTitle(it.key(), it.value()->childCount()));
        it.value()->setText(1, Labels::wib(it.key()));
        it.value()->setExpanded(true);
    }
    if (restore)
        m_tree->setCurrentItem(restore);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    retranslate();
}

void NotificationList::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString key = item->data(0, KeyRole).toString();
    if (key.isEmpty()) { // a digest's row: open or close it
        item->setExpanded(!item->isExpanded());
        return;
    }
    const QUuid complaint = QUuid::fromString(item->data(0, ComplaintRole).toString());
    if (Status status = m_center.markRead(key))
        qCWarning(lcUi).noquote() << "cannot mark the alert read:" << status->message;
    if (!complaint.isNull())
        emit complaintActivated(complaint);
}

void NotificationList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void NotificationList::retranslate()
{
    m_tree->setHeaderLabels({tr("Notification"), tr("When (WIB)")});
    const int unread = m_center.unreadCount();
    m_unreadLabel->setText(unread == 0 ? tr("No unread notifications") : tr("%n unread", nullptr, unread));
    m_markAllButton->setText(tr("Mark all read"));
    m_markAllButton->setEnabled(unread > 0);
    m_muteButton->setText(tr("Mute…"));
    m_muteButton->setToolTip(tr("Choose the kinds of notification you do not want to receive"));
    for (QAction *action : m_muteButton->menu()->actions()) {
        const auto kind = alertKindFromCode(action->data().toString());
        if (!kind)
            continue;
        action->setText(AlertText::kindName(*kind));
        const QSignalBlocker block(action);
        action->setChecked(m_center.isMuted(*kind));
    }
    m_tree->setAccessibleName(tr("Notifications"));
}

} // namespace rabeg
