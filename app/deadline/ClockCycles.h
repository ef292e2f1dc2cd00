#pragma once

#include "WorkingCalendar.h"
#include "domain/Event.h"
#include "refdata/ReferenceTypes.h"

#include <QDateTime>
#include <QList>

namespace rabeg {

// A stretch of time a clock was paused (the complaint in one of the clock's pause states).
struct ClockPause
{
    QDateTime from;
    QDateTime to; // invalid while the pause goes on

    friend bool operator==(const ClockPause &, const ClockPause &) = default;
};

// The latest cycle of one SLA clock of a complaint: what its due time is computed from, and nothing that depends
// on the calendar. Kept per complaint by the workstation's cache (ClockCycleWriter) so that a calendar change
// computes due times again from these facts instead of from every history.
struct ClockCycle
{
    QString clock;
    int cycle = 0; // 0 when the clock never started
    QDateTime start; // UTC
    QDateTime stop; // invalid while the cycle goes on
    QString opd; // the OPD whose working Saturdays count (the complaint's OPD when the cycle started)
    QList<ClockPause> pauses;

    bool pausedNow() const { return !stop.isValid() && !pauses.isEmpty() && !pauses.constLast().to.isValid(); }

    friend bool operator==(const ClockCycle &, const ClockCycle &) = default;
};

// The latest cycle of each of `clocks` (in their order), from one pass over the history.
QList<ClockCycle> latestClockCycles(const QList<Event> &history, const QList<SlaClock> &clocks);

// How far the pauses of `cycle` extend its due time, in the clock's unit: the working days (or calendar days)
// whose 24 hours (WIB) overlap a pause; for an hour clock, the paused seconds. An open pause counts up to `now`.
qint64 pauseExtension(const ClockCycle &cycle, const SlaClock &clock, const WorkingCalendar &calendar,
                      const QDateTime &now);

// The due time (UTC) of a cycle with a given pause extension (docs/deadlines.md, rules 2 to 6).
QDateTime cycleDueAt(const ClockCycle &cycle, const SlaClock &clock, const WorkingCalendar &calendar,
                     qint64 extension);

} // namespace rabeg
