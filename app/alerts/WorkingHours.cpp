#include "WorkingHours.h"

namespace rabeg {

namespace {

constexpr qint64 kWibOffsetSecs = 7 * 3600;

QDateTime wibAt(const QDate &date, int hour)
{
    return WorkingCalendar::startOfWibDay(date).addSecs(qint64(hour) * 3600);
}

} // namespace

WorkingHours::WorkingHours(const WorkingCalendar &calendar, QString opd) : m_calendar(calendar), m_opd(std::move(opd))
{
}

bool WorkingHours::isWorking(const QDateTime &utc) const
{
    const QDate day = WorkingCalendar::wibDate(utc);
    if (!m_calendar.isWorkingDay(day, m_opd))
        return false;
    const int hour = utc.toUTC().addSecs(kWibOffsetSecs).time().hour();
    return hour >= kStartHour && hour < kEndHour;
}

QDateTime WorkingHours::nextStart(const QDateTime &utc) const
{
    QDate day = WorkingCalendar::wibDate(utc);
    if (m_calendar.isWorkingDay(day, m_opd) && utc < wibAt(day, kStartHour))
        return wibAt(day, kStartHour);
    return wibAt(m_calendar.nthWorkingDayAfter(day, 1, m_opd), kStartHour);
}

} // namespace rabeg
