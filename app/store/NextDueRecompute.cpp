#include "NextDueRecompute.h"

#include "ClockCycleWriter.h"
#include "RecomputePageCache.h"
#include "ReportFactsStale.h"
#include "SopProgressRecompute.h"
#include "deadline/ClockCycles.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

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

// The due time and span end of cycles without a pause depend only on their OPD, their start's WIB day and their
// duration (docs/deadlines.md, rule 2): most of the cycles a calendar change moves share a handful of them.
class DueMemo
{
public:
    struct Due
    {
        qint64 dueMs = 0;
        qint64 spanEndDay = 0;
    };

    explicit DueMemo(const WorkingCalendar &calendar) : m_calendar(calendar) { }

    Due due(const QString &opd, qint64 startDay, int duration)
    {
        const auto [opdIt, newOpd] = m_opds.try_emplace(opd, int(m_opds.size()));
        const Key key{opdIt->second, startDay, duration};
        if (const auto it = m_dues.find(key); it != m_dues.end())
            return it->second;
        const QDate day = m_calendar.nthWorkingDayAfter(QDate::fromJulianDay(startDay), duration, opd);
        const QDateTime dueAt = WorkingCalendar::endOfWibDay(day);
        const Due computed{dueAt.toMSecsSinceEpoch(), WorkingCalendar::wibDate(dueAt.addMSecs(-1)).toJulianDay()};
        m_dues.emplace(key, computed);
        return computed;
    }

private:
    using Key = std::tuple<int, qint64, int>;
    const WorkingCalendar &m_calendar;
    std::map<QString, int> m_opds;
    std::map<Key, Due> m_dues;
};

