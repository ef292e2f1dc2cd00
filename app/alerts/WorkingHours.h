#pragma once

#include "deadline/WorkingCalendar.h"

#include <QDateTime>
#include <QTime>

namespace rabeg {

// When a recipient is at work, for delivering alerts (docs/alerts.md, "When an alert is shown"): the working days
// of the calendar the cache adopted (national holidays, cuti bersama, the working Saturdays of the recipient's
// OPD for a liaison) and office hours 08:00-16:00 WIB, the command center's eight-hour day (DESIGN.md, "People").
// Instants are UTC; the day and the hours are WIB.
class WorkingHours
{
public:
    static constexpr int kStartHour = 8;
    static constexpr int kEndHour = 16;

    // `opd`: the liaison's OPD whose working Saturdays count; empty for the command center.
    WorkingHours(const WorkingCalendar &calendar, QString opd);

    // A working day, from 08:00 (inclusive) to 16:00 (exclusive) WIB.
    bool isWorking(const QDateTime &utc) const;
    // The start (08:00 WIB of a working day) of the first working period that begins after `utc`.
    QDateTime nextStart(const QDateTime &utc) const;

private:
    const WorkingCalendar &m_calendar;
    QString m_opd;
};

} // namespace rabeg
