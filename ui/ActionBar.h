#pragma once

#include <QToolBar>

namespace rabeg {

// The actions on the current complaint that the user's role may issue, as buttons above the screens: the same
// actions as the keys and the Actions menu (ComplaintActions), for whoever does not know the keys yet. A liaison
// sees acknowledge, respond and return; the command center its triage and ownership actions. A button shows while
// its action is enabled (ComplaintActions enables what the role may issue); its tooltip names the key.
class ActionBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionBar)

public:
    explicit ActionBar(QWidget *parent = nullptr);

    // A group of buttons, set apart from the group before by a line while both show a button.
    void addGroup(const QList<QAction *> &actions);
    // The buttons that show now, in order (the tests).
    QList<QAction *> shownActions() const;

private:
    void updateSeparators();

    struct Group
    {
        QList<QAction *> actions;
        QAction *separator = nullptr; // before the group; none before the first
    };
    QList<Group> m_groups;
};

} // namespace rabeg
