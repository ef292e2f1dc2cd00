#include "Lifecycle.h"

#include "ContactChannels.h"
#include "DomainText.h"
#include "Reasons.h"
#include "ReferenceActivity.h"
#include "sop/Checklists.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

using S = ComplaintState;
using C = CommandType;

constexpr unsigned bit(Role role) { return 1u << static_cast<unsigned>(role); }
constexpr unsigned kOperator = bit(Role::Operator);
constexpr unsigned kSupervisor = bit(Role::Supervisor);
constexpr unsigned kLiaison = bit(Role::Liaison);
constexpr unsigned kTrainer = bit(Role::Trainer);
constexpr unsigned kAdmin = bit(Role::Admin);
constexpr unsigned kSystem = bit(Role::System);
constexpr unsigned kCenter = kOperator | kSupervisor | kTrainer;

struct Rule
{
    CommandType type;
    unsigned roles;
    std::initializer_list<ComplaintState> states;
};

constexpr auto kOpen = {S::Received, S::Deferred, S::Verified, S::Dispatched, S::InProgress, S::Responded};
constexpr auto kAny = {S::Received,  S::Deferred,   S::Verified,  S::Rejected, S::Forwarded,
                       S::Duplicate, S::Dispatched, S::InProgress, S::Responded, S::Closed};

// Who may issue what, and in which states. A trainer plays every part of a class (operator, supervisor and the
// OPD liaisons), an admin runs the system but does not handle complaints, the hub (system) only escalates and
// closes. Liaisons are further limited to complaints dispatched to their own OPD (see inScopeForLiaison).
const Rule kRules[] = {
    {C::Intake, kCenter, {}},
    {C::Verify, kCenter, {S::Received}},
    {C::Defer, kCenter, {S::Received}},
    {C::Resume, kCenter, {S::Deferred}},
    {C::Reject, kCenter, {S::Received, S::Deferred}},
    {C::NotOurAuthority, kCenter, {S::Received, S::Verified}},
    {C::MarkDuplicate, kCenter, {S::Received, S::Verified}},
    {C::Dispatch, kCenter, {S::Verified}},
    {C::Return, kLiaison | kSupervisor | kTrainer, {S::Dispatched, S::InProgress}},
    {C::Acknowledge, kLiaison | kTrainer, {S::Dispatched}},
    {C::Respond, kLiaison | kTrainer, {S::InProgress}},
    {C::Reopen, kCenter, {S::Responded}},
    {C::Close, kCenter | kSystem, {S::Responded}},
    {C::Escalate, kSupervisor | kTrainer | kSystem, kOpen},
    {C::Assign, kCenter, kOpen},
    {C::Claim, kCenter, kOpen},
    {C::Release, kCenter, kOpen},
    {C::AddNote, kCenter | kLiaison | kAdmin, kAny},
    {C::CompleteStep, kCenter | kLiaison, {S::Dispatched, S::InProgress}},
    {C::ReopenStep, kCenter | kLiaison, {S::Dispatched, S::InProgress}},
    // Only through the hub's reveal route, which answers with the identity (docs/security.md).
    {C::RevealIdentity, kSupervisor | kAdmin, kAny},
    // Only through the hub's upload route (docs/attachments.md); a liaison only while the complaint is with their OPD.
    {C::AddAttachment, kCenter | kLiaison, kAny},
};

const Rule &ruleFor(CommandType type)
{
    for (const auto &rule : kRules) {
        if (rule.type == type)
            return rule;
    }
    Q_UNREACHABLE();
}

struct LifecycleText
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)
};

Refusal refuse(Refusal::Kind kind, const QString &code, const QString &message) { return {kind, code, message}; }

Refusal invalid(const QString &code, const QString &message)
{
    return refuse(Refusal::Kind::InvalidPayload, code, message);
}

