#include "Deadlines.h"

#include "ClockCycles.h"
#include "domain/EnumCodes.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

Deadline evaluate(const ClockCycle &cycle, const SlaClock &clock, const WorkingCalendar &calendar,
                  const QDateTime &now)
{
    Deadline deadline;
    deadline.clock = clock.id;
    if (cycle.cycle == 0)
        return deadline;
    deadline.cycle = cycle.cycle;
    deadline.startedAt = cycle.start;
    deadline.dueAt = cycleDueAt(cycle, clock, calendar, pauseExtension(cycle, clock, calendar, now));
    if (cycle.stop.isValid()) {
        deadline.stoppedAt = cycle.stop;
        deadline.state = cycle.stop <= deadline.dueAt ? DeadlineState::Met : DeadlineState::Breached;
    } else if (cycle.pausedNow()) {
        deadline.state = DeadlineState::Paused;
    } else if (now >= deadline.dueAt) {
        deadline.state = DeadlineState::Breached;
    } else {
        // The share of the clock's time that has passed, in working time for a working-day clock (ClockCycles.h,
        // CycleSpan; docs/deadlines.md, "Warning").
        const CycleSpan span = cycleSpan(cycle, clock, calendar, pauseExtension(cycle, clock, calendar, now));
        deadline.state = pointOnAxis(span.axis, calendar, now) >= span.warning(clock.warningPercent)
            ? DeadlineState::Warning
            : DeadlineState::Running;
    }
    return deadline;
}

} // namespace

QString toCode(DeadlineState state)
{
    static constexpr EnumCode<DeadlineState> kStates[] = {
        {DeadlineState::Running, u"running"}, {DeadlineState::Warning, u"warning"},
        {DeadlineState::Paused, u"paused"},   {DeadlineState::Met, u"met"},
        {DeadlineState::Breached, u"breached"}, {DeadlineState::NotApplicable, u"not_applicable"}};
    return codeFrom<DeadlineState>(kStates, state);
}

QList<Deadline> computeDeadlines(const QList<Event> &history, const QList<SlaClock> &clocks,
                                 const WorkingCalendar &calendar, const QDateTime &now)
{
    const QList<ClockCycle> cycles = latestClockCycles(history, clocks);
    QList<Deadline> deadlines;
    deadlines.reserve(clocks.size());
    for (qsizetype i = 0; i < clocks.size(); ++i)
        deadlines.append(evaluate(cycles.at(i), clocks.at(i), calendar, now));
    return deadlines;
}

} // namespace rabeg
