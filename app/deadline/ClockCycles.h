#pragma once

#include "WorkingCalendar.h"
#include "domain/Event.h"
#include "refdata/ReferenceTypes.h"

#include <QDateTime>
#include <QList>

#include <optional>

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

// Where a cycle's time is measured (docs/deadlines.md, "Working time"): a working-day clock on the working-time
// axis of its OPD's calendar (WorkingCalendar::position, `axis` the calendar's axisOf(opd)), any other clock in
// real time (UTC milliseconds, no axis). Its warning point is measured the same way, so that a working-day clock
// warns when the share of its working time that has passed reaches the threshold, and a calendar change moves
// neither value of a clock that started before the changed day.
struct CycleSpan
{
    std::optional<QString> axis; // none: real time
    qint64 start = 0;
    qint64 due = 0;

    qint64 warning(int percent) const { return warningPoint(start, due, percent); }
    // The least point start + e with e * 100 >= (due - start) * percent.
    static qint64 warningPoint(qint64 start, qint64 due, int percent) { return start + ((due - start) * percent + 99) / 100; }
};

// The span of a cycle with a given pause extension on its clock's axis. Its due point is the due time
// cycleDueAt gives: for a working-day clock ordinal(start day) + duration + extension whole working days.
CycleSpan cycleSpan(const ClockCycle &cycle, const SlaClock &clock, const WorkingCalendar &calendar,
                    qint64 extension);

// An instant as a point on an axis of `calendar` (none: real time).
qint64 pointOnAxis(const std::optional<QString> &axis, const WorkingCalendar &calendar, const QDateTime &utc);
// The first instant whose point on the axis reaches `point`.
QDateTime instantOnAxis(const std::optional<QString> &axis, const WorkingCalendar &calendar, qint64 point);

} // namespace rabeg