// Whether new work may name `code`: false only when the lookup knows the admins' changes (ReferenceActivity.h)
// and one of them deactivated it.
bool isActive(const ReferenceLookup *reference, bool (ReferenceActivity::*active)(QStringView) const,
              const QString &code)
{
    const auto *activity = dynamic_cast<const ReferenceActivity *>(reference);
    return !activity || (activity->*active)(code);
}

QString text(const QJsonObject &payload, const QString &key) { return payload.value(key).toString().trimmed(); }

// A liaison sees a complaint only while it is with their OPD: from dispatch until it is returned or closed.
bool inScopeForLiaison(const Complaint &complaint, const Actor &actor)
{
    return !actor.opd.isEmpty() && complaint.opd == actor.opd
           && (complaint.state == S::Dispatched || complaint.state == S::InProgress || complaint.state == S::Responded);
}

std::optional<Refusal> checkReason(ReasonList list, const QJsonObject &payload)
{
    const QString reason = text(payload, u"reason"_s);
    if (reason.isEmpty())
        return invalid(u"missing_reason"_s, LifecycleText::tr("Choose a reason from the list."));
    if (!isKnownReason(list, reason))
        return invalid(u"unknown_reason"_s, LifecycleText::tr("The reason \"%1\" is not in the list.").arg(reason));
    if (reason == QStringView(kOtherReason) && text(payload, u"note"_s).isEmpty())
        return invalid(u"missing_note"_s, LifecycleText::tr("The reason \"other\" needs a note that explains it."));
    return std::nullopt;
}

// The reporter loop (a defer's question, a resume's answer): the text and the channel go together, the channel
// from the fixed list (ContactChannels.h). Older clients send neither, which stays allowed.
std::optional<Refusal> checkReporterContact(const QJsonObject &payload, const QString &textKey)
{
    const QString said = text(payload, textKey);
    const QString channel = text(payload, u"reporter_channel"_s);
    if (said.isEmpty() && channel.isEmpty())
        return std::nullopt;
    if (said.isEmpty())
        return invalid(u"missing_"_s + textKey,
                       textKey == u"reporter_message"_s
                           ? LifecycleText::tr("Write the message sent to the reporter.")
                           : LifecycleText::tr("Write what the reporter answered."));
    if (channel.isEmpty())
        return invalid(u"missing_reporter_channel"_s, LifecycleText::tr("Choose how the reporter was reached."));
    if (!isKnownContactChannel(channel))
        return invalid(u"unknown_reporter_channel"_s,
                       LifecycleText::tr("The channel \"%1\" is not in the list.").arg(channel));
    return std::nullopt;
}

std::optional<Refusal> checkRequired(const QJsonObject &payload, const QString &key)
{
    if (text(payload, key).isEmpty())
        return invalid(u"missing_"_s + key, LifecycleText::tr("The field \"%1\" must not be empty.").arg(key));
    return std::nullopt;
}

// Copies the listed keys that are present from one payload to another.
QJsonObject pick(const QJsonObject &from, std::initializer_list<const char16_t *> keys)
{
    QJsonObject to;
    for (const char16_t *key : keys) {
        const QString name = QString::fromUtf16(key);
        if (from.contains(name))
            to.insert(name, from.value(name));
    }
    return to;
}

// The SOP checklist the step commands and the respond gate judge; nothing when the caller could not know it.
std::optional<Checklist> checklistFor(const DecisionContext &context)
{
    if (!context.history || !context.reference || !context.reference->sopCatalog())
        return std::nullopt;
    return checklistProgress(*context.history, *context.reference->sopCatalog());
}

QString stepName(const ChecklistStep &step) { return u"%1. %2"_s.arg(step.number).arg(step.title); }

