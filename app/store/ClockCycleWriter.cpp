#include "ClockCycleWriter.h"

#include "LocalCache.h"
#include "SqliteConnection.h"
#include "WarningInstants.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QVariant nullableMs(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

ClockCycleWriter::ClockCycleWriter(LocalCache &cache)
    : m_cache(cache), m_delete(cache.database()), m_insert(cache.database()), m_deleteRunning(cache.database()),
      m_points(cache.database())
{
    if (!m_delete.prepare(u"DELETE FROM clock_cycles WHERE complaint_id = ?"_s))
        m_prepared = sqlError(u"cannot prepare writing clock cycles"_s, m_delete.lastError());
    else if (!m_deleteRunning.prepare(u"DELETE FROM running_cycles WHERE complaint_id = ?"_s))
        m_prepared = sqlError(u"cannot prepare writing clock cycles"_s, m_deleteRunning.lastError());
    else if (!m_insert.prepare(u"INSERT INTO clock_cycles(complaint_id, clock, cycle, started_at, start_day, unit,"
                               u" duration, opd, pauses, pause_extension, due_at, span_end_day, stopped, stopped_at,"
                               u" warn_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        m_prepared = sqlError(u"cannot prepare writing clock cycles"_s, m_insert.lastError());
}

QStringList ClockCycleWriter::schema()
{
    return {
        // Times in UTC milliseconds, days as Julian day numbers of WIB dates. due_at is NULL while the clock is
        // paused (its due time grows with the pause; the event that ends it writes the row again).
        u"CREATE TABLE clock_cycles (complaint_id TEXT NOT NULL, clock TEXT NOT NULL, cycle INTEGER NOT NULL,"
        u" started_at INTEGER NOT NULL, start_day INTEGER NOT NULL, unit TEXT NOT NULL, duration INTEGER NOT NULL,"
        u" opd TEXT, pauses TEXT, pause_extension INTEGER NOT NULL, due_at INTEGER,"
        u" span_end_day INTEGER NOT NULL, stopped INTEGER NOT NULL, stopped_at INTEGER,"
        u" PRIMARY KEY (complaint_id, clock)) WITHOUT ROWID"_s,
        // Only working-day cycles move with the calendar; a change on days F..L reads the range span_end_day >= F.
        u"CREATE INDEX clock_cycles_span ON clock_cycles(span_end_day, start_day)"
        u" WHERE unit = 'working_days' AND due_at IS NOT NULL"_s,
    };
}

QString ClockCycleWriter::unitCode(ClockUnit unit)
{
    switch (unit) {
    case ClockUnit::WorkingDays:
        return u"working_days"_s;
    case ClockUnit::CalendarDays:
        return u"calendar_days"_s;
    case ClockUnit::Hours:
        return u"hours"_s;
    }
    return {};
}

QString ClockCycleWriter::pausesText(const QList<ClockPause> &pauses)
{
    QStringList parts;
    for (const ClockPause &pause : pauses) {
        parts.append(QString::number(pause.from.toMSecsSinceEpoch()) + u'-'
                     + (pause.to.isValid() ? QString::number(pause.to.toMSecsSinceEpoch()) : QString()));
    }
    return parts.join(u';');
}

QList<ClockPause> ClockCycleWriter::pausesFromText(const QString &text)
{
    QList<ClockPause> pauses;
    for (const QStringView part : QStringView(text).split(u';', Qt::SkipEmptyParts)) {
        const qsizetype dash = part.indexOf(u'-');
        ClockPause pause;
        pause.from = QDateTime::fromMSecsSinceEpoch(part.left(dash).toLongLong(), Qt::UTC);
        if (dash + 1 < part.size())
            pause.to = QDateTime::fromMSecsSinceEpoch(part.mid(dash + 1).toLongLong(), Qt::UTC);
        pauses.append(pause);
    }
    return pauses;
}

QDate ClockCycleWriter::spanEndDay(const ClockCycle &cycle, const QDateTime &dueAt)
{
    QDate end = WorkingCalendar::wibDate(dueAt.addMSecs(-1));
    for (const ClockPause &pause : cycle.pauses) {
        if (pause.to.isValid())
            end = std::max(end, WorkingCalendar::wibDate(pause.to.addMSecs(-1)));
    }
    return end;
}

Status ClockCycleWriter::write(const QString &complaintId, const QList<Event> &history)
{
    if (m_prepared)
        return m_prepared;
    m_delete.bindValue(0, complaintId);
    if (!m_delete.exec())
        return sqlError(u"cannot write clock cycles"_s, m_delete.lastError());
    m_deleteRunning.bindValue(0, complaintId);
    if (!m_deleteRunning.exec())
        return sqlError(u"cannot write clock cycles"_s, m_deleteRunning.lastError());
    if (history.isEmpty())
        return m_points.setComplaintDue(complaintId, {});
    std::vector<RunningCyclePoints> runningRows;
    const DeadlinePolicy &policy = m_cache.deadlinePolicy();
    const QList<SlaClock> &clocks = policy.clocks();
    const QList<ClockCycle> cycles = latestClockCycles(history, clocks);
    const QDateTime now = history.constLast().at; // only an open pause reads it, and its row has no due time
    for (qsizetype i = 0; i < cycles.size(); ++i) {
        const ClockCycle &cycle = cycles.at(i);
        if (cycle.cycle == 0)
            continue;
        const SlaClock &clock = clocks.at(i);
        const qint64 extension = pauseExtension(cycle, clock, policy.calendar(), now);
        const QDateTime due = cycleDueAt(cycle, clock, policy.calendar(), extension);
        const bool paused = cycle.pausedNow();
        m_insert.bindValue(0, complaintId);
        m_insert.bindValue(1, cycle.clock);
        m_insert.bindValue(2, cycle.cycle);
        m_insert.bindValue(3, cycle.start.toMSecsSinceEpoch());
        m_insert.bindValue(4, WorkingCalendar::wibDate(cycle.start).toJulianDay());
        m_insert.bindValue(5, unitCode(clock.unit));
        m_insert.bindValue(6, clock.duration);
        m_insert.bindValue(7, cycle.opd);
        m_insert.bindValue(8, pausesText(cycle.pauses));
        m_insert.bindValue(9, extension);
        m_insert.bindValue(10, paused ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(due.toMSecsSinceEpoch()));
        m_insert.bindValue(11, spanEndDay(cycle, due).toJulianDay());
        m_insert.bindValue(12, cycle.stop.isValid() ? 1 : 0);
        m_insert.bindValue(13, nullableMs(cycle.stop));
        // clock_cycles' own warning instant (schema 11), no longer read: running_cycles holds the points.
        const bool running = !paused && !cycle.stop.isValid();
        const qint64 warnMs = warningInstantMs(cycle.start.toMSecsSinceEpoch(), due.toMSecsSinceEpoch(),
                                               clock.warningPercent);
        m_insert.bindValue(14, running ? QVariant(warnMs) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!m_insert.exec())
            return sqlError(u"cannot write clock cycles"_s, m_insert.lastError());
        if (!running)
            continue;
        // The running cycle as it stands now (cache schema 16, DuePoints.h): its points on its clock's axis, which
        // the alerts, the overdue filters and the recompute after a calendar change read.
        runningRows.push_back(runningCyclePoints(complaintId, cycle, clock, policy.calendar(), clock.warningPercent));
        if (Status status = m_points.insertCycle(runningRows.back()))
            return status;
    }
    return m_points.setComplaintDue(complaintId, complaintDueOf(runningRows, policy.calendar()));
}

Status ClockCycleWriter::clearAll()
{
    if (m_prepared)
        return m_prepared;
    return m_cache.connection().exec(
        {u"DELETE FROM clock_cycles"_s, u"DELETE FROM running_cycles"_s, u"DELETE FROM complaint_due"_s});
}

} // namespace rabeg
