#pragma once

#include "OperatorSession.h"

#include <QObject>

class QAction;
class QWidget;

namespace rabeg {

class RoutingAdvice;

// The actions on the current complaint, each with one key (docs/keymap.md): triage for the command center
// (verify, defer, the reporter answered, reject, not our authority, duplicate, dispatch), ownership (claim, assign
// to a colleague, release; the shift handover for all of one's complaints), the OPD's (acknowledge, respond,
// return), and settling a stopped command (send again, discard). Each asks what it needs in a small dialog, builds the command
// and hands it to the session, which checks it with the shared state machine and queues it; a refusal's sentence
// comes back through `feedback`. Only the actions the user's role may issue are enabled.
class ComplaintActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintActions)

public:
    ComplaintActions(OperatorSession &session, RoutingAdvice &advice, QWidget *dialogParent, QObject *parent = nullptr);

    QList<QAction *> triageActions() const; // with the ownership actions at the end
    QList<QAction *> liaisonActions() const;
    QList<QAction *> settleActions() const;
    QList<QAction *> all() const;

    // Where the dialogs open (the main window); it also tells the actions when the language changes.
    void setDialogParent(QWidget *parent);
    void setCurrent(const QUuid &complaint);
    QUuid current() const { return m_current; }
    // Re-reads which actions the user's role allows (after the first sync tells the role).
    void refreshRole();

signals:
    void feedback(const QUuid &complaint, const QString &message, bool problem);

private:
    QAction *make(const char *name, QKeySequence key, void (ComplaintActions::*slot)());
    void retranslate();
    // The complaint as shown, or nullopt after saying why not (nothing selected, not in the cache).
    std::optional<ProjectedComplaint> currentComplaint();
    // Asks the state machine whether `type` could apply now (role, scope, state), before a dialog asks for more.
    bool mayStart(CommandType type, const ProjectedComplaint &complaint);
    void issue(CommandType type, const QJsonObject &payload);
    bool eventFilter(QObject *watched, QEvent *event) override;

    void verify();
    void defer();
    void reporterAnswered();
    void claim();
    void assign();
    void release();
    void handover();
    // The command center colleagues this workstation knows of (OwnershipQuery::colleagues).
    QStringList colleagues() const;
    void reject();
    void notOurAuthority();
    void markDuplicate();
    void dispatch();
    void acknowledge();
    void respond();
    void giveBack();
    void retryStopped();
    void discardStopped();

    OperatorSession &m_session;
    RoutingAdvice &m_advice;
    QWidget *m_dialogParent;
    QUuid m_current;
    QAction *m_verify, *m_defer, *m_reporterAnswered, *m_reject, *m_notOurAuthority, *m_duplicate, *m_dispatch;
    QAction *m_claim, *m_assign, *m_release, *m_handover;
    QAction *m_acknowledge, *m_respond, *m_return;
    QAction *m_retry, *m_discard;
};

} // namespace rabeg
