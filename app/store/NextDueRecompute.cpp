#include "NextDueRecompute.h"

#include "AxisShift.h"
#include "ClockCycleWriter.h"
#include "BulkPageCache.h"
#include "RunningCycleRows.h"
#include "ReportFactsStale.h"
#include "WarningInstants.h"
#include "deadline/ClockCycles.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// The columns a running cycle's row is computed again from, with its stored points and its complaint's entry.
const QString kCycleColumns
    = u"rc.complaint_id, rc.clock, rc.cycle, rc.started_at, rc.start_day, rc.unit, rc.duration, rc.opd, rc.pauses,"
      u" rc.pause_first_day, rc.pause_last_day, rc.axis, rc.due, rc.warn"_s;

std::optional<qint64> optionalLong(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<QString> optionalAxis(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(axisOfColumn(value.toString()));
}

// A row of running_cycles as stored.
RunningCyclePoints storedRow(const QSqlQuery &q)
{
    RunningCyclePoints row;
    row.complaintId = q.value(0).toString();
    row.clock = q.value(1).toString();
    row.cycle = q.value(2).toInt();
    row.startedAt = q.value(3).toLongLong();
    row.startDay = q.value(4).toLongLong();
    row.unit = q.value(5).toString();
    row.duration = q.value(6).toInt();
    row.opd = q.value(7).toString();
    row.pauses = q.value(8).toString();
    row.pauseFirstDay = optionalLong(q.value(9));
    row.pauseLastDay = optionalLong(q.value(10));
    row.span.axis = optionalAxis(q.value(11));
    row.span.due = q.value(12).toLongLong();
    row.warn = optionalLong(q.value(13));
    if (!row.span.axis) // a real-time clock's span is its start and due instants
        row.span.start = row.startedAt;
    return row;
}

ClockUnit unitOf(const QString &code)
{
    if (code == ClockCycleWriter::unitCode(ClockUnit::WorkingDays))
        return ClockUnit::WorkingDays;
    return code == ClockCycleWriter::unitCode(ClockUnit::Hours) ? ClockUnit::Hours : ClockUnit::CalendarDays;
}

// The row of a running cycle computed again under `calendar` from the inputs it keeps.
RunningCyclePoints recomputedRow(const RunningCyclePoints &stored, const WorkingCalendar &calendar,
                              const QHash<QString, int> &percents)
{
    ClockCycle cycle;
    cycle.clock = stored.clock;
    cycle.cycle = stored.cycle;
    cycle.start = QDateTime::fromMSecsSinceEpoch(stored.startedAt, Qt::UTC);
    cycle.opd = stored.opd;
    cycle.pauses = ClockCycleWriter::pausesFromText(stored.pauses);
    SlaClock clock;
    clock.id = stored.clock;
    clock.unit = unitOf(stored.unit);
    clock.duration = stored.duration;
    const auto percent = percents.constFind(stored.clock);
    return runningCyclePoints(stored.complaintId, cycle, clock, calendar,
                           percent == percents.cend() ? std::nullopt : std::optional<int>(*percent));
}

// The warning thresholds of the policy's clocks.
QHash<QString, int> warningPercents(const LocalCache &cache)
{
    QHash<QString, int> percents;
    for (const SlaClock &clock : cache.deadlinePolicy().clocks())
        percents.insert(clock.id, clock.warningPercent);
    return percents;
}

// The complaints whose stored points a change of the days [first, last] (Julian) can make wrong (DuePoints.h;
// docs/deadlines.md, "Recompute after a calendar change"): a working-day cycle that starts on or after the first
// changed day (its start's ordinal moves; only those before the last changed day when the others were `shifted`,
// AxisShift.h), one whose pauses cover a changed day (its extension moves), a complaint whose
// working-day clocks lie on several axes (which of them comes first can change), and, when a Saturday changed, a
// cycle whose OPD's axis is no longer the one stored (an OPD that opens on its first Saturday, or on none any more).
// Every other stored point names the same working time under the new calendar.
QString candidatesSql(bool shifted, bool saturdayChanged, const QStringList &opdAxes)
{
    QString sql = u"SELECT complaint_id FROM running_cycles INDEXED BY running_cycles_start"
                  u" WHERE axis IS NOT NULL AND start_day >= :first"_s
        + (shifted ? u" AND start_day < :last"_s : QString())
        + u" UNION SELECT complaint_id FROM running_cycles INDEXED BY running_cycles_paused"
                  u" WHERE axis IS NOT NULL AND pause_last_day >= :first AND pause_first_day <= :last"
                  u" UNION SELECT id FROM complaint_due INDEXED BY complaint_due_mixed WHERE mixed = 1"_s;
    if (saturdayChanged) {
        QStringList quoted;
        for (const QString &opd : opdAxes)
            quoted.append(u"'"_s + QString(opd).replace(u'\'', u"''"_s) + u"'"_s);
        const QString list = quoted.isEmpty() ? u"NULL"_s : quoted.join(u',');
        sql += u" UNION SELECT complaint_id FROM running_cycles WHERE axis IS NOT NULL AND ((axis <> '*' AND axis"
               u" NOT IN ("_s + list + u")) OR (axis = '*' AND opd IN ("_s + list + u")))"_s;
    }
    return sql;
}

} // namespace

