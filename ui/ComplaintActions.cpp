#include "ComplaintActions.h"

#include "DialogFocus.h"
#include "RoutingAdvice.h"
#include "dialogs/AssignDialog.h"
#include "dialogs/DuplicateDialog.h"
#include "dialogs/ReasonDialog.h"
#include "dialogs/ReporterAnswerDialog.h"
#include "dialogs/ResponseDialog.h"
#include "dialogs/RouteDialog.h"
#include "dialogs/VerifyDialog.h"
#include "domain/DomainText.h"
#include "handover/HandoverDialog.h"
#include "store/DuplicateFinder.h"
#include "store/OwnershipQuery.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace rabeg {

ComplaintActions::ComplaintActions(OperatorSession &session, RoutingAdvice &advice, QWidget *dialogParent,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_advice(advice), m_dialogParent(dialogParent)
{
    // One plain key each (the keys of LAPOR!'s Indonesian words where they do not clash); they act on the window,
    // so typing in a search field never triggers them (a line edit takes its printable keys first).
    m_verify = make("verifyAction", Qt::Key_V, &ComplaintActions::verify);
    m_defer = make("deferAction", Qt::Key_T, &ComplaintActions::defer);
    m_reporterAnswered = make("reporterAnsweredAction", Qt::Key_P, &ComplaintActions::reporterAnswered);
    m_reject = make("rejectAction", Qt::Key_R, &ComplaintActions::reject);
    m_notOurAuthority = make("notOurAuthorityAction", Qt::Key_B, &ComplaintActions::notOurAuthority);
    m_duplicate = make("duplicateAction", Qt::Key_G, &ComplaintActions::markDuplicate);
    m_dispatch = make("dispatchAction", Qt::Key_D, &ComplaintActions::dispatch);
    // Ownership: M (milik saya, mine), S (serahkan, hand to a colleague), L (lepas, let go).
    m_claim = make("claimAction", Qt::Key_M, &ComplaintActions::claim);
    m_assign = make("assignAction", Qt::Key_S, &ComplaintActions::assign);
    m_release = make("releaseAction", Qt::Key_L, &ComplaintActions::release);
    m_handover = make("handoverAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &ComplaintActions::handover);
    m_acknowledge = make("acknowledgeAction", Qt::Key_A, &ComplaintActions::acknowledge);
    m_respond = make("respondAction", Qt::Key_J, &ComplaintActions::respond);
    m_return = make("returnAction", Qt::Key_K, &ComplaintActions::giveBack);
    m_retry = make("retryStoppedAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &ComplaintActions::retryStopped);
    m_discard = make("discardStoppedAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace),
                     &ComplaintActions::discardStopped);
    if (m_dialogParent)
        m_dialogParent->installEventFilter(this);
    retranslate();
    refreshRole();
}

QAction *ComplaintActions::make(const char *name, QKeySequence key, void (ComplaintActions::*slot)())
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> ComplaintActions::triageActions() const
{
    return {m_verify,   m_defer,  m_reporterAnswered, m_reject,  m_notOurAuthority, m_duplicate,
            m_dispatch, m_claim,  m_assign,           m_release, m_handover};
}

QList<QAction *> ComplaintActions::liaisonActions() const { return {m_acknowledge, m_respond, m_return}; }

QList<QAction *> ComplaintActions::settleActions() const { return {m_retry, m_discard}; }

QList<QAction *> ComplaintActions::all() const { return triageActions() + liaisonActions() + settleActions(); }

void ComplaintActions::setDialogParent(QWidget *parent)
{
    if (m_dialogParent)
        m_dialogParent->removeEventFilter(this);
    m_dialogParent = parent;
    if (m_dialogParent)
        m_dialogParent->installEventFilter(this);
}

void ComplaintActions::setCurrent(const QUuid &complaint) { m_current = complaint; }

void ComplaintActions::refreshRole()
{
    const QList<std::pair<QAction *, CommandType>> kinds = {
        {m_verify, CommandType::Verify},          {m_defer, CommandType::Defer},
        {m_reporterAnswered, CommandType::Resume}, {m_claim, CommandType::Claim},
        {m_assign, CommandType::Assign},          {m_release, CommandType::Release},
        {m_handover, CommandType::Assign},
        {m_reject, CommandType::Reject},          {m_notOurAuthority, CommandType::NotOurAuthority},
        {m_duplicate, CommandType::MarkDuplicate}, {m_dispatch, CommandType::Dispatch},
        {m_acknowledge, CommandType::Acknowledge}, {m_respond, CommandType::Respond},
        {m_return, CommandType::Return}};
    for (const auto &[action, type] : kinds)
        action->setEnabled(m_session.mayIssue(type));
}

bool ComplaintActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialogParent && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ComplaintActions::retranslate()
{
    m_verify->setText(tr("&Verify…"));
    m_defer->setText(tr("De&fer (needs information)…"));
    m_reporterAnswered->setText(tr("The re&porter answered (resume)…"));
    m_claim->setText(tr("&Claim (I own it)"));
    m_assign->setText(tr("A&ssign to a colleague…"));
    m_release->setText(tr("Re&lease ownership"));
    m_handover->setText(tr("Shift &handover…"));
    m_reject->setText(tr("&Reject…"));
    m_notOurAuthority->setText(tr("&Not our authority (forward)…"));
    m_duplicate->setText(tr("Mark as d&uplicate…"));
    m_dispatch->setText(tr("&Dispatch to an OPD…"));
    m_acknowledge->setText(tr("&Acknowledge"));
    m_respond->setText(tr("Res&pond…"));
    m_return->setText(tr("Re&turn to the command center…"));
    m_retry->setText(tr("Send the stopped command again"));
    m_discard->setText(tr("Discard the stopped command"));
}

std::optional<ProjectedComplaint> ComplaintActions::currentComplaint()
{
    if (m_current.isNull()) {
        emit feedback(m_current, tr("Select a complaint first."), true);
        return std::nullopt;
    }
    const auto complaint = m_session.complaint(m_current);
    if (!complaint.ok() || !complaint.value()) {
        emit feedback(m_current, tr("This complaint is not in the local cache."), true);
        return std::nullopt;
    }
    return *complaint.value();
}

bool ComplaintActions::mayStart(CommandType type, const ProjectedComplaint &complaint)
{
    if (complaint.isStopped()) {
        emit feedback(m_current,
                      tr("An earlier command on this complaint is stopped by a conflict or a refusal. Send it again "
                         "or discard it first."),
                      true);
        return false;
    }
    // Role, scope and state come before the payload in decide(): a refusal of those is known without asking more.
    const Command probe{QUuid::createUuid(), type, m_current, complaint.cached.version, 0, {}};
    const auto decided = decide(complaint.shown, probe, m_session.context());
    if (!decided.ok() && decided.error().kind != Refusal::Kind::InvalidPayload) {
        emit feedback(m_current, decided.error().message, true);
        return false;
    }
    return true;
}

void ComplaintActions::issue(CommandType type, const QJsonObject &payload)
{
    if (const auto refusal = m_session.issue(type, m_current, payload))
        emit feedback(m_current, refusal->message, true);
    else
        emit feedback(m_current, tr("Done: %1. It is pending until the hub confirms it.").arg(commandText(type)), false);
}

namespace {

// Opens a dialog without blocking (the sync and the window keep running) and runs `done` when accepted. When it
// closes, the keyboard goes back where it was (the list), so the next key acts on the same complaint.
template <typename D, typename F>
void openDialog(D *dialog, QObject *context, F done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, context, [dialog, done] { done(dialog); });
    returnFocusWhenClosed(dialog);
    dialog->open();
}

} // namespace

void ComplaintActions::verify()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Verify, *c))
        return;
    const QUuid id = m_current;
    openDialog(new VerifyDialog(m_session.reference(), c->shown, m_dialogParent), this, [this, id](VerifyDialog *d) {
        m_current = id;
        issue(CommandType::Verify, d->payload());
    });
}

