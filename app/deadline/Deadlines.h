#pragma once

#include "WorkingCalendar.h"
#include "domain/Event.h"
#include "refdata/ReferenceTypes.h"

#include <QDateTime>
#include <QList>

namespace rabeg {

enum class DeadlineState { Running, Warning, Paused, Met, Breached, NotApplicable };
QString toCode(DeadlineState state);

// One SLA clock of one complaint, in its latest cycle.
struct Deadline
{
    QString clock;
    int cycle = 0; // 0 when the clock never started
    QDateTime startedAt;
    QDateTime dueAt; // UTC
    QDateTime stoppedAt;
    DeadlineState state = DeadlineState::NotApplicable;

    friend bool operator==(const Deadline &, const Deadline &) = default;
};

// Every clock of a complaint at hub time `now`, derived from its history by the shared core, the same on hub and
// client (DESIGN.md, "Derived fields"). The convention (docs/deadlines.md):
//  - N working days from an event at time t end at 24:00 WIB of the N-th working day after t's WIB day;
//  - N calendar days the same, without skipping days; hours are literal;
//  - a pause (a pause state such as deferred) extends a working-day clock by the working days whose 24 hours (WIB)
//    overlap it, a calendar-day clock by the calendar days overlapping it, an hour clock by its length;
//  - each start event (a re-dispatch, a reopen) starts a new cycle; a stop event ends the cycle: met if it came by
//    the due time, breached if after.
// Working days after dispatch follow the OPD's own calendar (its working Saturdays).
QList<Deadline> computeDeadlines(const QList<Event> &history, const QList<SlaClock> &clocks,
                                 const WorkingCalendar &calendar, const QDateTime &now);

// Whether the clock still counts at hub time: running, in warning, or past its due time and not stopped. One that
// stopped late is breached for good but counts no more.
inline bool stillCounting(const Deadline &d)
{
    return !d.stoppedAt.isValid()
           && (d.state == DeadlineState::Running || d.state == DeadlineState::Warning
               || d.state == DeadlineState::Breached);
}

} // namespace rabeg
