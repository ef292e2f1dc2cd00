#pragma once

#include "sync/HeldIdentities.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;

namespace rabeg {

class IntakeDialog;
class MainWindow;
class OperatorSession;

// Puts the intake form in the main window: the action "New complaint" (Ctrl+N, in the File menu, the command
// palette and the keymap), offered to the roles that may take complaints in (operators, supervisors, trainers),
// and a status bar warning while reporter identities typed here are held in memory only, waiting for the hub;
// closing the window then asks first.
class IntakeLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeLauncher)

public:
    // `identities`: the sync's (SyncWorker::identities), or null without a hub (then they are held here, never sent).
    IntakeLauncher(OperatorSession &session, MainWindow &window, std::shared_ptr<HeldIdentities> identities,
                   std::function<void()> syncSoon);

    QAction *action() const { return m_action; }
    IntakeDialog *open();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void askBeforeClosing();

    OperatorSession &m_session;
    MainWindow &m_window;
    std::shared_ptr<HeldIdentities> m_identities;
    std::function<void()> m_syncSoon;
    QAction *m_action = nullptr;
    QLabel *m_heldLabel = nullptr;
    QPointer<IntakeDialog> m_dialog;
    bool m_closingAnyway = false;
};

} // namespace rabeg