void ComplaintActions::defer()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Defer, *c))
        return;
    const QUuid id = m_current;
    openDialog(new ReasonDialog(ReasonList::Defer, tr("Defer %1").arg(c->shown.trackingId), tr("&Defer"), m_dialogParent),
               this, [this, id](ReasonDialog *d) {
                   m_current = id;
                   issue(CommandType::Defer, d->payload());
               });
}

void ComplaintActions::reporterAnswered()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Resume, *c))
        return;
    const QUuid id = m_current;
    openDialog(new ReporterAnswerDialog(c->shown.trackingId, m_dialogParent), this, [this, id](ReporterAnswerDialog *d) {
        m_current = id;
        issue(CommandType::Resume, d->payload());
    });
}

void ComplaintActions::claim()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Claim, *c))
        return;
    // A cache opened without a hub (the offline demo) has no user to own it: the unowned complaint's empty assignee
    // matched the empty user name, and the claim was refused as already yours.
    if (m_session.actor().user.isEmpty()) {
        emit feedback(m_current, tr("Claiming needs a user signed in to a hub: this cache was opened without one."),
                      true);
        return;
    }
    if (c->shown.assignee == m_session.actor().user) {
        emit feedback(m_current, tr("You already own this complaint."), true);
        return;
    }
    issue(CommandType::Claim, {});
}

