#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "deadline/WorkingCalendar.h"

#include <QDate>
#include <QList>

namespace rabeg {

// After a change of the calendar (rederiveNextDueAfterCalendarChange calls it in its transaction): the instant a
// current SOP step stalls moves only when a changed day lies in the step's span, from the day after it became
// current to the day it stalls. Those rows get their stalled-at again from their step start and expected days with
// `calendar` (the new one); no history is read, and the rest of the table stays as it is. The steps are found, and
// written, in SQL: a new instant depends only on the step's OPD, start day and expected days, so the core computes
// one per such triple (temp.sop_moved) and one UPDATE joins them. Returns how many rows' stall instants changed
// (only those are written).
Result<qint64> recomputeSopStalledAt(LocalCache &cache, const WorkingCalendar &calendar,
                                     const QList<QDate> &changedDays);

} // namespace rabeg
