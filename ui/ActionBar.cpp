#include "ActionBar.h"

#include <QToolButton>

#include <algorithm>

namespace rabeg {

ActionBar::ActionBar(QWidget *parent) : QToolBar(parent)
{
    setObjectName(QStringLiteral("complaintActionBar"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void ActionBar::addGroup(const QList<QAction *> &actions)
{
    Group group;
    if (!m_groups.isEmpty())
        group.separator = addSeparator();
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // the keys act; the focus stays in the list
        QAction *holder = addWidget(button);
        const auto follow = [this, action, button, holder] {
            holder->setVisible(action->isEnabled());
            // setDefaultAction copies the action's tooltip (its text) on each change: the key is added after it.
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            button->setToolTip(key.isEmpty() ? action->toolTip() : action->toolTip() + QStringLiteral(" (%1)").arg(key));
            updateSeparators();
        };
        connect(action, &QAction::changed, this, follow);
        group.actions.append(action);
        follow();
    }
    m_groups.append(group);
    updateSeparators();
}

QList<QAction *> ActionBar::shownActions() const
{
    QList<QAction *> shown;
    for (const Group &group : m_groups) {
        for (QAction *action : group.actions) {
            if (action->isEnabled())
                shown.append(action);
        }
    }
    return shown;
}

void ActionBar::updateSeparators()
{
    bool anyBefore = false;
    for (const Group &group : std::as_const(m_groups)) {
        const bool anyHere = std::any_of(group.actions.cbegin(), group.actions.cend(),
                                         [](const QAction *action) { return action->isEnabled(); });
        if (group.separator)
            group.separator->setVisible(anyBefore && anyHere);
        anyBefore = anyBefore || anyHere;
    }
}

} // namespace rabeg
