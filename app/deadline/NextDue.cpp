#include "NextDue.h"

namespace rabeg {

std::optional<QDateTime> nextDueAt(const QList<Event> &history, const QList<SlaClock> &clocks,
                                   const WorkingCalendar &calendar)
{
    if (history.isEmpty())
        return std::nullopt;
    // Any hub time gives the same due times for running clocks (only an open pause reads it, and a paused clock
    // does not run); the last event's time keeps every state this function looks at meaningful.
    const QDateTime at = history.constLast().at;
    std::optional<QDateTime> earliest;
    for (const Deadline &d : computeDeadlines(history, clocks, calendar, at)) {
        const bool running = d.state == DeadlineState::Running || d.state == DeadlineState::Warning
            || (d.state == DeadlineState::Breached && !d.stoppedAt.isValid());
        if (running && d.dueAt.isValid() && (!earliest || d.dueAt < *earliest))
            earliest = d.dueAt;
    }
    return earliest;
}

bool isOverdue(const Deadline &deadline)
{
    return deadline.state == DeadlineState::Breached && !deadline.stoppedAt.isValid();
}

} // namespace rabeg
