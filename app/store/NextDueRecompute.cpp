#include "NextDueRecompute.h"

#include "ClockCycleWriter.h"
#include "SopProgressRecompute.h"
#include "deadline/ClockCycles.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

struct StoredCycle
{
    QString complaintId;
    ClockCycle cycle;
    int duration = 0;
    qint64 extension = 0;
    qint64 dueMs = 0;
    qint64 spanEndDay = 0;
    bool stopped = false;
};

// Whether a changed day (Julian day numbers, sorted) lies in (startDay, spanEndDay].
bool spans(const std::vector<qint64> &changed, qint64 startDay, qint64 spanEndDay)
{
    const auto first = std::upper_bound(changed.begin(), changed.end(), startDay);
    return first != changed.end() && *first <= spanEndDay;
}

} // namespace

Result<qint64> recomputeCyclesAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays)
{
    if (changedDays.isEmpty())
        return qint64(0);
    std::vector<qint64> changed;
    for (const QDate &day : changedDays)
        changed.push_back(day.toJulianDay());
    std::sort(changed.begin(), changed.end());

    QSqlDatabase db = cache.database();
    // Read first, then write: the rows' span ends change under the index being read.
    std::vector<StoredCycle> candidates;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT complaint_id, clock, started_at, start_day, duration, opd, pauses, pause_extension, due_at,"
                  u" span_end_day, stopped, stopped_at FROM clock_cycles"
                  u" WHERE unit = 'working_days' AND due_at IS NOT NULL AND span_end_day >= ? AND start_day < ?"_s);
        q.addBindValue(changed.front());
        q.addBindValue(changed.back());
        if (!q.exec())
            return sqlError(u"cannot find the clock cycles spanning the changed days"_s, q.lastError());
        while (q.next()) {
            if (!spans(changed, q.value(3).toLongLong(), q.value(9).toLongLong()))
                continue;
            StoredCycle stored;
            stored.complaintId = q.value(0).toString();
            stored.cycle.clock = q.value(1).toString();
            stored.cycle.start = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
            stored.duration = q.value(4).toInt();
            stored.cycle.opd = q.value(5).toString();
            stored.cycle.pauses = ClockCycleWriter::pausesFromText(q.value(6).toString());
            stored.extension = q.value(7).toLongLong();
            stored.dueMs = q.value(8).toLongLong();
            stored.spanEndDay = q.value(9).toLongLong();
            stored.stopped = q.value(10).toInt() != 0;
            if (!q.value(11).isNull())
                stored.cycle.stop = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
            candidates.push_back(std::move(stored));
        }
    }

    const WorkingCalendar &calendar = cache.deadlinePolicy().calendar();
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE clock_cycles SET due_at = ?, pause_extension = ?, span_end_day = ?"
                        u" WHERE complaint_id = ? AND clock = ?"_s))
        return sqlError(u"cannot prepare writing clock cycles"_s, update.lastError());
    QSet<QString> moved; // complaints one of whose running cycles moved
    for (StoredCycle &stored : candidates) {
        SlaClock clock;
        clock.id = stored.cycle.clock;
        clock.duration = stored.duration;
        clock.unit = ClockUnit::WorkingDays;
        // Every pause of a cycle with a due time has ended: the time given for an open one is never read.
        const qint64 extension = pauseExtension(stored.cycle, clock, calendar, {});
        const QDateTime due = cycleDueAt(stored.cycle, clock, calendar, extension);
        const qint64 spanEnd = ClockCycleWriter::spanEndDay(stored.cycle, due).toJulianDay();
        if (due.toMSecsSinceEpoch() == stored.dueMs && extension == stored.extension && spanEnd == stored.spanEndDay)
            continue;
        update.bindValue(0, due.toMSecsSinceEpoch());
        update.bindValue(1, extension);
        update.bindValue(2, spanEnd);
        update.bindValue(3, stored.complaintId);
        update.bindValue(4, stored.cycle.clock);
        if (!update.exec())
            return sqlError(u"cannot write a clock cycle"_s, update.lastError());
        if (!stored.stopped && due.toMSecsSinceEpoch() != stored.dueMs)
            moved.insert(stored.complaintId);
    }

    QSqlQuery nextDue(db);
    if (!nextDue.prepare(u"UPDATE complaints SET next_due_at = (SELECT min(due_at) FROM clock_cycles"
                         u" WHERE complaint_id = ? AND stopped = 0 AND due_at IS NOT NULL) WHERE id = ?"_s))
        return sqlError(u"cannot prepare writing next due times"_s, nextDue.lastError());
    for (const QString &id : std::as_const(moved)) {
        nextDue.bindValue(0, id);
        nextDue.bindValue(1, id);
        if (!nextDue.exec())
            return sqlError(u"cannot write a next due time"_s, nextDue.lastError());
    }
    return qint64(moved.size());
}

Result<qint64> recomputeAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays)
{
    const auto derived = recomputeCyclesAfterCalendarChange(cache, changedDays);
    if (!derived.ok())
        return derived.error();
    if (const auto sop = recomputeSopStalledAt(cache, cache.deadlinePolicy().calendar(), changedDays); !sop.ok())
        return sop.error();
    return derived.value();
}

Result<qint64> rederiveNextDueAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays)
{
    QSqlDatabase db = cache.database();
    if (!db.transaction())
        return sqlError(u"cannot begin deriving next due times"_s, db.lastError());
    const auto fail = [&db](const Error &error) -> Result<qint64> {
        db.rollback();
        return error;
    };
    const auto derived = recomputeAfterCalendarChange(cache, changedDays);
    if (!derived.ok())
        return fail(derived.error());
    if (Status status = cache.setMeta(u"deadline_policy"_s, cache.deadlinePolicy().fingerprint()))
        return fail(*status);
    if (!db.commit())
        return fail(sqlError(u"cannot commit the next due times"_s, db.lastError()));
    return derived.value();
}

} // namespace rabeg