void ComplaintActions::assign()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Assign, *c))
        return;
    const QUuid id = m_current;
    openDialog(new AssignDialog(tr("Assign %1 to a colleague").arg(c->shown.trackingId), colleagues(),
                                c->shown.assignee, m_dialogParent),
               this, [this, id](AssignDialog *d) {
                   m_current = id;
                   issue(CommandType::Assign, d->payload());
               });
}

void ComplaintActions::release()
{
    const auto c = currentComplaint();
    // The state machine says "Nobody owns this complaint." when that is so (mayStart asks it).
    if (!c || !mayStart(CommandType::Release, *c))
        return;
    issue(CommandType::Release, {});
}

void ComplaintActions::handover()
{
    if (!m_session.mayIssue(CommandType::Assign)) {
        emit feedback(m_current, tr("Only the command center hands over complaints."), true);
        return;
    }
    auto *dialog = new HandoverDialog(m_session, colleagues(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusWhenClosed(dialog);
    dialog->open();
}

QStringList ComplaintActions::colleagues() const
{
    // Who worked in the command center in the last quarter, and who owns something now.
    const auto names = OwnershipQuery(m_session.cache()).colleagues(m_session.hubNow().addDays(-90));
    return names.ok() ? names.value() : QStringList{m_session.actor().user};
}

void ComplaintActions::reject()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Reject, *c))
        return;
    const QUuid id = m_current;
    openDialog(new ReasonDialog(ReasonList::Reject, tr("Reject %1").arg(c->shown.trackingId), tr("&Reject"), m_dialogParent),
               this, [this, id](ReasonDialog *d) {
                   m_current = id;
                   issue(CommandType::Reject, d->payload());
               });
}

void ComplaintActions::giveBack()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Return, *c))
        return;
    const QUuid id = m_current;
    openDialog(new ReasonDialog(ReasonList::Return, tr("Return %1 to the command center").arg(c->shown.trackingId),
                                tr("&Return"), m_dialogParent),
               this, [this, id](ReasonDialog *d) {
                   m_current = id;
                   issue(CommandType::Return, d->payload());
               });
}

