#include "AlertRules.h"

using namespace Qt::StringLiterals;

namespace rabeg::AlertRules {

QStringList eventTypes(const AlertRecipient &recipient)
{
    QStringList types {toCode(EventType::Assigned)};
    if (recipient.role == Role::Operator)
        types.append(toCode(EventType::Received));
    if (recipient.role == Role::Liaison)
        types.append(toCode(EventType::Dispatched));
    return types;
}

std::optional<Alert> forEvent(const AlertEventRow &event, const AlertRecipient &recipient)
{
    Alert alert;
    alert.key = u"event:"_s + event.eventId;
    alert.complaint = event.complaint;
    alert.trackingId = event.trackingId;
    alert.title = event.title;
    alert.happenedAt = event.at;
    if (event.type == toCode(EventType::Received) && recipient.role == Role::Operator) {
        alert.kind = AlertKind::NewComplaint;
        return alert;
    }
    if (event.type == toCode(EventType::Dispatched) && recipient.role == Role::Liaison
        && event.payload.value(u"opd"_s).toString() == recipient.opd && !recipient.opd.isEmpty()) {
        alert.kind = AlertKind::Dispatched;
        alert.detail = recipient.opd;
        return alert;
    }
    // Claiming a complaint oneself is an assignment too, but nobody needs telling about it.
    if (event.type == toCode(EventType::Assigned) && !recipient.user.isEmpty()
        && event.payload.value(u"assignee"_s).toString() == recipient.user && event.actorUser != recipient.user) {
        alert.kind = AlertKind::AssignedToMe;
        alert.detail = event.actorUser;
        return alert;
    }
    return std::nullopt;
}

QStringList warningClocks(const AlertRecipient &recipient)
{
    if (recipient.role == Role::Operator)
        return {u"triage"_s};
    if (recipient.role == Role::Liaison)
        return {u"first_response"_s, u"followup"_s};
    return {};
}

bool watches(const RunningCycleRow &cycle, const AlertRecipient &recipient)
{
    if (!recipient.user.isEmpty() && cycle.assignee == recipient.user)
        return true;
    if (!warningClocks(recipient).contains(cycle.clock))
        return false;
    if (recipient.role == Role::Liaison) // an OPD's clocks of its own
        return !recipient.opd.isEmpty() && cycle.opd == recipient.opd;
    // The command center's triage runs while a complaint waits in the inbox.
    return cycle.state == toCode(ComplaintState::Received);
}

std::optional<Alert> forCycle(const RunningCycleRow &cycle, const QDateTime &previous, const QDateTime &now)
{
    const QDateTime &at = cycle.warningAt;
    if (!at.isValid() || (previous.isValid() && at <= previous) || at > now || now >= cycle.dueAt)
        return std::nullopt;
    Alert alert;
    alert.key = u"warning:%1/%2/%3"_s.arg(cycle.complaint.toString(QUuid::WithoutBraces), cycle.clock)
                    .arg(cycle.cycle);
    alert.kind = AlertKind::DeadlineWarning;
    alert.complaint = cycle.complaint;
    alert.trackingId = cycle.trackingId;
    alert.title = cycle.title;
    alert.detail = cycle.clock;
    alert.dueAt = cycle.dueAt;
    alert.happenedAt = at;
    return alert;
}

std::optional<Alert> forOutbox(const OutboxEntry &entry, const std::pair<QString, QString> &label,
                               const QDateTime &now)
{
    if (entry.status != u"conflict"_s)
        return std::nullopt;
    Alert alert;
    alert.key = u"conflict:"_s + entry.command.commandId.toString(QUuid::WithoutBraces);
    alert.kind = AlertKind::Conflict;
    alert.complaint = entry.command.complaintId;
    alert.trackingId = label.first;
    alert.title = label.second;
    alert.detail = toCode(entry.command.type);
    alert.happenedAt = now;
    return alert;
}

} // namespace rabeg::AlertRules