std::optional<Refusal> checkStep(const DecisionContext &context, const QString &key, bool completing)
{
    const auto checklist = checklistFor(context);
    if (!checklist || !checklist->templateKnown)
        return std::nullopt;
    if (!checklist->exists())
        return refuse(Refusal::Kind::WrongState, u"no_checklist"_s,
                      LifecycleText::tr("This complaint has no SOP checklist to tick."));
    const ChecklistStep *step = checklist->step(key);
    if (!step)
        return invalid(u"unknown_step"_s, LifecycleText::tr("The SOP checklist (%1, version %2) has no step \"%3\".")
                                              .arg(checklist->templateId)
                                              .arg(checklist->version)
                                              .arg(key));
    if (completing && step->done())
        return refuse(Refusal::Kind::WrongState, u"step_already_done"_s,
                      LifecycleText::tr("The step \"%1\" is already done.").arg(stepName(*step)));
    if (!completing && !step->done())
        return refuse(Refusal::Kind::WrongState, u"step_not_done"_s,
                      LifecycleText::tr("The step \"%1\" is not done, so there is nothing to reopen.").arg(stepName(*step)));
    return std::nullopt;
}

using Drafts = Result<QList<EventDraft>, Refusal>;

Drafts one(EventType type, QJsonObject payload) { return QList<EventDraft>{{type, std::move(payload)}}; }

Drafts decideIntake(const Command &command, const DecisionContext &context)
{
    const QJsonObject &p = command.payload;
    for (const auto *key : {u"title", u"body"}) {
        if (auto refusal = checkRequired(p, QString::fromUtf16(key)))
            return *refusal;
    }
    if (context.reference) {
        const QString service = text(p, u"service"_s);
        if (!service.isEmpty() && !context.reference->hasService(service))
            return invalid(u"unknown_service"_s, LifecycleText::tr("There is no service with the code \"%1\".").arg(service));
        if (!service.isEmpty() && !isActive(context.reference, &ReferenceActivity::isActiveService, service))
            return invalid(u"inactive_service"_s,
                           LifecycleText::tr("The service %1 was deactivated by an administrator; choose another "
                                             "service, or leave it for the verification.")
                               .arg(service));
        const QString kecamatan = text(p, u"kecamatan"_s);
        if (!kecamatan.isEmpty() && !context.reference->hasKecamatan(kecamatan))
            return invalid(u"unknown_kecamatan"_s, LifecycleText::tr("There is no kecamatan with the code \"%1\".").arg(kecamatan));
    }
    // The hub bounds a stated earlier arrival: never in the future, never more than 30 days back.
    QDateTime received = context.now;
    const QString stated = text(p, u"received_at"_s);
    if (!stated.isEmpty()) {
        const QDateTime at = QDateTime::fromString(stated, Qt::ISODateWithMs);
        if (!at.isValid())
            return invalid(u"invalid_time"_s, LifecycleText::tr("\"received_at\" is not a valid ISO 8601 time."));
        if (at > context.now || at < context.now.addDays(-30))
            return invalid(u"received_at_out_of_bounds"_s,
                           LifecycleText::tr("The stated arrival time must lie within the last 30 days and not in the future."));
        received = at;
    }
    QJsonObject event = pick(p, {u"external_ref", u"channel", u"title", u"body", u"classification", u"category",
                                 u"service", u"kecamatan", u"kelurahan", u"address", u"anonim", u"rahasia",
                                 u"reporter_digest"});
    event.insert(u"tracking_id"_s, context.newTrackingId);
    event.insert(u"received_at"_s, received.toUTC().toString(Qt::ISODateWithMs));
    return one(EventType::Received, event);
}

