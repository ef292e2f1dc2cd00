#include "PolicyRoute.h"

#include "HubApi.h"
#include "HubLog.h"
#include "ReferenceRequest.h"
#include "Scheduler.h"
#include "deadline/CalendarChange.h"


using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kSlaPath = u"/api/v1/admin/sla-policy"_s;
const QString kCalendarPath = u"/api/v1/admin/calendar"_s;

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}};
}

CommandOutcome refused(const Refusal &refusal)
{
    const int status = refusal.isForbidden() ? 403 : refusal.code == u"policy_version_taken"_s ? 409 : 422;
    return {status, errorBody(refusal.code, refusal.message)};
}

} // namespace

bool PolicyRoute::handles(const QString &path)
{
    return path == kSlaPath || path == kCalendarPath;
}

HubResponse PolicyRoute::handle(const HubRequest &request, const Actor &actor, const QDateTime &now,
                                const QJsonObject &envelope, bool &appended)
{
    appended = false;
    const bool calendar = request.path == kCalendarPath;
    if (request.method == "POST")
        return publish(request, actor, now, calendar, appended);
    if (request.method != "GET")
        return HubResponse::error(405, u"method_not_allowed"_s,
                                  u"Use GET to read the version in force, POST to "
                                  u"publish the next one."_s);
    const auto stream = m_store.referenceEvents(0);
    if (!stream.ok())
        return storageFailure(stream.error());
    const auto versions = HubPolicy::fold(m_reference, stream.value());
    if (!versions.ok())
        return storageFailure(versions.error());
    QJsonObject body = envelope;
    const QJsonObject current = calendar ? versions->calendarJson() : versions->slaJson();
    for (auto it = current.constBegin(); it != current.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return HubResponse::json(200, body);
}

HubResponse PolicyRoute::publish(const HubRequest &request, const Actor &actor, const QDateTime &now, bool calendar,
                                 bool &appended)
{
    auto read = readReferenceRequest(request, u"publication"_s);
    if (auto *refused = std::get_if<HubResponse>(&read))
        return *refused;
    const QJsonObject body = std::get<ReferenceRequest>(read).body;
    const QUuid commandId = std::get<ReferenceRequest>(read).commandId;
    QJsonObject payload = body;
    payload.remove(u"command_id"_s);

    ReferenceAppend append = referenceAppend(request, commandId, actor, now, body);
    QList<CalendarDay> before;
    QList<CalendarDay> after;
    QList<SlaClock> clocks; // in force with the new calendar: the schedule's basis is over both
    append.decide = [&](const QList<Event> &stream) -> std::variant<ReferenceDraft, CommandOutcome> {
        const auto versions = HubPolicy::fold(m_reference, stream);
        if (!versions.ok())
            return CommandOutcome {500, errorBody(u"damaged_log"_s, versions.error().message)};
        const auto decided
            = calendar ? versions->decideCalendar(payload, actor, &m_reference) : versions->decideSla(payload, actor);
        if (!decided.ok())
            return refused(decided.error());
        if (calendar) {
            clocks = versions->clocks();
            before = versions->days();
            after = decodeCalendarDays(decided->value(u"days"_s), u"days"_s, DecodeMode::Tolerant).value_or({});
        }
        return ReferenceDraft {QString::fromUtf16(calendar ? kCalendarPublishedType : kSlaPolicyPublishedType),
                               decided.value(), QString()};
    };
    const auto outcome = m_store.appendReference(append);
    if (!outcome.ok())
        return storageFailure(outcome.error());
    appended = outcome->status == 200 && !outcome->replayed;
    QJsonObject answer = outcome->body;
    if (appended) {
        // This process's appends keep the schedule under the clocks in force from now on.
        const auto stream = m_store.referenceEvents(0);
        if (!stream.ok())
            return storageFailure(stream.error());
        const auto versions = HubPolicy::fold(m_reference, stream.value());
        if (!versions.ok())
            return storageFailure(versions.error());
        m_store.setSlaPolicy(versions->clocks());
    }
    if (appended && calendar) {
        // Only the cycles that span a day whose working status changed can move (CalendarChange.h).
        const QList<QDate> changed = changedCalendarDays(before, after);
        ReferenceData next = m_reference;
        next.sla = clocks;
        next.calendar = after;
        const auto recomputed
            = m_store.recomputeSchedule(changed, WorkingCalendar(after), Scheduler::basisOf(next), now);
        if (!recomputed.ok())
            return storageFailure(recomputed.error());
        answer.insert(u"changed_days"_s, qint64(changed.size()));
        answer.insert(u"recomputed"_s, recomputed.value());
        qCInfo(lcHub).noquote() << u"calendar version published by %1: %2 changed days, %3 scheduled deadlines "
                                   u"recomputed"_s.arg(actor.user)
                                       .arg(changed.size())
                                       .arg(recomputed.value());
    }
    return HubResponse::json(outcome->status, answer);
}

} // namespace rabeg
