#pragma once

#include "PolicyJson.h"
#include "core/Result.h"
#include "domain/Actor.h"
#include "domain/Event.h"
#include "domain/Refusal.h"

#include <QDateTime>

namespace rabeg {

// The versions of the SLA policy and of the working calendar in force: the shipped ones (version 0) and each
// sla_policy_published / calendar_published reference event learnt since (PolicyJson.h). Hub and workstations
// fold the same events, so they compute deadlines under the same versions.
class PolicyVersions
{
public:
    struct Published
    {
        int version = 0; // 0: as shipped
        QString by; // who published it (empty when shipped)
        QString why;
        QDateTime at;
    };

    PolicyVersions(QList<SlaClock> clocks, QList<CalendarDay> days);

    // Learns from a published event; any other event is ignored. A version out of order is a damaged stream.
    Status learn(const Event &event);

    const QList<SlaClock> &clocks() const { return m_clocks; }
    const QList<CalendarDay> &days() const { return m_days; }
    const Published &sla() const { return m_sla; }
    const Published &calendar() const { return m_calendar; }

    // GET /api/v1/admin/sla-policy and /api/v1/admin/calendar: the version in force and who published it why.
    QJsonObject slaJson() const;
    QJsonObject calendarJson() const;

    // A publication, decided like a complaint command (role, then the version it was made on, then the payload):
    // only an admin publishes; "version" must be the next one (two admins editing the same version: the second
    // reloads, policy_version_taken); "why" says what changed and why (1 to 500 characters); the clocks or days are
    // checked field by field. The result is the payload of the event to append.
    Result<QJsonObject, Refusal> decideSla(const QJsonObject &payload, const Actor &actor) const;
    Result<QJsonObject, Refusal> decideCalendar(const QJsonObject &payload, const Actor &actor,
                                                const ReferenceLookup *known) const;

private:
    QList<SlaClock> m_clocks;
    QList<CalendarDay> m_days;
    Published m_sla;
    Published m_calendar;
};

} // namespace rabeg
