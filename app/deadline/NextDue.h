#pragma once

#include "Deadlines.h"

#include <optional>

namespace rabeg {

// The earliest due time among a complaint's running clocks (started, not stopped, not paused), derived by
// computeDeadlines; nullopt when no clock runs. It does not depend on the hub time: a running clock's due time
// moves only with events (a pause that ended) or a changed calendar or policy. So at any hub time T the complaint
// has a clock computeDeadlines calls breached and not stopped exactly when nextDueAt <= T, which lets the cache
// store it and find overdue complaints with an index (docs/deadlines.md, "Overdue in the inbox").
std::optional<QDateTime> nextDueAt(const QList<Event> &history, const QList<SlaClock> &clocks,
                                   const WorkingCalendar &calendar);

// Whether `deadline` is a clock that runs past its due time at the hub time it was computed for.
bool isOverdue(const Deadline &deadline);

} // namespace rabeg
