#include "EventText.h"

#include "Labels.h"
#include "domain/ContactChannels.h"
#include "domain/DomainText.h"
#include "domain/Reasons.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString route(const ReferenceData *reference, const QString &code)
{
    return reference ? reference->routeName(code) : code;
}

} // namespace

EventText::StepNames EventText::stepNames(const Checklist &checklist)
{
    StepNames names;
    for (const ChecklistStep &step : checklist.steps)
        names.insert(step.key, u"%1. %2"_s.arg(step.number).arg(step.title));
    return names;
}

QString EventText::of(const Event &event, const ReferenceData *reference, const StepNames *stepNames)
{
    const QJsonObject &p = event.payload;
    const auto step = [&p, stepNames] {
        const QString key = p.value(u"step"_s).toString();
        return stepNames ? stepNames->value(key, key) : key;
    };
    const auto withNote = [&p](const QString &text) {
        const QString note = p.value(u"note"_s).toString();
        return note.isEmpty() ? text : text + u" — "_s + note;
    };
    switch (event.known ? event.type : EventType::NoteAdded) {
    case EventType::Received:
        return tr("Complaint received");
    case EventType::Verified: {
        QStringList parts;
        if (const auto c = fromCode<Classification>(p.value(u"classification"_s).toString()))
            parts.append(Labels::classification(*c));
        const QString service = p.value(u"service"_s).toString();
        if (const Service *s = reference ? reference->service(service) : nullptr)
            parts.append(s->name);
        else if (!service.isEmpty())
            parts.append(service);
        return parts.isEmpty() ? tr("Verified") : tr("Verified: %1").arg(parts.join(u", "_s));
    }
    case EventType::Deferred: {
        const QString deferred =
            withNote(tr("Deferred: %1").arg(reasonLabel(ReasonList::Defer, p.value(u"reason"_s).toString())));
        const QString asked = p.value(u"reporter_message"_s).toString();
        if (asked.isEmpty())
            return deferred;
        return deferred + u" · "_s
               + tr("Asked the reporter (%1): %2")
                     .arg(contactChannelLabel(p.value(u"reporter_channel"_s).toString()), asked);
    }
    case EventType::Resumed: {
        const QString answer = p.value(u"reporter_answer"_s).toString();
        return answer.isEmpty() ? withNote(tr("Resumed after the reporter answered"))
                                : tr("The reporter answered (%1): %2")
                                      .arg(contactChannelLabel(p.value(u"reporter_channel"_s).toString()), answer);
    }
    case EventType::Rejected:
        return withNote(tr("Rejected: %1").arg(reasonLabel(ReasonList::Reject, p.value(u"reason"_s).toString())));
    case EventType::Forwarded:
        return withNote(tr("Not our authority, forwarded to %1").arg(route(reference, p.value(u"agency"_s).toString())));
    case EventType::MarkedDuplicate:
        return withNote(tr("Marked as a duplicate"));
    case EventType::Dispatched:
        return withNote(tr("Dispatched to %1").arg(route(reference, p.value(u"opd"_s).toString())));
    case EventType::Returned:
        return withNote(tr("Returned by %1: %2")
                            .arg(route(reference, p.value(u"opd"_s).toString()),
                                 reasonLabel(ReasonList::Return, p.value(u"reason"_s).toString())));
    case EventType::Acknowledged:
        return withNote(tr("Acknowledged by the OPD"));
    case EventType::Responded:
        return tr("Responded: %1").arg(p.value(u"response"_s).toString());
    case EventType::Reopened:
        return tr("Reopened: %1").arg(p.value(u"reason"_s).toString());
    case EventType::Closed:
        return p.value(u"automatic"_s).toBool() ? tr("Closed automatically (no reply from the reporter)")
                                                  : withNote(tr("Closed"));
    case EventType::Escalated:
        return tr("Escalated to the Ombudsman: %1").arg(p.value(u"reason"_s).toString());
    case EventType::Assigned:
        return withNote(tr("Assigned to %1").arg(p.value(u"assignee"_s).toString()));
    case EventType::Released:
        return tr("Released by %1").arg(p.value(u"previous"_s).toString());
    case EventType::NoteAdded:
        return event.known ? tr("Note: %1").arg(p.value(u"text"_s).toString())
                           : tr("(an event this version does not know: %1)").arg(event.typeName);
    case EventType::StepDone:
        return withNote(tr("SOP step done: %1").arg(step()));
    case EventType::StepReopened: {
        const QString reason = p.value(u"reason"_s).toString();
        const QString text = tr("SOP step reopened: %1").arg(step());
        return reason.isEmpty() ? text : text + u" — "_s + reason;
    }
    case EventType::IdentityRevealed:
        return tr("Anonymous reporter's identity revealed on the hub — reason: %1").arg(p.value(u"reason"_s).toString());
    case EventType::AttachmentAdded:
        return tr("Attachment added: %1").arg(p.value(u"name"_s).toString());
    }
    return {};
}

QString EventText::ofCommand(const Command &command, const ReferenceData *reference)
{
    const QJsonObject &p = command.payload;
    QString what = commandText(command.type);
    what[0] = what[0].toUpper();
    for (const auto *key : {u"opd", u"agency"}) {
        const QString code = p.value(QString::fromUtf16(key)).toString();
        if (!code.isEmpty())
            return what + u": "_s + route(reference, code);
    }
    return what;
}

} // namespace rabeg
