#include "RunningCycleRows.h"

#include "ClockCycleWriter.h"
#include "LocalCache.h"
#include "SqliteConnection.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

template <typename T>
QVariant nullable(const std::optional<T> &value)
{
    if constexpr (std::is_same_v<T, QString>)
        return value ? QVariant(axisColumn(*value)) : QVariant(QMetaType(QMetaType::QString));
    else
        return value ? QVariant(qint64(*value)) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString axisColumn(const QString &axis)
{
    return axis.isEmpty() ? u"*"_s : axis;
}

QString axisOfColumn(const QString &column)
{
    return column == u"*"_s ? QString() : column;
}

RunningCyclePoints runningCyclePoints(const QString &complaintId, const ClockCycle &cycle, const SlaClock &clock,
                                const WorkingCalendar &calendar, std::optional<int> warningPercent)
{
    RunningCyclePoints row;
    row.complaintId = complaintId;
    row.clock = cycle.clock;
    row.cycle = cycle.cycle;
    row.startedAt = cycle.start.toMSecsSinceEpoch();
    row.startDay = WorkingCalendar::wibDate(cycle.start).toJulianDay();
    row.unit = ClockCycleWriter::unitCode(clock.unit);
    row.duration = clock.duration;
    row.opd = cycle.opd;
    row.pauses = ClockCycleWriter::pausesText(cycle.pauses);
    for (const ClockPause &pause : cycle.pauses) {
        if (!pause.to.isValid() || pause.to <= pause.from)
            continue;
        const qint64 first = WorkingCalendar::wibDate(pause.from).toJulianDay();
        const qint64 last = WorkingCalendar::wibDate(pause.to.addMSecs(-1)).toJulianDay();
        row.pauseFirstDay = row.pauseFirstDay ? std::min(*row.pauseFirstDay, first) : first;
        row.pauseLastDay = row.pauseLastDay ? std::max(*row.pauseLastDay, last) : last;
    }
    // Every pause of a cycle with a due time has ended: the time given for an open one is never read.
    row.span = cycleSpan(cycle, clock, calendar, pauseExtension(cycle, clock, calendar, {}));
    if (warningPercent)
        row.warn = row.span.warning(*warningPercent);
    return row;
}

ComplaintDue complaintDueOf(const std::vector<RunningCyclePoints> &rows, const WorkingCalendar &calendar)
{
    ComplaintDue due;
    std::optional<qint64> wdInstant;
    for (const RunningCyclePoints &row : rows) {
        if (!row.span.axis) {
            due.dueAt = due.dueAt ? std::min(*due.dueAt, row.span.due) : row.span.due;
            continue;
        }
        if (due.wdAxis && *due.wdAxis != *row.span.axis)
            due.mixed = true;
        if (due.wdAxis && *due.wdAxis == *row.span.axis) {
            if (row.span.due < *due.wdDue) {
                due.wdDue = row.span.due;
                wdInstant = instantOnAxis(row.span.axis, calendar, row.span.due).toMSecsSinceEpoch();
            }
            continue;
        }
        const qint64 instant = instantOnAxis(row.span.axis, calendar, row.span.due).toMSecsSinceEpoch();
        if (!wdInstant || instant < *wdInstant) {
            due.wdAxis = row.span.axis;
            due.wdDue = row.span.due;
            wdInstant = instant;
        }
    }
    return due;
}

QDateTime ComplaintDue::nextDueAt(const WorkingCalendar &calendar) const
{
    std::optional<qint64> earliest = dueAt;
    if (wdDue) {
        const qint64 wd = instantOnAxis(wdAxis, calendar, *wdDue).toMSecsSinceEpoch();
        earliest = earliest ? std::min(*earliest, wd) : wd;
    }
    return earliest ? QDateTime::fromMSecsSinceEpoch(*earliest, Qt::UTC) : QDateTime();
}

ComplaintDue ComplaintDue::fromRow(const QSqlQuery &q, int first)
{
    ComplaintDue due;
    if (!q.value(first).isNull())
        due.dueAt = q.value(first).toLongLong();
    if (!q.value(first + 2).isNull()) {
        due.wdAxis = axisOfColumn(q.value(first + 1).toString());
        due.wdDue = q.value(first + 2).toLongLong();
    }
    due.mixed = q.value(first + 3).toInt() != 0;
    return due;
}

Result<QHash<QString, QDateTime>> storedNextDues(LocalCache &cache)
{
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, due_at, wd_axis, wd_due, mixed FROM complaint_due"_s))
        return sqlError(u"cannot read the next due times"_s, q.lastError());
    const WorkingCalendar &calendar = cache.deadlinePolicy().calendar();
    QHash<QString, QDateTime> dues;
    while (q.next())
        dues.insert(q.value(0).toString(), ComplaintDue::fromRow(q, 1).nextDueAt(calendar));
    return dues;
}

DuePointWriter::DuePointWriter(QSqlDatabase db)
    : m_insertCycle(db), m_updateCycle(db), m_upsertDue(db), m_deleteDue(db)
{
    if (!m_insertCycle.prepare(u"INSERT INTO running_cycles(complaint_id, clock, cycle, started_at, start_day, unit,"
                               u" duration, opd, pauses, pause_first_day, pause_last_day, axis, due, warn)"
                               u" VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        m_prepared = sqlError(u"cannot prepare writing the running cycles"_s, m_insertCycle.lastError());
    else if (!m_updateCycle.prepare(u"UPDATE running_cycles SET axis = ?, due = ?, warn = ?"
                                    u" WHERE complaint_id = ? AND clock = ?"_s))
        m_prepared = sqlError(u"cannot prepare writing the running cycles"_s, m_updateCycle.lastError());
    else if (!m_upsertDue.prepare(u"INSERT INTO complaint_due(id, due_at, wd_axis, wd_due, mixed, received_at, state,"
                                  u" opd) SELECT id, ?, ?, ?, ?, received_at, state, opd FROM complaints WHERE id = ?"
                                  u" ON CONFLICT(id) DO UPDATE SET due_at = excluded.due_at,"
                                  u" wd_axis = excluded.wd_axis, wd_due = excluded.wd_due, mixed = excluded.mixed,"
                                  u" received_at = excluded.received_at, state = excluded.state, opd = excluded.opd"_s))
        m_prepared = sqlError(u"cannot prepare writing next due times"_s, m_upsertDue.lastError());
    else if (!m_deleteDue.prepare(u"DELETE FROM complaint_due WHERE id = ?"_s))
        m_prepared = sqlError(u"cannot prepare writing next due times"_s, m_deleteDue.lastError());
}

Status DuePointWriter::insertCycle(const RunningCyclePoints &row)
{
    if (m_prepared)
        return m_prepared;
    const QVariantList values = {row.complaintId,           row.clock,    row.cycle,      row.startedAt,
                                 row.startDay,              row.unit,     row.duration,   row.opd,
                                 row.pauses,                nullable(row.pauseFirstDay),  nullable(row.pauseLastDay),
                                 nullable(row.span.axis),   row.span.due, nullable(row.warn)};
    for (int v = 0; v < values.size(); ++v)
        m_insertCycle.bindValue(v, values.at(v));
    if (!m_insertCycle.exec())
        return sqlError(u"cannot write a running clock cycle"_s, m_insertCycle.lastError());
    return std::nullopt;
}

Status DuePointWriter::updateCycle(const RunningCyclePoints &row)
{
    if (m_prepared)
        return m_prepared;
    m_updateCycle.bindValue(0, nullable(row.span.axis));
    m_updateCycle.bindValue(1, row.span.due);
    m_updateCycle.bindValue(2, nullable(row.warn));
    m_updateCycle.bindValue(3, row.complaintId);
    m_updateCycle.bindValue(4, row.clock);
    if (!m_updateCycle.exec())
        return sqlError(u"cannot write a running clock cycle"_s, m_updateCycle.lastError());
    return std::nullopt;
}

Status DuePointWriter::setComplaintDue(const QString &complaintId, const ComplaintDue &due)
{
    if (m_prepared)
        return m_prepared;
    QSqlQuery &q = due.any() ? m_upsertDue : m_deleteDue;
    int i = 0;
    if (due.any()) {
        q.bindValue(i++, nullable(due.dueAt));
        q.bindValue(i++, nullable(due.wdAxis));
        q.bindValue(i++, nullable(due.wdDue));
        q.bindValue(i++, due.mixed ? 1 : 0);
    }
    q.bindValue(i, complaintId);
    if (!q.exec())
        return sqlError(u"cannot store a next due time"_s, q.lastError());
    return std::nullopt;
}

} // namespace rabeg
