#include "Deadlines.h"

#include "domain/EnumCodes.h"
#include "domain/Projection.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

struct Pause
{
    QDateTime from;
    QDateTime to; // invalid while the pause goes on
};

struct Cycle
{
    int number = 0;
    QDateTime start;
    QDateTime stop;
    QString opd;
    QList<Pause> pauses;
};

// Days (WIB) whose 24 hours overlap [from, to), counted as the clock's unit counts them.
int overlappedDays(const Pause &pause, const QDateTime &now, const WorkingCalendar &calendar, ClockUnit unit,
                   const QString &opd)
{
    const QDateTime end = pause.to.isValid() ? pause.to : now;
    if (end <= pause.from)
        return 0;
    const QDate first = WorkingCalendar::wibDate(pause.from);
    const QDate last = WorkingCalendar::wibDate(end.addMSecs(-1));
    if (unit == ClockUnit::WorkingDays)
        return calendar.workingDaysBetween(first, last, opd);
    return int(first.daysTo(last)) + 1;
}

QDateTime dueOf(const Cycle &cycle, const SlaClock &clock, const WorkingCalendar &calendar, const QDateTime &now)
{
    const QDate startDay = WorkingCalendar::wibDate(cycle.start);
    int extension = 0;
    qint64 pausedSeconds = 0;
    for (const Pause &pause : cycle.pauses) {
        extension += overlappedDays(pause, now, calendar, clock.unit, cycle.opd);
        const QDateTime end = pause.to.isValid() ? pause.to : now;
        pausedSeconds += std::max<qint64>(0, pause.from.secsTo(end));
    }
    switch (clock.unit) {
    case ClockUnit::WorkingDays: {
        QDate day = calendar.nthWorkingDayAfter(startDay, clock.duration, cycle.opd);
        if (extension > 0)
            day = calendar.nthWorkingDayAfter(day, extension, cycle.opd);
        return WorkingCalendar::endOfWibDay(day);
    }
    case ClockUnit::CalendarDays:
        return WorkingCalendar::endOfWibDay(startDay.addDays(clock.duration + extension));
    case ClockUnit::Hours:
        return cycle.start.addSecs(qint64(clock.duration) * 3600 + pausedSeconds);
    }
    return {};
}

Deadline evaluate(const QList<Event> &history, const SlaClock &clock, const WorkingCalendar &calendar,
                  const QDateTime &now)
{
    Complaint state;
    std::optional<Cycle> cycle;
    int cycles = 0;
    for (const Event &event : history) {
        const bool wasPaused = clock.pauseStates.contains(toCode(state.state)) && state.version > 0;
        state = apply(state, event);
        if (!event.known)
            continue;
        const QString type = event.typeName.isEmpty() ? toCode(event.type) : event.typeName;
        if (clock.startEvents.contains(type)) {
            cycle = Cycle{++cycles, event.at, {}, state.opd, {}};
            continue;
        }
        if (!cycle || cycle->stop.isValid())
            continue;
        const bool paused = clock.pauseStates.contains(toCode(state.state));
        if (clock.stopEvents.contains(type)) {
            if (!cycle->pauses.isEmpty() && !cycle->pauses.last().to.isValid())
                cycle->pauses.last().to = event.at;
            cycle->stop = event.at;
            continue;
        }
        if (paused && !wasPaused)
            cycle->pauses.append({event.at, {}});
        else if (!paused && wasPaused && !cycle->pauses.isEmpty() && !cycle->pauses.last().to.isValid())
            cycle->pauses.last().to = event.at;
    }
    Deadline deadline;
    deadline.clock = clock.id;
    if (!cycle)
        return deadline;
    deadline.cycle = cycle->number;
    deadline.startedAt = cycle->start;
    deadline.dueAt = dueOf(*cycle, clock, calendar, now);
    if (cycle->stop.isValid()) {
        deadline.stoppedAt = cycle->stop;
        deadline.state = cycle->stop <= deadline.dueAt ? DeadlineState::Met : DeadlineState::Breached;
    } else if (!cycle->pauses.isEmpty() && !cycle->pauses.last().to.isValid()) {
        deadline.state = DeadlineState::Paused;
    } else if (now >= deadline.dueAt) {
        deadline.state = DeadlineState::Breached;
    } else {
        const qint64 total = cycle->start.msecsTo(deadline.dueAt);
        const qint64 elapsed = cycle->start.msecsTo(now);
        deadline.state = elapsed * 100 >= total * clock.warningPercent ? DeadlineState::Warning : DeadlineState::Running;
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
    QList<Deadline> deadlines;
    deadlines.reserve(clocks.size());
    for (const SlaClock &clock : clocks)
        deadlines.append(evaluate(history, clock, calendar, now));
    return deadlines;
}

} // namespace rabeg
