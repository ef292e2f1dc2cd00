#include "DaysAtStep.h"

namespace rabeg {

DaysAtStep::DaysAtStep(const WorkingCalendar &calendar, const QDateTime &now)
    : m_calendar(calendar), m_today(WorkingCalendar::wibDate(now))
{ }

qint64 DaysAtStep::wibDayOf(qint64 ms)
{
    constexpr qint64 kWibMs = 7 * 3600 * 1000;
    constexpr qint64 kDayMs = 86400 * 1000;
    const qint64 wib = ms + kWibMs;
    return wib >= 0 ? wib / kDayMs : (wib - kDayMs + 1) / kDayMs;
}

int DaysAtStep::of(const QString &opd, qint64 sinceMs)
{
    return ofDay(opd, wibDayOf(sinceMs));
}

int DaysAtStep::ofDay(const QString &opd, qint64 wibDay)
{
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    const qint64 day = wibDay + kUnixEpochJulianDay;
    QHash<qint64, int> &days = m_days[opd];
    const auto it = days.constFind(day);
    if (it != days.constEnd())
        return it.value();
    const QDate startDay = QDate::fromJulianDay(day);
    const int n = m_today > startDay ? m_calendar.workingDaysBetween(startDay.addDays(1), m_today, opd) : 0;
    days.insert(day, n);
    return n;
}

} // namespace rabeg
