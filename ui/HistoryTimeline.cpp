#include "HistoryTimeline.h"

#include "EventText.h"
#include "Labels.h"

#include <QEvent>
#include <QHeaderView>

namespace rabeg {

HistoryTimeline::HistoryTimeline(const ReferenceData &reference, QWidget *parent)
    : QTreeWidget(parent), m_reference(reference)
{
    setObjectName(QStringLiteral("historyTimeline"));
    setColumnCount(3);
    setRootIsDecorated(false);
    setWordWrap(true); // a long "what" (a response, a return's note) is read whole
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    retranslate();
}

QString HistoryTimeline::statusWord(PendingStep::Status status)
{
    switch (status) {
    case PendingStep::Status::Sending:
        return tr("sending");
    case PendingStep::Status::Pending:
        return tr("pending");
    case PendingStep::Status::Conflict:
        return tr("conflict");
    case PendingStep::Status::Refused:
        return tr("refused by the hub");
    case PendingStep::Status::HeldBack:
        return tr("held back");
    }
    return {};
}

void HistoryTimeline::show(const QList<Event> &history, const QList<PendingStep> &pending)
{
    m_history = history;
    m_pending = pending;
    clear();
    for (const Event &event : history) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, Labels::wib(event.at));
        item->setText(1, event.actor.user + QStringLiteral(" (") + Labels::role(event.actor.role) + QLatin1Char(')'));
        item->setText(2, EventText::of(event, &m_reference, &m_stepNames));
        item->setToolTip(2, item->text(2));
    }
    for (const PendingStep &step : pending) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, Qt::UserRole, true);
        item->setText(0, tr("not confirmed"));
        item->setText(1, tr("you"));
        const QString what = step.event ? EventText::of(*step.event, &m_reference, &m_stepNames)
                                        : EventText::ofCommand(step.command, &m_reference);
        item->setText(2, what + QStringLiteral(" — ") + statusWord(step.status));
        item->setToolTip(2, item->text(2));
        QFont font = item->font(2);
        font.setItalic(true);
        const bool trouble =
            step.status == PendingStep::Status::Conflict || step.status == PendingStep::Status::Refused;
        for (int column = 0; column < 3; ++column) {
            item->setFont(column, font);
            item->setForeground(column, trouble ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x8a, 0x5a, 0x00));
        }
    }
    if (topLevelItemCount() > 0)
        scrollToItem(topLevelItem(topLevelItemCount() - 1));
}

void HistoryTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        show(m_history, m_pending);
    }
    QTreeWidget::changeEvent(event);
}

void HistoryTimeline::retranslate() { setHeaderLabels({tr("When"), tr("Who"), tr("What")}); }

} // namespace rabeg
