#pragma once

#include "deadline/Deadlines.h"
#include "refdata/ReferenceLoader.h"

#include <QJsonObject>

namespace rabeg::testing {

// The shipped reference data: the 2026 decree and 2027 as provisional.
inline const ReferenceData &shippedReference()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

inline const WorkingCalendar &shippedCalendar()
{
    static const WorkingCalendar calendar(shippedReference().calendar);
    return calendar;
}

// "2026-03-17 10:00" read as WIB, returned as UTC.
inline QDateTime wib(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(local.date(), local.time(), Qt::UTC).addSecs(-7 * 3600);
}

inline QDateTime utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// A history written by hand, one event at a time.
class History
{
public:
    History &add(EventType type, const char *wibTime, QJsonObject payload = {})
    {
        Event e;
        e.type = type;
        e.typeName = toCode(type);
        e.complaintId = QUuid::fromString(QStringLiteral("8a0f2b4e-0000-4000-8000-000000000001"));
        e.version = m_events.size() + 1;
        e.at = wib(wibTime);
        e.payload = std::move(payload);
        m_events.append(e);
        return *this;
    }
    History &dispatched(const char *wibTime, const char *opd)
    {
        ++m_cycle;
        return add(EventType::Dispatched, wibTime,
                   {{QStringLiteral("opd"), QString::fromLatin1(opd)}, {QStringLiteral("cycle"), m_cycle}});
    }
    const QList<Event> &events() const { return m_events; }

private:
    QList<Event> m_events;
    int m_cycle = 0;
};

inline Deadline clockOf(const QList<Deadline> &deadlines, const char *clock)
{
    for (const Deadline &d : deadlines) {
        if (d.clock == QLatin1String(clock))
            return d;
    }
    return {};
}

inline Deadline deadline(const History &history, const char *clock, const QDateTime &now)
{
    return clockOf(computeDeadlines(history.events(), shippedReference().sla, shippedCalendar(), now), clock);
}

} // namespace rabeg::testing
