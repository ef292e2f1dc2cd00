#include "CommandPalette.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

namespace rabeg {

CommandPalette::CommandPalette(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent), m_actions(actions)
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command palette"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("commandPaletteLineEdit"));
    m_searchEdit->setAccessibleName(tr("Search the actions"));
    m_searchEdit->setPlaceholderText(tr("Type an action, e.g. \"verify\" or \"dispatch\""));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commandPaletteListWidget"));
    m_list->setAccessibleName(tr("Actions"));
    m_list->setMinimumSize(m_list->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56,
                           m_list->fontMetrics().height() * 16);
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction *action = m_actions.at(i);
        if (action->text().isEmpty())
            continue;
        QString text = action->text().remove(QLatin1Char('&'));
        if (!action->shortcut().isEmpty())
            text += QStringLiteral("    [") + action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(']');
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, i);
        if (!action->isEnabled())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    connect(m_searchEdit, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::accept);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CommandPalette::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_list, 1);
    m_searchEdit->installEventFilter(this);
    filter({});
    m_searchEdit->setFocus();
}

void CommandPalette::filter(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        bool shown = true;
        for (const QString &word : words)
            shown = shown && item->text().contains(word, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first && (item->flags() & Qt::ItemIsEnabled))
            first = item;
    }
    m_list->setCurrentItem(first);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::accept()
{
    const QListWidgetItem *item = m_list->currentItem();
    QPointer<QAction> action;
    if (item && !item->isHidden() && (item->flags() & Qt::ItemIsEnabled))
        action = m_actions.value(item->data(Qt::UserRole).toInt());
    QDialog::accept();
    // After the palette has closed, so that a dialog the action opens gets the focus.
    if (action)
        QTimer::singleShot(0, action, [action] { action->trigger(); });
}

} // namespace rabeg
