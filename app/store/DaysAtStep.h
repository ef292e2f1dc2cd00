#pragma once

#include "deadline/WorkingCalendar.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

namespace rabeg {

// Working days at an SOP step at hub time `now` (checklistOf's daysAtStep: the working days of the step's OPD begun
// after its WIB start day, up to now's), counted once per OPD and start day: tens of thousands of stalled complaints
// share a few hundred of those, and counting walks the days one by one. The WIB day is worked out from stored
// milliseconds by integer arithmetic (a QDateTime per row cost more than the rest of the row).
class DaysAtStep
{
public:
    DaysAtStep(const WorkingCalendar &calendar, const QDateTime &now);

    // The WIB day of an instant in milliseconds since the epoch (UTC), as days since 1970-01-01 WIB (sopStepDaySql's
    // unit, report_stalls.step_day).
    static qint64 wibDayOf(qint64 ms);
    // `sinceMs`: when the step became current, in milliseconds since the epoch (UTC).
    int of(const QString &opd, qint64 sinceMs);
    // `wibDay`: the step's start day as days since 1970-01-01 WIB (sopStepDaySql).
    int ofDay(const QString &opd, qint64 wibDay);

private:
    const WorkingCalendar &m_calendar;
    QDate m_today;
    QHash<QString, QHash<qint64, int>> m_days; // by OPD, then start day (Julian)
};

} // namespace rabeg
