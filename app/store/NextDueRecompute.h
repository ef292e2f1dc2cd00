#pragma once

#include "LocalCache.h"
#include "core/Result.h"

#include <QDate>

namespace rabeg {

// After a change of the calendar (CalendarChange.h), under the cache's deadline policy (already the new one): the
// due and warning points of the running working-day cycles a change of `changedDays` can make wrong, computed again
// from the inputs running_cycles keeps (start, OPD, duration, pauses; cache schema 16, DuePoints.h) without reading
// any history, and written where they differ, with their complaints' entries in complaint_due. A point is kept on its
// OPD's working-time axis (WorkingCalendar::position), where a change on day D moves nothing before D: so only the
// cycles that start on or after the first changed day, those whose pauses cover a changed day, the complaints whose
// working-day clocks lie on several axes and, when a Saturday changed, the cycles whose OPD's axis changed can be
// wrong (docs/deadlines.md, "Recompute after a calendar change"); of those, the cycles that start on or after the
// last changed day are shifted by whole working days in a few statements per axis (AxisShift.h), and the rest are
// read and computed again. Every other stored point names its new due day as it is. Runs in the caller's transaction;
// returns how many complaints' complaint_due entries were written.
Result<qint64> recomputeCyclesAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays);

// running_cycles and complaint_due made again from clock_cycles' running cycles under the cache's policy: the fill
// of cache schemas 11 and 16 (fillWarningInstants, fillDuePoints). Runs in the caller's transaction.
Status refreshRunningCycleDues(LocalCache &cache);
// refreshRunningCycleDues in a transaction of its own that also clears the meta `mark` an upgrade left, telling the
// open's progress; nothing when the mark is not there (a fill stopped before its commit runs again at the next open).
Status refreshRunningCycleDuesOnce(LocalCache &cache, const QString &mark);

// recomputeCyclesAfterCalendarChange and every other fact a calendar moves (the weekly report's facts are marked
// stale from the first changed day, ReportFactsStale.h; the SOP progress rows keep nothing a calendar moves since
// cache schema 19, SopProgress.h), in the caller's transaction: what a workstation does when it adopts a new
// calendar.
Result<qint64> recomputeAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays);

// recomputeAfterCalendarChange in a transaction of its own, which also records the policy's fingerprint.
Result<qint64> rederiveNextDueAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays);

} // namespace rabeg
