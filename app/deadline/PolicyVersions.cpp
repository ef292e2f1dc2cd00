#include "PolicyVersions.h"

#include "codec/WireTime.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qsizetype kMaxWhy = 500;

Refusal invalid(const QString &code, const QString &message)
{
    return {Refusal::Kind::InvalidPayload, code, message};
}

QJsonObject publishedJson(const PolicyVersions::Published &p)
{
    QJsonObject out {{u"version"_s, p.version}};
    if (p.version > 0) {
        out.insert(u"published_by"_s, p.by);
        out.insert(u"published_at"_s, toWireTime(p.at));
        out.insert(u"why"_s, p.why);
    }
    return out;
}

// Role, version and "why", the same for both publications; the body's own field is checked by the caller.
std::optional<Refusal> checkEnvelope(const QJsonObject &payload, const Actor &actor, int current, const QString &field)
{
    if (actor.role != Role::Admin)
        return Refusal {Refusal::Kind::RoleNotAllowed, u"role_not_allowed"_s,
                        u"Only an administrator publishes the SLA policy and the calendar."_s};
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (it.key() != u"version"_s && it.key() != u"why"_s && it.key() != field)
            return invalid(u"invalid_field"_s,
                           u"%1: not a field of this publication (version, why, %2)"_s.arg(it.key(), field));
    }
    const QJsonValue version = payload.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return invalid(u"invalid_field"_s,
                       u"version: expected the whole number of the version published (%1)"_s.arg(current + 1));
    if (version.toInt() != current + 1)
        return Refusal {Refusal::Kind::WrongState, u"policy_version_taken"_s,
                        u"version: version %1 is in force, so this one is %2; someone published in between. Reload, "
                        u"check the changes, and publish again."_s.arg(current)
                            .arg(current + 1)};
    const QJsonValue why = payload.value(u"why"_s);
    if (!why.isString() || why.toString().trimmed().isEmpty() || why.toString().size() > kMaxWhy)
        return invalid(u"why_required"_s, u"why: say what changes and why (1 to %1 characters)"_s.arg(kMaxWhy));
    if (!payload.contains(field))
        return invalid(u"invalid_field"_s, u"%1: missing"_s.arg(field));
    return std::nullopt;
}

} // namespace

PolicyVersions::PolicyVersions(QList<SlaClock> clocks, QList<CalendarDay> days)
    : m_clocks(std::move(clocks)), m_days(std::move(days))
{ }

Status PolicyVersions::learn(const Event &event)
{
    const bool sla = event.typeName == QStringView(kSlaPolicyPublishedType);
    const bool calendar = event.typeName == QStringView(kCalendarPublishedType);
    if (!sla && !calendar)
        return std::nullopt;
    Published &published = sla ? m_sla : m_calendar;
    const int version = event.payload.value(u"version"_s).toInt();
    if (version != published.version + 1)
        return Error {u"damaged_log"_s,
                      u"%1 version %2 follows version %3"_s.arg(event.typeName).arg(version).arg(published.version)};
    if (sla) {
        const auto clocks = decodeSlaClocks(event.payload.value(u"clocks"_s), u"clocks"_s, DecodeMode::Tolerant);
        if (!clocks.ok())
            return clocks.error();
        m_clocks = clocks.value();
    } else {
        const auto days = decodeCalendarDays(event.payload.value(u"days"_s), u"days"_s, DecodeMode::Tolerant);
        if (!days.ok())
            return days.error();
        m_days = days.value();
    }
    published = {version, event.actor.user, event.payload.value(u"why"_s).toString(), event.at};
    return std::nullopt;
}

QJsonObject PolicyVersions::slaJson() const
{
    QJsonObject out = publishedJson(m_sla);
    out.insert(u"clocks"_s, encodeSlaClocks(m_clocks));
    return out;
}

QJsonObject PolicyVersions::calendarJson() const
{
    QJsonObject out = publishedJson(m_calendar);
    out.insert(u"days"_s, encodeCalendarDays(m_days));
    QJsonArray years;
    for (int year : provisionalYears(m_days))
        years.append(year);
    out.insert(u"provisional_years"_s, years);
    return out;
}

Result<QJsonObject, Refusal> PolicyVersions::decideSla(const QJsonObject &payload, const Actor &actor) const
{
    if (auto refusal = checkEnvelope(payload, actor, m_sla.version, u"clocks"_s))
        return *refusal;
    const auto clocks = decodeSlaClocks(payload.value(u"clocks"_s), u"clocks"_s, DecodeMode::Strict);
    if (!clocks.ok())
        return invalid(clocks.error().code, clocks.error().message);
    if (clocks->isEmpty())
        return invalid(u"invalid_field"_s, u"clocks: a policy needs at least one clock"_s);
    return QJsonObject {{u"version"_s, m_sla.version + 1},
                        {u"why"_s, payload.value(u"why"_s).toString().trimmed()},
                        {u"clocks"_s, encodeSlaClocks(clocks.value())}};
}

Result<QJsonObject, Refusal> PolicyVersions::decideCalendar(const QJsonObject &payload, const Actor &actor,
                                                            const ReferenceLookup *known) const
{
    if (auto refusal = checkEnvelope(payload, actor, m_calendar.version, u"days"_s))
        return *refusal;
    const auto days = decodeCalendarDays(payload.value(u"days"_s), u"days"_s, DecodeMode::Strict, known);
    if (!days.ok())
        return invalid(days.error().code, days.error().message);
    return QJsonObject {{u"version"_s, m_calendar.version + 1},
                        {u"why"_s, payload.value(u"why"_s).toString().trimmed()},
                        {u"days"_s, encodeCalendarDays(days.value())}};
}

} // namespace rabeg
