#include "WorkingCalendar.h"

#include <algorithm>

namespace rabeg {
namespace {

constexpr int kWibOffsetSeconds = 7 * 3600;
constexpr int kMaxSearchDays = 3660; // ten years: a calendar that closes every day is a data error, not a loop
constexpr qint64 kEpochMonday = 2451547; // Monday 3 January 2000, the axis's epoch (any Monday would do)

qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Mondays to Fridays among the Julian days [kEpochMonday, day] (negative before it).
qint64 weekdaysUpTo(qint64 day)
{
    const qint64 days = day - kEpochMonday + 1;
    const qint64 weeks = floorDiv(days, 7);
    return weeks * 5 + std::min<qint64>(days - weeks * 7, 5);
}

// Entries of `sorted` in [kEpochMonday, day] minus those before the epoch, so that the count is additive.
qint64 countUpTo(const std::vector<qint64> &sorted, qint64 day)
{
    const auto epoch = std::lower_bound(sorted.begin(), sorted.end(), kEpochMonday);
    const auto end = std::upper_bound(sorted.begin(), sorted.end(), day);
    return std::distance(epoch, end);
}

} // namespace

WorkingCalendar::WorkingCalendar(const QList<CalendarDay> &days)
{
    for (const CalendarDay &day : days) {
        if (day.kind == CalendarDayKind::OpdWorkingDay)
            m_openSaturdays[day.date].insert(day.opd);
        else
            m_closed.insert(day.date);
    }
    for (const QDate &date : std::as_const(m_closed)) {
        if (date.dayOfWeek() <= Qt::Friday)
            m_closedWeekdays.push_back(date.toJulianDay());
    }
    std::sort(m_closedWeekdays.begin(), m_closedWeekdays.end());
    for (auto it = m_openSaturdays.cbegin(); it != m_openSaturdays.cend(); ++it) {
        if (it.key().dayOfWeek() != Qt::Saturday || m_closed.contains(it.key()))
            continue;
        for (const QString &opd : it.value())
            m_opdSaturdays[opd].push_back(it.key().toJulianDay());
    }
    for (auto &saturdays : m_opdSaturdays)
        std::sort(saturdays.begin(), saturdays.end());
}

qint64 WorkingCalendar::ordinal(const QDate &date, const QString &opd) const
{
    const qint64 day = date.toJulianDay();
    qint64 count = weekdaysUpTo(day) - countUpTo(m_closedWeekdays, day);
    const auto saturdays = opd.isEmpty() ? m_opdSaturdays.cend() : m_opdSaturdays.constFind(opd);
    if (saturdays != m_opdSaturdays.cend())
        count += countUpTo(*saturdays, day);
    if (!m_origins.isEmpty())
        count -= m_origins.value(saturdays != m_opdSaturdays.cend() ? opd : QString());
    return count;
}

QDate WorkingCalendar::dayOfOrdinal(qint64 wanted, const QString &opd) const
{
    // The first day whose ordinal reaches `wanted` (ordinals grow by one on each working day and not otherwise).
    // A working day lies within kMaxSearchDays of the estimate five working days a week gives.
    const qint64 estimate = kEpochMonday + floorDiv((wanted + m_origins.value(axisOf(opd))) * 7, 5);
    qint64 low = estimate - kMaxSearchDays;
    qint64 high = estimate + kMaxSearchDays;
    while (low < high) {
        const qint64 mid = low + floorDiv(high - low, 2);
        if (ordinal(QDate::fromJulianDay(mid), opd) >= wanted)
            high = mid;
        else
            low = mid + 1;
    }
    return QDate::fromJulianDay(low);
}

qint64 WorkingCalendar::position(const QDateTime &utc, const QString &opd) const
{
    const QDate day = wibDate(utc);
    const qint64 before = ordinal(day.addDays(-1), opd) * kDayMs;
    return isWorkingDay(day, opd) ? before + startOfWibDay(day).msecsTo(utc) : before;
}

QDateTime WorkingCalendar::instantOfPosition(qint64 position, const QString &opd) const
{
    const qint64 whole = floorDiv(position, kDayMs);
    const qint64 rest = position - whole * kDayMs;
    if (rest == 0)
        return endOfWibDay(dayOfOrdinal(whole, opd));
    return startOfWibDay(dayOfOrdinal(whole + 1, opd)).addMSecs(rest);
}

QString WorkingCalendar::axisOf(const QString &opd) const
{
    return !opd.isEmpty() && m_opdSaturdays.contains(opd) ? opd : QString();
}

QStringList WorkingCalendar::opdAxes() const
{
    QStringList opds = m_opdSaturdays.keys();
    opds.sort();
    return opds;
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
