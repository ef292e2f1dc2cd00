#pragma once

#include "LocalCache.h"
#include "core/Result.h"

#include <QDate>

namespace rabeg {

// After a change of the calendar (CalendarChange.h), under the cache's deadline policy (already the new one):
// the next due time of each complaint one of whose running working-day cycles spans a changed day, as the earliest
// due time of its running cycles, computed from the facts the cache keeps per cycle (ClockCycleWriter: start, OPD,
// duration, pauses) without reading any history. One pass over running_cycles (cache schema 12, DueTables.h: the
// running cycles with a due time, with those inputs, in a narrow table of their own) computes each working-day due
// time under the new calendar; a cycle spans a day D when its start's WIB day < D <= its span end (the due day, or a
// later last day of a pause). The running_cycles rows of the working-day cycles whose due time moved get the new
// due time and warning instant (WarningInstants.h: the alerts select cycles by it), and complaint_due the next
// due times that changed; no other row is written, docs/deadlines.md, "Recompute after a calendar change". Runs in
// the caller's transaction; returns how many complaints' next due times changed (only those are written).
Result<qint64> recomputeCyclesAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays);

// Every running cycle's due time (working-day cycles computed under the cache's calendar, the others as stored) and
// warning instant written into its running_cycles row: the fill of cache schema 11 (fillWarningInstants). Runs in
// the caller's transaction.
Status refreshRunningCycleDues(LocalCache &cache);

// recomputeCyclesAfterCalendarChange and every other fact a calendar moves (the SOP stall instants,
// SopProgressRecompute.h; the weekly report's facts are marked stale from the first changed day, ReportFactsStale.h),
// in the caller's transaction: what a workstation does when it adopts a new calendar.
Result<qint64> recomputeAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays);

// recomputeAfterCalendarChange in a transaction of its own, which also records the policy's fingerprint.
Result<qint64> rederiveNextDueAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays);

} // namespace rabeg