Drafts decideFor(const Complaint &complaint, const Command &command, const DecisionContext &context)
{
    const QJsonObject &p = command.payload;
    const ReferenceLookup *ref = context.reference;
    switch (command.type) {
    case C::Intake:
        break;
    case C::Verify: {
        for (const auto *key : {u"classification", u"category", u"service"}) {
            if (auto refusal = checkRequired(p, QString::fromUtf16(key)))
                return *refusal;
        }
        if (p.value(u"classification"_s).toString() == u"unset"_s)
            return invalid(u"missing_classification"_s, LifecycleText::tr("Choose aspirasi, pengaduan or permintaan informasi."));
        if (ref && !ref->hasCategory(text(p, u"category"_s)))
            return invalid(u"unknown_category"_s,
                           LifecycleText::tr("There is no category with the id \"%1\".").arg(text(p, u"category"_s)));
        if (ref && !ref->hasService(text(p, u"service"_s)))
            return invalid(u"unknown_service"_s,
                           LifecycleText::tr("There is no service with the code \"%1\".").arg(text(p, u"service"_s)));
        if (!isActive(ref, &ReferenceActivity::isActiveCategory, text(p, u"category"_s)))
            return invalid(u"inactive_category"_s,
                           LifecycleText::tr("The category %1 was deactivated by an administrator; choose another "
                                             "category.")
                               .arg(text(p, u"category"_s)));
        if (!isActive(ref, &ReferenceActivity::isActiveService, text(p, u"service"_s)))
            return invalid(u"inactive_service"_s,
                           LifecycleText::tr("The service %1 was deactivated by an administrator; choose another "
                                             "service.")
                               .arg(text(p, u"service"_s)));
        if (p.contains(u"title"_s) && text(p, u"title"_s).isEmpty())
            return invalid(u"missing_title"_s, LifecycleText::tr("A corrected title must not be empty."));
        return one(EventType::Verified,
                   pick(p, {u"classification", u"category", u"service", u"title", u"anonim", u"rahasia"}));
    }
    case C::Defer:
        if (auto refusal = checkReason(ReasonList::Defer, p))
            return *refusal;
        if (auto refusal = checkReporterContact(p, u"reporter_message"_s))
            return *refusal;
        return one(EventType::Deferred, pick(p, {u"reason", u"note", u"reporter_message", u"reporter_channel"}));
    case C::Resume:
        if (auto refusal = checkReporterContact(p, u"reporter_answer"_s))
            return *refusal;
        return one(EventType::Resumed, pick(p, {u"note", u"reporter_answer", u"reporter_channel"}));
    case C::Reject:
        if (auto refusal = checkReason(ReasonList::Reject, p))
            return *refusal;
        return one(EventType::Rejected, pick(p, {u"reason", u"note"}));
    case C::NotOurAuthority: {
        if (auto refusal = checkRequired(p, u"agency"_s))
            return *refusal;
        if (ref && !ref->hasAgency(text(p, u"agency"_s)))
            return invalid(u"unknown_agency"_s,
                           LifecycleText::tr("There is no external agency with the code \"%1\".").arg(text(p, u"agency"_s)));
        if (!isActive(ref, &ReferenceActivity::isActiveAgency, text(p, u"agency"_s)))
            return invalid(u"inactive_agency"_s,
                           LifecycleText::tr("The external agency %1 was deactivated by an administrator and takes no "
                                             "new complaints; forward the complaint to another agency.")
                               .arg(text(p, u"agency"_s)));
        return one(EventType::Forwarded, pick(p, {u"agency", u"note"}));
    }
    case C::MarkDuplicate: {
        const QUuid original = QUuid::fromString(p.value(u"duplicate_of"_s).toString());
        if (original.isNull())
            return invalid(u"missing_duplicate_of"_s, LifecycleText::tr("Name the complaint this one duplicates."));
        if (original == complaint.id)
            return invalid(u"duplicate_of_self"_s, LifecycleText::tr("A complaint cannot be a duplicate of itself."));
        return one(EventType::MarkedDuplicate, pick(p, {u"duplicate_of", u"note"}));
    }
    case C::Dispatch: {
        if (auto refusal = checkRequired(p, u"opd"_s))
            return *refusal;
        if (ref && !ref->hasOpd(text(p, u"opd"_s)))
            return invalid(u"unknown_opd"_s, LifecycleText::tr("There is no OPD with the code \"%1\".").arg(text(p, u"opd"_s)));
        if (!isActive(ref, &ReferenceActivity::isActiveOpd, text(p, u"opd"_s)))
            return invalid(u"inactive_opd"_s,
                           LifecycleText::tr("The OPD %1 was deactivated by an administrator and takes no new "
                                             "complaints; dispatch the complaint to another OPD.")
                               .arg(text(p, u"opd"_s)));
        QJsonObject event = pick(p, {u"opd", u"note"});
        event.insert(u"cycle"_s, complaint.cycle + 1);
        // The checklist starts with the template version in force now; the complaint keeps it even when a newer
        // version is published while the OPD works.
        if (const SopCatalog *sop = ref ? ref->sopCatalog() : nullptr) {
            const SopTemplate &version = sop->inForce(text(p, u"opd"_s), complaint.service, context.now);
            event.insert(u"sop_template"_s, sopTemplateId(version.opd, version.service));
            event.insert(u"sop_version"_s, version.version);
        }
        return one(EventType::Dispatched, event);
    }
    case C::Return: {
        if (auto refusal = checkReason(ReasonList::Return, p))
            return *refusal;
        QJsonObject event = pick(p, {u"reason", u"note"});
        event.insert(u"opd"_s, complaint.opd);
        return one(EventType::Returned, event);
    }
    case C::Acknowledge:
        return one(EventType::Acknowledged, pick(p, {u"note"}));
    case C::Respond: {
        if (auto refusal = checkRequired(p, u"response"_s))
            return *refusal;
        QJsonObject event = pick(p, {u"response"});
        // Critical SOP steps gate the answer. Overriding needs a reason, and the event records both the reason
        // and the steps it skipped.
        const auto checklist = checklistFor(context);
        const QStringList open = checklist ? checklist->openCriticalSteps() : QStringList();
        if (!open.isEmpty()) {
            const QString reason = text(p, u"override_reason"_s);
            if (reason.isEmpty()) {
                QStringList names;
                for (const QString &key : open)
                    names.append(stepName(*checklist->step(key)));
                return refuse(Refusal::Kind::WrongState, u"critical_steps_open"_s,
                              LifecycleText::tr("Critical SOP steps are not done yet: %1. Tick them first, or give "
                                                "a reason to respond anyway.")
                                  .arg(names.join(u"; "_s)));
            }
            event.insert(u"override_reason"_s, reason);
            event.insert(u"overridden_steps"_s, QJsonArray::fromStringList(open));
        }
        return one(EventType::Responded, event);
    }
    case C::Reopen: {
        if (auto refusal = checkRequired(p, u"reason"_s))
            return *refusal;
        QJsonObject event = pick(p, {u"reason"});
        event.insert(u"cycle"_s, complaint.cycle + 1);
        return one(EventType::Reopened, event);
    }
    case C::Close: {
        QJsonObject event = pick(p, {u"note"});
        event.insert(u"automatic"_s, context.actor.role == Role::System);
        return one(EventType::Closed, event);
    }
    case C::Escalate:
        if (complaint.escalated)
            return refuse(Refusal::Kind::WrongState, u"already_escalated"_s,
                          LifecycleText::tr("This complaint has already been escalated to the Ombudsman."));
        if (auto refusal = checkRequired(p, u"reason"_s))
            return *refusal;
        return one(EventType::Escalated, pick(p, {u"reason", u"clock", u"cycle"}));
    case C::Assign: {
        if (auto refusal = checkRequired(p, u"assignee"_s))
            return *refusal;
        return one(EventType::Assigned, pick(p, {u"assignee", u"note"}));
    }
    case C::Claim:
        return one(EventType::Assigned, QJsonObject{{u"assignee"_s, context.actor.user}});
    case C::Release:
        if (complaint.assignee.isEmpty())
            return refuse(Refusal::Kind::WrongState, u"not_assigned"_s, LifecycleText::tr("Nobody owns this complaint."));
        return one(EventType::Released, QJsonObject{{u"previous"_s, complaint.assignee}});
    case C::AddNote:
        if (auto refusal = checkRequired(p, u"text"_s))
            return *refusal;
        return one(EventType::NoteAdded, pick(p, {u"text"}));
    case C::CompleteStep:
    case C::ReopenStep: {
        if (auto refusal = checkRequired(p, u"step"_s))
            return *refusal;
        const bool done = command.type == C::CompleteStep;
        if (!done) {
            if (auto refusal = checkRequired(p, u"reason"_s))
                return *refusal;
        }
        if (auto refusal = checkStep(context, text(p, u"step"_s), done))
            return *refusal;
        QJsonObject event = pick(p, {u"step", u"note", u"reason"});
        // A step ticked by someone in the command center was reported to them by phone; the record says so.
        event.insert(u"phone_report"_s, context.actor.role != Role::Liaison);
        return one(done ? EventType::StepDone : EventType::StepReopened, event);
    }
    case C::RevealIdentity:
        // Only for an anonim reporter: the hub's reveal route checks that before it sends this (IdentityRoute).
        if (auto refusal = checkRequired(p, u"reason"_s))
            return *refusal;
        return one(EventType::IdentityRevealed, pick(p, {u"reason"}));
    case C::AddAttachment:
        // The hub's upload route checked the bytes and stored them before it sends this (AttachmentRoute).
        return one(EventType::AttachmentAdded, pick(p, {u"attachment_id", u"name", u"type", u"size", u"sha256"}));
    }
    Q_UNREACHABLE();
}

} // namespace