Result<qint64> recomputeCyclesAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays)
{
    if (changedDays.isEmpty())
        return qint64(0);
    std::vector<qint64> changed;
    bool saturday = false;
    for (const QDate &day : changedDays) {
        changed.push_back(day.toJulianDay());
        saturday = saturday || day.dayOfWeek() == Qt::Saturday;
    }
    std::sort(changed.begin(), changed.end());
    const QHash<QString, int> percents = warningPercents(cache);
    // The cycles on one side of the changed days move by whole working days on their axes (AxisShift.h), which may
    // count from new origins after it: the calendar is taken from the cache after it.
    const auto shifted = shiftCycles(cache, changed.front(), changed.back());
    if (!shifted.ok())
        return shifted.error();
    const WorkingCalendar &calendar = cache.deadlinePolicy().calendar();

    // The candidates' running cycles, complaint by complaint, each working-day cycle's points computed again and
    // written where they differ, and the complaint's entry in complaint_due where it differs.
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT "_s + kCycleColumns + u", d.due_at, d.wd_axis, d.wd_due, d.mixed FROM running_cycles rc"
                   u" JOIN complaint_due d ON d.id = rc.complaint_id WHERE rc.complaint_id IN ("_s
                   + candidatesSql(shifted->has_value(), saturday, calendar.opdAxes())
                   + u") ORDER BY rc.complaint_id, rc.clock"_s))
        return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
    q.bindValue(u":first"_s, changed.front());
    q.bindValue(u":last"_s, changed.back());
    if (!q.exec())
        return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
    DuePointWriter writer(cache.database());
    qint64 moved = shifted->value_or(0);
    QString current;
    ComplaintDue stored;
    std::vector<RunningCyclePoints> rows;
    const auto close = [&]() -> Status {
        if (current.isEmpty())
            return std::nullopt;
        const ComplaintDue now = complaintDueOf(rows, calendar);
        rows.clear();
        if (now == stored)
            return std::nullopt;
        ++moved;
        return writer.setComplaintDue(current, now);
    };
    while (q.next()) {
        const RunningCyclePoints row = storedRow(q);
        if (row.complaintId != current) {
            if (Status status = close())
                return *status;
            current = row.complaintId;
            stored = ComplaintDue::fromRow(q, 14);
        }
        if (!row.span.axis) { // a real-time clock: no calendar moves it
            rows.push_back(row);
            continue;
        }
        rows.push_back(recomputedRow(row, calendar, percents));
        const RunningCyclePoints &now = rows.back();
        if (now.span.axis != row.span.axis || now.span.due != row.span.due || now.warn != row.warn) {
            if (Status status = writer.updateCycle(now))
                return *status;
        }
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
    if (Status status = close())
        return *status;
    return moved;
}

