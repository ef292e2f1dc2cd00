#include "WorkingCalendar.h"

namespace rabeg {
namespace {

constexpr int kWibOffsetSeconds = 7 * 3600;
constexpr int kMaxSearchDays = 3660; // ten years: a calendar that closes every day is a data error, not a loop

} // namespace

WorkingCalendar::WorkingCalendar(const QList<CalendarDay> &days)
{
    for (const CalendarDay &day : days) {
        if (day.kind == CalendarDayKind::OpdWorkingDay)
            m_openSaturdays[day.date].insert(day.opd);
        else
            m_closed.insert(day.date);
    }
}

bool WorkingCalendar::isWorkingDay(const QDate &date, const QString &opd) const
{
    const int weekday = date.dayOfWeek();
    if (weekday == Qt::Saturday)
        return !opd.isEmpty() && m_openSaturdays.value(date).contains(opd) && !m_closed.contains(date);
    if (weekday == Qt::Sunday)
        return false;
    return !m_closed.contains(date);
}

QDate WorkingCalendar::nthWorkingDayAfter(const QDate &date, int n, const QString &opd) const
{
    QDate day = date;
    int found = 0;
    for (int step = 0; step < kMaxSearchDays && found < n; ++step) {
        day = day.addDays(1);
        if (isWorkingDay(day, opd))
            ++found;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to, const QString &opd) const
{
    int count = 0;
    for (QDate day = from; day <= to; day = day.addDays(1))
        count += isWorkingDay(day, opd) ? 1 : 0;
    return count;
}

QDate WorkingCalendar::wibDate(const QDateTime &utc) { return utc.toUTC().addSecs(kWibOffsetSeconds).date(); }

QDateTime WorkingCalendar::startOfWibDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(-kWibOffsetSeconds);
}

QDateTime WorkingCalendar::endOfWibDay(const QDate &date) { return startOfWibDay(date.addDays(1)); }

} // namespace rabeg