// complaints.next_due_at of `moved`, as the earliest due time of their running cycles, written only where it
// changes, in the order of the old value: the three indexes that hold next_due_at (the inbox's, the overdue
// filter's, the dashboard's) are then walked in their own order rather than at random, and the new values (the
// old moved by the changed days) land close together too. Returns how many it wrote.
Result<qint64> writeNextDueOfMoved(QSqlDatabase &db, const QSet<QString> &moved)
{
    QStringList ids(moved.cbegin(), moved.cend());
    std::sort(ids.begin(), ids.end()); // the primary key's order, for the look-ups
    QSqlQuery read(db);
    if (!read.prepare(u"SELECT c.rowid, c.next_due_at, (SELECT min(cc.due_at) FROM clock_cycles cc"
                      u" WHERE cc.complaint_id = c.id AND cc.stopped = 0 AND cc.due_at IS NOT NULL)"
                      u" FROM complaints c WHERE c.id = ?"_s))
        return sqlError(u"cannot read next due times"_s, read.lastError());
    struct Change
    {
        std::optional<qint64> before;
        qint64 rowid = 0;
        QVariant after;
    };
    std::vector<Change> changes;
    for (const QString &id : std::as_const(ids)) {
        read.bindValue(0, id);
        if (!read.exec())
            return sqlError(u"cannot read next due times"_s, read.lastError());
        if (!read.next())
            continue;
        const QVariant before = read.value(1);
        const QVariant after = read.value(2);
        if (before.isNull() == after.isNull() && (before.isNull() || before.toLongLong() == after.toLongLong()))
            continue;
        changes.push_back({before.isNull() ? std::nullopt : std::optional<qint64>(before.toLongLong()),
                           read.value(0).toLongLong(), after});
    }
    read.finish();
    std::sort(changes.begin(), changes.end(),
              [](const Change &a, const Change &b) { return std::tie(a.before, a.rowid) < std::tie(b.before, b.rowid); });
    QSqlQuery write(db);
    if (!write.prepare(u"UPDATE complaints SET next_due_at = ? WHERE rowid = ?"_s))
        return sqlError(u"cannot write next due times"_s, write.lastError());
    for (const Change &change : changes) {
        write.bindValue(0, change.after);
        write.bindValue(1, change.rowid);
        if (!write.exec())
            return sqlError(u"cannot write next due times"_s, write.lastError());
    }
    return qint64(changes.size());
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
        q.prepare(u"SELECT start_day, span_end_day, complaint_id, clock, started_at, duration, opd, pauses,"
                  u" pause_extension, due_at, stopped, stopped_at FROM clock_cycles"
                  u" WHERE unit = 'working_days' AND due_at IS NOT NULL AND span_end_day >= ? AND start_day < ?"
                  u" AND stopped = 0"_s);
        q.addBindValue(changed.front());
        q.addBindValue(changed.back());
        if (!q.exec())
            return sqlError(u"cannot find the clock cycles spanning the changed days"_s, q.lastError());
        while (q.next()) {
            const qint64 startDay = q.value(0).toLongLong();
            const qint64 spanEndDay = q.value(1).toLongLong();
            if (!spans(changed, startDay, spanEndDay))
                continue;
            StoredCycle stored;
            stored.spanEndDay = spanEndDay;
            stored.complaintId = q.value(2).toString();
            stored.cycle.clock = q.value(3).toString();
            stored.cycle.start = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
            stored.duration = q.value(5).toInt();
            stored.cycle.opd = q.value(6).toString();
            stored.cycle.pauses = ClockCycleWriter::pausesFromText(q.value(7).toString());
            stored.extension = q.value(8).toLongLong();
            stored.dueMs = q.value(9).toLongLong();
            stored.stopped = q.value(10).toInt() != 0;
            if (!q.value(11).isNull())
                stored.cycle.stop = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
            candidates.push_back(std::move(stored));
        }
        if (q.lastError().isValid())
            return sqlError(u"cannot find the clock cycles spanning the changed days"_s, q.lastError());
    }

    // Written in the table's key order: neighbouring rows share pages, where the index range's order is random.
    std::sort(candidates.begin(), candidates.end(), [](const StoredCycle &a, const StoredCycle &b) {
        return a.complaintId != b.complaintId ? a.complaintId < b.complaintId : a.cycle.clock < b.cycle.clock;
    });
    const WorkingCalendar &calendar = cache.deadlinePolicy().calendar();
    DueMemo memo(calendar);
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE clock_cycles SET due_at = ?, pause_extension = ?, span_end_day = ?"
                        u" WHERE complaint_id = ? AND clock = ?"_s))
        return sqlError(u"cannot prepare writing clock cycles"_s, update.lastError());
    QSet<QString> moved; // complaints one of whose running cycles moved
    for (StoredCycle &stored : candidates) {
        qint64 extension = 0;
        qint64 dueMs = 0;
        qint64 spanEnd = 0;
        if (stored.cycle.pauses.isEmpty()) {
            const DueMemo::Due due = memo.due(stored.cycle.opd,
                                              WorkingCalendar::wibDate(stored.cycle.start).toJulianDay(),
                                              stored.duration);
            dueMs = due.dueMs;
            spanEnd = due.spanEndDay;
        } else {
            SlaClock clock;
            clock.id = stored.cycle.clock;
            clock.duration = stored.duration;
            clock.unit = ClockUnit::WorkingDays;
            // Every pause of a cycle with a due time has ended: the time given for an open one is never read.
            extension = pauseExtension(stored.cycle, clock, calendar, {});
            const QDateTime due = cycleDueAt(stored.cycle, clock, calendar, extension);
            dueMs = due.toMSecsSinceEpoch();
            spanEnd = ClockCycleWriter::spanEndDay(stored.cycle, due).toJulianDay();
        }
        if (dueMs == stored.dueMs && extension == stored.extension && spanEnd == stored.spanEndDay)
            continue;
        update.bindValue(0, dueMs);
        update.bindValue(1, extension);
        update.bindValue(2, spanEnd);
        update.bindValue(3, stored.complaintId);
        update.bindValue(4, stored.cycle.clock);
        if (!update.exec())
            return sqlError(u"cannot write a clock cycle"_s, update.lastError());
        if (!stored.stopped && dueMs != stored.dueMs)
            moved.insert(stored.complaintId);
    }
    if (moved.isEmpty())
        return qint64(0);
    return writeNextDueOfMoved(db, moved);
}

Result<qint64> recomputeAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays)
{
    const RecomputePageCache pages(cache);
    const auto derived = recomputeCyclesAfterCalendarChange(cache, changedDays);
    if (!derived.ok())
        return derived.error();
    if (const auto sop = recomputeSopStalledAt(cache, cache.deadlinePolicy().calendar(), changedDays); !sop.ok())
        return sop.error();
    if (Status status = markReportFactsStale(cache, changedDays))
        return *status;
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
