#pragma once

#include "refdata/ReferenceTypes.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace rabeg {

// Indonesian working days (DESIGN.md, "Deadlines"): Monday to Friday, minus national holidays, cuti bersama and
// days added at short notice, plus the Saturdays a front-line OPD opens. Day boundaries are WIB (UTC+7, no
// daylight saving); instants are UTC.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const QList<CalendarDay> &days);

    bool isWorkingDay(const QDate &date, const QString &opd = {}) const;
    // The n-th working day after `date` (n >= 1); `date` itself never counts.
    QDate nthWorkingDayAfter(const QDate &date, int n, const QString &opd = {}) const;
    // Working days d with from <= d <= to.
    int workingDaysBetween(const QDate &from, const QDate &to, const QString &opd = {}) const;

    static QDate wibDate(const QDateTime &utc);
    // 24:00 WIB at the end of `date`, as UTC (17:00 UTC of that date).
    static QDateTime endOfWibDay(const QDate &date);
    static QDateTime startOfWibDay(const QDate &date);

private:
    QSet<QDate> m_closed;
    QHash<QDate, QSet<QString>> m_openSaturdays; // date -> OPDs that work that Saturday
};

} // namespace rabeg