void ComplaintActions::notOurAuthority()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::NotOurAuthority, *c))
        return;
    QList<RouteDialog::Choice> choices;
    for (const Agency &agency : m_session.reference().agencies) {
        if (agency.active) // as the admins left them (ReferenceInForce): a deactivated agency takes no more
            choices.append({agency.code, agency.handles.isEmpty()
                                             ? agency.name
                                             : QString(agency.name + u" ("_s + agency.handles + u')')});
    }
    auto *dialog = new RouteDialog(tr("Not our authority: forward %1").arg(c->shown.trackingId), tr("&Forward"), choices,
                                   m_dialogParent);
    for (const RouteSuggestion &s : m_advice.suggest(c->shown)) {
        if (s.external) {
            dialog->suggest(s.route, s.reason);
            break;
        }
    }
    const QUuid id = m_current;
    openDialog(dialog, this, [this, id](RouteDialog *d) {
        m_current = id;
        QJsonObject payload{{u"agency"_s, d->chosen()}};
        if (!d->note().isEmpty())
            payload.insert(u"note"_s, d->note());
        issue(CommandType::NotOurAuthority, payload);
    });
}

void ComplaintActions::dispatch()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Dispatch, *c))
        return;
    QList<RouteDialog::Choice> choices;
    for (const Opd &opd : m_session.reference().opds) {
        if (opd.active) // as the admins left them (ReferenceInForce): new ones offered, deactivated ones not
            choices.append({opd.code, opd.name});
    }
    auto *dialog = new RouteDialog(tr("Dispatch %1 to an OPD").arg(c->shown.trackingId), tr("&Dispatch"), choices,
                                   m_dialogParent);
    for (const RouteSuggestion &s : m_advice.suggest(c->shown)) {
        if (!s.external) {
            dialog->suggest(s.route, tr("Suggested (%1%): %2").arg(qRound(s.confidence * 100)).arg(s.reason));
            break;
        }
    }
    const QUuid id = m_current;
    openDialog(dialog, this, [this, id](RouteDialog *d) {
        m_current = id;
        QJsonObject payload{{u"opd"_s, d->chosen()}};
        if (!d->note().isEmpty())
            payload.insert(u"note"_s, d->note());
        issue(CommandType::Dispatch, payload);
    });
}

void ComplaintActions::markDuplicate()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::MarkDuplicate, *c))
        return;
    const auto candidates = DuplicateFinder(m_session.cache()).candidates(c->shown);
    const QUuid id = m_current;
    openDialog(new DuplicateDialog(c->shown.trackingId, candidates.value_or({}), m_dialogParent), this,
               [this, id](DuplicateDialog *d) {
                   m_current = id;
                   issue(CommandType::MarkDuplicate, d->payload());
               });
}

void ComplaintActions::acknowledge()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Acknowledge, *c))
        return;
    issue(CommandType::Acknowledge, {});
}

void ComplaintActions::respond()
{
    const auto c = currentComplaint();
    if (!c || !mayStart(CommandType::Respond, *c))
        return;
    const QUuid id = m_current;
    openDialog(new ResponseDialog(c->shown.trackingId, m_dialogParent), this, [this, id](ResponseDialog *d) {
        m_current = id;
        QJsonObject payload{{u"response"_s, d->response()}};
        if (!d->overrideReason().isEmpty())
            payload.insert(u"override_reason"_s, d->overrideReason());
        issue(CommandType::Respond, payload);
    });
}

void ComplaintActions::retryStopped()
{
    const auto c = currentComplaint();
    if (!c)
        return;
    for (const PendingStep &step : c->steps) {
        if (step.status == PendingStep::Status::Conflict || step.status == PendingStep::Status::Refused) {
            const Status status = m_session.retry(step.command.commandId.toString(QUuid::WithoutBraces));
            emit feedback(m_current, status ? status->message : tr("Sent again over the hub's version."), bool(status));
            return;
        }
    }
    emit feedback(m_current, tr("No command of this complaint is stopped."), true);
}

void ComplaintActions::discardStopped()
{
    const auto c = currentComplaint();
    if (!c)
        return;
    for (const PendingStep &step : c->steps) {
        if (step.status == PendingStep::Status::Conflict || step.status == PendingStep::Status::Refused) {
            const Status status = m_session.discard(step.command.commandId.toString(QUuid::WithoutBraces));
            emit feedback(m_current, status ? status->message : tr("Your command was discarded; the hub's version stands."),
                          bool(status));
            return;
        }
    }
    emit feedback(m_current, tr("No command of this complaint is stopped."), true);
}

} // namespace rabeg
