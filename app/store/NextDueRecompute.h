#pragma once

#include "LocalCache.h"
#include "core/Result.h"

#include <QDate>

namespace rabeg {

// After a change of the calendar (CalendarChange.h): derives again, under the cache's deadline policy (already the
// new one), the stored next due time of the complaints whose next due time can move, and records the policy's
// fingerprint, in one transaction. A complaint's next due time is the earliest due time of its running clocks; a
// change on day D moves only due times that span D, and a due time that ended before D began keeps being the
// earliest whatever moves after it. So only next due times from the start of the first changed day (WIB) on are
// derived again: an index range (complaints_next_due), not every history (docs/deadlines.md, "Recompute after
// a calendar change"). Returns how many were derived.
Result<qint64> rederiveNextDueAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays);

} // namespace rabeg
