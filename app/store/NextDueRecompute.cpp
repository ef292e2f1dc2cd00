#include "NextDueRecompute.h"

#include "ClockCycleWriter.h"
#include "BulkPageCache.h"
#include "RecomputePrefetch.h"
#include "ReportFactsStale.h"
#include "SopProgressRecompute.h"
#include "WarningInstants.h"
#include "deadline/ClockCycles.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Whether a changed day (Julian day numbers, sorted) lies in (startDay, spanEndDay].
bool spans(const std::vector<qint64> &changed, qint64 startDay, qint64 spanEndDay)
{
    const auto first = std::upper_bound(changed.begin(), changed.end(), startDay);
    return first != changed.end() && *first <= spanEndDay;
}

// The due time and span end of cycles without a pause depend only on their OPD, their start's WIB day and their
// duration (docs/deadlines.md, rule 2): the 400,000 running cycles of 1,000,000 complaints share a few thousand.
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

// A running working-day cycle's due time and span end under `calendar`, from the inputs running_cycles keeps.
DueMemo::Due workingDayDue(DueMemo &memo, const WorkingCalendar &calendar, const QSqlQuery &row)
{
    const QString opd = row.value(3).toString();
    const int duration = row.value(4).toInt();
    const QString pauses = row.value(6).toString();
    if (pauses.isEmpty())
        return memo.due(opd, row.value(2).toLongLong(), duration);
    ClockCycle cycle;
    cycle.clock = row.value(8).toString();
    cycle.start = QDateTime::fromMSecsSinceEpoch(row.value(5).toLongLong(), Qt::UTC);
    cycle.opd = opd;
    cycle.pauses = ClockCycleWriter::pausesFromText(pauses);
    SlaClock clock;
    clock.id = cycle.clock;
    clock.duration = duration;
    clock.unit = ClockUnit::WorkingDays;
    // Every pause of a cycle with a due time has ended: the time given for an open one is never read.
    const qint64 extension = pauseExtension(cycle, clock, calendar, {});
    const QDateTime due = cycleDueAt(cycle, clock, calendar, extension);
    return {due.toMSecsSinceEpoch(), ClockCycleWriter::spanEndDay(cycle, due).toJulianDay()};
}

struct NextDue
{
    qint64 dueMs = 0;
    QString complaintId;
};

// A running cycle's due time and warning instant as computed now, for its running_cycles row.
struct CycleDue
{
    QString complaintId;
    QString clock;
    qint64 dueMs = 0;
    std::optional<qint64> warnMs; // none for a clock the policy does not know
    bool dueMoved = false; // differs from the row's due_at
};

// The warning thresholds of the policy's clocks.
QHash<QString, int> warningPercents(const LocalCache &cache)
{
    QHash<QString, int> percents;
    for (const SlaClock &clock : cache.deadlinePolicy().clocks())
        percents.insert(clock.id, clock.warningPercent);
    return percents;
}

CycleDue cycleDue(const QHash<QString, int> &percents, const QSqlQuery &row, qint64 dueMs)
{
    CycleDue due{row.value(0).toString(), row.value(8).toString(), dueMs, std::nullopt,
                 dueMs != row.value(7).toLongLong()};
    if (const auto percent = percents.constFind(due.clock); percent != percents.cend())
        due.warnMs = warningInstantMs(row.value(5).toLongLong(), dueMs, *percent);
    return due;
}