bool roleMayIssue(Role role, CommandType type) { return (ruleFor(type).roles & bit(role)) != 0; }

QList<ComplaintState> statesAllowing(CommandType type)
{
    const auto &states = ruleFor(type).states;
    return QList<ComplaintState>(states.begin(), states.end());
}

Result<QList<EventDraft>, Refusal> decide(const std::optional<Complaint> &current, const Command &command,
                                          const DecisionContext &context)
{
    const Actor &actor = context.actor;
    if (!roleMayIssue(actor.role, command.type)) {
        return refuse(Refusal::Kind::RoleNotAllowed, u"role_not_allowed"_s,
                      LifecycleText::tr("The role \"%1\" may not %2.").arg(roleText(actor.role), commandText(command.type)));
    }
    if (command.type == C::Intake) {
        if (current)
            return refuse(Refusal::Kind::AlreadyExists, u"complaint_exists"_s,
                          LifecycleText::tr("A complaint with this id already exists."));
        return decideIntake(command, context);
    }
    if (!current)
        return refuse(Refusal::Kind::NotFound, u"not_found"_s, LifecycleText::tr("There is no such complaint."));
    if (actor.role == Role::Liaison && !inScopeForLiaison(*current, actor)) {
        return refuse(Refusal::Kind::OutOfScope, u"out_of_scope"_s,
                      LifecycleText::tr("This complaint is not dispatched to your OPD."));
    }
    const auto &states = ruleFor(command.type).states;
    if (std::find(states.begin(), states.end(), current->state) == states.end()) {
        return refuse(Refusal::Kind::WrongState, u"wrong_state"_s,
                      LifecycleText::tr("You cannot %1 while the complaint is \"%2\".")
                          .arg(commandText(command.type), stateText(current->state)));
    }
    return decideFor(*current, command, context);
}

bool needsHistory(CommandType type)
{
    return type == C::Respond || type == C::CompleteStep || type == C::ReopenStep;
}

bool isStateChanging(EventType type)
{
    switch (type) {
    case EventType::Escalated:
    case EventType::Assigned:
    case EventType::Released:
    case EventType::NoteAdded:
    case EventType::StepDone:
    case EventType::StepReopened:
    case EventType::IdentityRevealed:
    case EventType::AttachmentAdded:
        return false;
    default:
        return true;
    }
}

} // namespace rabeg