Status refreshRunningCycleDues(LocalCache &cache)
{
    // running_cycles and complaint_due made again from clock_cycles' running cycles (those with a due time that did
    // not stop), under the cache's policy.
    if (Status status = cache.connection().exec({u"DELETE FROM running_cycles"_s, u"DELETE FROM complaint_due"_s}))
        return status;
    const WorkingCalendar &calendar = cache.deadlinePolicy().calendar();
    const QHash<QString, int> percents = warningPercents(cache);
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT complaint_id, clock, cycle, started_at, start_day, unit, duration, opd, pauses FROM"
                   u" clock_cycles WHERE due_at IS NOT NULL AND stopped = 0 ORDER BY complaint_id, clock"_s)
        || !q.exec())
        return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
    DuePointWriter writer(cache.database());
    QString current;
    std::vector<RunningCyclePoints> rows;
    const auto close = [&]() -> Status {
        if (current.isEmpty())
            return std::nullopt;
        const ComplaintDue due = complaintDueOf(rows, calendar);
        rows.clear();
        return writer.setComplaintDue(current, due);
    };
    while (q.next()) {
        RunningCyclePoints input;
        input.complaintId = q.value(0).toString();
        input.clock = q.value(1).toString();
        input.cycle = q.value(2).toInt();
        input.startedAt = q.value(3).toLongLong();
        input.startDay = q.value(4).toLongLong();
        input.unit = q.value(5).toString();
        input.duration = q.value(6).toInt();
        input.opd = q.value(7).toString();
        input.pauses = q.value(8).toString();
        if (input.complaintId != current) {
            if (Status status = close())
                return status;
            current = input.complaintId;
        }
        rows.push_back(recomputedRow(input, calendar, percents));
        if (Status status = writer.insertCycle(rows.back()))
            return status;
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
    if (Status status = close())
        return status;
    return recordAxisAnchors(cache);
}

Status refreshRunningCycleDuesOnce(LocalCache &cache, const QString &mark)
{
    if (cache.meta(mark).isEmpty())
        return std::nullopt;
    cache.tellProgress({OpenProgress::Step::FillingWarnings});
    QSqlDatabase db = cache.database();
    if (Status begun = beginWrite(db, u"cannot begin filling the running cycles' points"_s))
        return *begun;
    Status status = refreshRunningCycleDues(cache);
    if (!status)
        status = cache.removeMeta(mark);
    if (status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return sqlError(u"cannot commit the running cycles' points"_s, db.lastError());
    return std::nullopt;
}

Result<qint64> recomputeAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays)
{
    const BulkPageCache pages(cache);
    const auto derived = recomputeCyclesAfterCalendarChange(cache, changedDays);
    if (!derived.ok())
        return derived.error();
    if (Status status = markReportFactsStale(cache, changedDays))
        return *status;
    return derived.value();
}

Result<qint64> rederiveNextDueAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays)
{
    QSqlDatabase db = cache.database();
    if (Status begun = beginWrite(db, u"cannot begin deriving next due times"_s))
        return *begun;
    const QHash<QString, qint64> origins = cache.axisOrigins(); // the file's again after a rollback
    const auto fail = [&db, &cache, &origins](const Error &error) -> Result<qint64> {
        db.rollback();
        cache.useAxisOrigins(origins);
        return error;
    };
    const auto derived = recomputeAfterCalendarChange(cache, changedDays);
    if (!derived.ok())
        return fail(derived.error());
    if (Status status = recordDerivedPolicy(cache))
        return fail(*status);
    if (!db.commit())
        return fail(sqlError(u"cannot commit the next due times"_s, db.lastError()));
    return derived.value();
}

} // namespace rabeg