// Writes the due time (where it moved) and the warning instant of each cycle in `dues`, in key order.
Status writeCycleDues(QSqlDatabase &db, const std::vector<CycleDue> &dues)
{
    QSqlQuery moved(db);
    QSqlQuery warning(db);
    if (!moved.prepare(u"UPDATE running_cycles SET due_at = ?, warn_at = ? WHERE complaint_id = ? AND clock = ?"_s)
        || !warning.prepare(u"UPDATE running_cycles SET warn_at = ? WHERE complaint_id = ? AND clock = ?"_s))
        return sqlError(u"cannot write the clock cycles' due times"_s, moved.lastError());
    for (const CycleDue &due : dues) {
        QSqlQuery &q = due.dueMoved ? moved : warning;
        int i = 0;
        if (due.dueMoved)
            q.bindValue(i++, due.dueMs);
        q.bindValue(i++, due.warnMs ? QVariant(*due.warnMs) : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(i++, due.complaintId);
        q.bindValue(i++, due.clock);
        if (!q.exec())
            return sqlError(u"cannot write the clock cycles' due times"_s, q.lastError());
    }
    return std::nullopt;
}

// The running cycles with a due time, whole, in key order (cache schema 12, DueTables.h).
const QString kRunningCyclesSql = u"SELECT complaint_id, unit = 'working_days', start_day, opd, duration, started_at,"
                                  u" pauses, due_at, clock FROM running_cycles ORDER BY complaint_id, clock"_s;

// The same columns, of the complaints one of whose working-day cycles can span a changed day in [first, last]: it
// started before the last one, and is due on or after the first one (its stored due time, under the calendar before
// the change) or was paused (a pause can end later than its due day). A cycle outside that set keeps its due time
// under the new calendar: its start day and every working day it counts lie before the first changed day, or it
// starts on or after the last one. The set is chosen by SQLite (a pass over the narrow table, no column converted),
// so only its complaints' rows are read here (about a third of the running cycles at 1,000,000 complaints).
const QString kSpanningCandidatesSql
    = u"SELECT complaint_id, unit = 'working_days', start_day, opd, duration, started_at, pauses, due_at, clock"
      u" FROM running_cycles WHERE complaint_id IN (SELECT complaint_id FROM running_cycles"
      u" WHERE unit = 'working_days' AND start_day < :last AND (due_at >= :first OR pauses <> ''))"
      u" ORDER BY complaint_id, clock"_s;

// complaint_due.next_due_at of each complaint in `next` (cache schema 12, DueTables.h), written only where it
// differs from the stored value (one statement: a look-up by id, and a write only when the value changes), in the
// order of the new values: the three indexes that hold next_due_at (the inbox's, the overdue filter's, the
// dashboard's) are then walked in their own order, and the old values (the new moved by the changed days) lie close
// together too. Returns how many it wrote.
Result<qint64> writeNextDue(QSqlDatabase &db, std::vector<NextDue> &next)
{
    std::sort(next.begin(), next.end(), [](const NextDue &a, const NextDue &b) {
        return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.complaintId < b.complaintId;
    });
    QSqlQuery write(db);
    if (!write.prepare(u"UPDATE complaint_due SET next_due_at = ? WHERE id = ? AND next_due_at IS NOT ?"_s))
        return sqlError(u"cannot write next due times"_s, write.lastError());
    qint64 written = 0;
    for (const NextDue &due : next) {
        write.bindValue(0, due.dueMs);
        write.bindValue(1, due.complaintId);
        write.bindValue(2, due.dueMs);
        if (!write.exec())
            return sqlError(u"cannot write next due times"_s, write.lastError());
        written += write.numRowsAffected();
    }
    return written;
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

    // One pass over the running cycles (running_cycles, in key order) of the complaints that can have one spanning a
    // changed day (kSpanningCandidatesSql), complaint by complaint: a complaint one of whose working-day cycles spans
    // a changed day under the new calendar gets, as its next due time, the earliest due time of its running cycles,
    // those of working days computed under the new calendar from their inputs, the others as stored (no calendar
    // moves them). A cycle whose due time moved spans a changed day under either calendar (the days before the
    // earlier of the two due days count the same under both), so none is missed.
    // The pages read and written below (both narrow tables and their indexes, whole), read ahead at once by readers
    // of their own where the file is not in memory.
    const RecomputePrefetch prefetch(cache);
    prefetch.dueTables();
    const WorkingCalendar &calendar = cache.deadlinePolicy().calendar();
    DueMemo memo(calendar);
    std::vector<NextDue> next;
    // The working-day cycles whose due time moved, with their warning instants (the alerts read those).
    const QHash<QString, int> percents = warningPercents(cache);
    std::vector<CycleDue> moved;
    {
        QSqlQuery q(cache.database());
        q.setForwardOnly(true);
        if (!q.prepare(kSpanningCandidatesSql))
            return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
        q.bindValue(u":last"_s, changed.back());
        q.bindValue(u":first"_s,
                    WorkingCalendar::startOfWibDay(QDate::fromJulianDay(changed.front())).toMSecsSinceEpoch());
        if (!q.exec())
            return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
        QString current;
        std::optional<qint64> earliest;
        bool spanning = false;
        const auto close = [&] {
            if (spanning && earliest)
                next.push_back({*earliest, current});
            earliest.reset();
            spanning = false;
        };
        const qint64 lastChanged = changed.back();
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (id != current) {
                close();
                current = id;
            }
            qint64 dueMs = q.value(7).toLongLong();
            if (q.value(1).toInt() != 0) {
                const DueMemo::Due due = workingDayDue(memo, calendar, q);
                dueMs = due.dueMs;
                if (dueMs != q.value(7).toLongLong())
                    moved.push_back(cycleDue(percents, q, dueMs));
                if (q.value(2).toLongLong() < lastChanged && spans(changed, q.value(2).toLongLong(), due.spanEndDay))
                    spanning = true;
            }
            earliest = earliest ? std::min(*earliest, dueMs) : dueMs;
        }
        if (q.lastError().isValid())
            return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
        close();
    }
    QSqlDatabase db = cache.database();
    if (Status status = writeCycleDues(db, moved))
        return *status;
    if (next.empty())
        return qint64(0);
    return writeNextDue(db, next);
}

Status refreshRunningCycleDues(LocalCache &cache)
{
    const WorkingCalendar &calendar = cache.deadlinePolicy().calendar();
    DueMemo memo(calendar);
    const QHash<QString, int> percents = warningPercents(cache);
    std::vector<CycleDue> dues;
    {
        QSqlQuery q(cache.database());
        q.setForwardOnly(true);
        if (!q.prepare(kRunningCyclesSql) || !q.exec())
            return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
        while (q.next()) {
            const qint64 dueMs
                = q.value(1).toInt() != 0 ? workingDayDue(memo, calendar, q).dueMs : q.value(7).toLongLong();
            dues.push_back(cycleDue(percents, q, dueMs));
        }
        if (q.lastError().isValid())
            return sqlError(u"cannot read the running clock cycles"_s, q.lastError());
    }
    QSqlDatabase db = cache.database();
    return writeCycleDues(db, dues);
}

Result<qint64> recomputeAfterCalendarChange(LocalCache &cache, const QList<QDate> &changedDays)
{
    const BulkPageCache pages(cache);
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
    if (Status begun = beginWrite(db, u"cannot begin deriving next due times"_s))
        return *begun;
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
