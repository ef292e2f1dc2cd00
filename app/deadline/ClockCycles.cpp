#include "ClockCycles.h"

#include "domain/Enums.h"
#include "domain/Projection.h"

namespace rabeg {

QList<ClockCycle> latestClockCycles(const QList<Event> &history, const QList<SlaClock> &clocks)
{
    QList<ClockCycle> cycles(clocks.size());
    for (qsizetype i = 0; i < clocks.size(); ++i)
        cycles[i].clock = clocks.at(i).id;
    Complaint state;
    for (const Event &event : history) {
        const QString before = state.version > 0 ? toCode(state.state) : QString();
        state = apply(state, event);
        if (!event.known)
            continue;
        const QString type = event.typeName.isEmpty() ? toCode(event.type) : event.typeName;
        const QString after = toCode(state.state);
        for (qsizetype i = 0; i < clocks.size(); ++i) {
            const SlaClock &clock = clocks.at(i);
            ClockCycle &cycle = cycles[i];
            if (clock.startEvents.contains(type)) {
                cycle = ClockCycle{clock.id, cycle.cycle + 1, event.at, {}, state.opd, {}};
                continue;
            }
            if (cycle.cycle == 0 || cycle.stop.isValid())
                continue;
            const bool wasPaused = !before.isEmpty() && clock.pauseStates.contains(before);
            const bool paused = clock.pauseStates.contains(after);
            const bool open = !cycle.pauses.isEmpty() && !cycle.pauses.constLast().to.isValid();
            if (clock.stopEvents.contains(type)) {
                if (open)
                    cycle.pauses.last().to = event.at;
                cycle.stop = event.at;
                continue;
            }
            if (paused && !wasPaused)
                cycle.pauses.append({event.at, {}});
            else if (!paused && wasPaused && open)
                cycle.pauses.last().to = event.at;
        }
    }
    return cycles;
}

qint64 pauseExtension(const ClockCycle &cycle, const SlaClock &clock, const WorkingCalendar &calendar,
                      const QDateTime &now)
{
    qint64 extension = 0;
    for (const ClockPause &pause : cycle.pauses) {
        const QDateTime end = pause.to.isValid() ? pause.to : now;
        if (end <= pause.from)
            continue;
        if (clock.unit == ClockUnit::Hours) {
            extension += pause.from.secsTo(end);
            continue;
        }
        const QDate first = WorkingCalendar::wibDate(pause.from);
        const QDate last = WorkingCalendar::wibDate(end.addMSecs(-1));
        extension += clock.unit == ClockUnit::WorkingDays ? calendar.workingDaysBetween(first, last, cycle.opd)
                                                          : first.daysTo(last) + 1;
    }
    return extension;
}

QDateTime cycleDueAt(const ClockCycle &cycle, const SlaClock &clock, const WorkingCalendar &calendar,
                     qint64 extension)
{
    const QDate startDay = WorkingCalendar::wibDate(cycle.start);
    switch (clock.unit) {
    case ClockUnit::WorkingDays: {
        QDate day = calendar.nthWorkingDayAfter(startDay, clock.duration, cycle.opd);
        if (extension > 0)
            day = calendar.nthWorkingDayAfter(day, int(extension), cycle.opd);
        return WorkingCalendar::endOfWibDay(day);
    }
    case ClockUnit::CalendarDays:
        return WorkingCalendar::endOfWibDay(startDay.addDays(clock.duration + extension));
    case ClockUnit::Hours:
        return cycle.start.addSecs(qint64(clock.duration) * 3600 + extension);
    }
    return {};
}

CycleSpan cycleSpan(const ClockCycle &cycle, const SlaClock &clock, const WorkingCalendar &calendar,
                    qint64 extension)
{
    if (clock.unit != ClockUnit::WorkingDays) {
        return {std::nullopt, cycle.start.toMSecsSinceEpoch(),
                cycleDueAt(cycle, clock, calendar, extension).toMSecsSinceEpoch()};
    }
    const QString axis = calendar.axisOf(cycle.opd);
    const qint64 dueDay = calendar.ordinal(WorkingCalendar::wibDate(cycle.start), axis) + clock.duration + extension;
    return {axis, calendar.position(cycle.start, axis), dueDay * WorkingCalendar::kDayMs};
}

qint64 pointOnAxis(const std::optional<QString> &axis, const WorkingCalendar &calendar, const QDateTime &utc)
{
    return axis ? calendar.position(utc, *axis) : utc.toMSecsSinceEpoch();
}

QDateTime instantOnAxis(const std::optional<QString> &axis, const WorkingCalendar &calendar, qint64 point)
{
    return axis ? calendar.instantOfPosition(point, *axis) : QDateTime::fromMSecsSinceEpoch(point, Qt::UTC);
}

} // namespace rabeg
