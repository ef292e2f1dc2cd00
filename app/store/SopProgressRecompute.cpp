#include "SopProgressRecompute.h"

#include "RecomputePrefetch.h"
#include "SopProgress.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// The WIB start of `julianDay`, in milliseconds since the epoch.
qint64 startMs(qint64 julianDay)
{
    return WorkingCalendar::startOfWibDay(QDate::fromJulianDay(julianDay)).toMSecsSinceEpoch();
}

// The steps a change of the days `changed` (sorted) can move: those whose stall instant is on or after the first
// changed day and that became current before the last (a step that starts on or after it spans none), read from
// the stalled-at index's range (sop_progress_stalled holds every column named here). SQLite parameters: the two
// bounds.
QString candidates()
{
    return u" FROM sop_progress WHERE stalled_at >= :from AND step_since < :last"_s;
}

// A step's span, from the day after it became current to the day it stalls, holds a changed day (temp.sop_changed:
// the WIB start of each): its stall instant can move.
QString spansAChange(const QString &table)
{
    return u"EXISTS (SELECT 1 FROM temp.sop_changed c WHERE c.at > "_s + table + u".step_since AND c.at <= "_s + table
        + u".stalled_at)"_s;
}

} // namespace

Result<qint64> recomputeSopStalledAt(LocalCache &cache, const WorkingCalendar &calendar,
                                     const QList<QDate> &changedDays)
{
    if (changedDays.isEmpty())
        return qint64(0);
    std::vector<qint64> changed;
    for (const QDate &day : changedDays)
        changed.push_back(day.toJulianDay());
    std::sort(changed.begin(), changed.end());
    const qint64 fromMs = startMs(changed.front());
    const qint64 lastMs = startMs(changed.back());
    // The pages read and written below (the stalled range, the table and its indexes holding stalled_at), read ahead
    // at once where the file is not in memory (RecomputePrefetch.h).
    const RecomputePrefetch prefetch(cache);
    prefetch.sopStalledFrom(fromMs);

    if (Status status = cache.connection().exec(
            {u"CREATE TEMP TABLE IF NOT EXISTS sop_changed (at INTEGER PRIMARY KEY)"_s,
             u"CREATE TEMP TABLE IF NOT EXISTS sop_moved (opd TEXT, day INTEGER, expected INTEGER,"
             u" stalled INTEGER NOT NULL, PRIMARY KEY (opd, day, expected)) WITHOUT ROWID"_s,
             u"DELETE FROM temp.sop_changed"_s, u"DELETE FROM temp.sop_moved"_s}))
        return *status;
    QSqlQuery q(cache.database());
    q.prepare(u"INSERT OR IGNORE INTO temp.sop_changed(at) VALUES (?)"_s);
    for (const qint64 day : changed) {
        q.bindValue(0, startMs(day));
        if (!q.exec())
            return sqlError(u"cannot hold the changed days"_s, q.lastError());
    }

    // A step's new instant depends on its OPD (a Saturday axis), the WIB day it became current and its expected days
    // only (sopStalledAt): computed once per such triple among the steps that span a change, not once per step.
    std::vector<std::tuple<QString, qint64, int>> triples;
    {
        QSqlQuery distinct(cache.database());
        distinct.setForwardOnly(true);
        distinct.prepare(u"SELECT DISTINCT opd, "_s + sopStepDaySql() + u", expected_days"_s + candidates() + u" AND "_s
                         + spansAChange(u"sop_progress"_s));
        distinct.bindValue(u":from"_s, fromMs);
        distinct.bindValue(u":last"_s, lastMs);
        if (!distinct.exec())
            return sqlError(u"cannot find the SOP steps a calendar change moves"_s, distinct.lastError());
        while (distinct.next())
            triples.emplace_back(distinct.value(0).toString(), distinct.value(1).toLongLong(),
                                 distinct.value(2).toInt());
        if (distinct.lastError().isValid())
            return sqlError(u"cannot find the SOP steps a calendar change moves"_s, distinct.lastError());
    }
    q.prepare(u"INSERT INTO temp.sop_moved(opd, day, expected, stalled) VALUES (?, ?, ?, ?)"_s);
    for (const auto &[opd, epochDay, expectedDays] : triples) {
        const QDateTime since
            = QDateTime::fromMSecsSinceEpoch(startMs(epochDay + QDate(1970, 1, 1).toJulianDay()), Qt::UTC);
        q.bindValue(0, opd);
        q.bindValue(1, epochDay);
        q.bindValue(2, expectedDays);
        q.bindValue(3, sopStalledAt(since, expectedDays, opd, calendar).toMSecsSinceEpoch());
        if (!q.exec())
            return sqlError(u"cannot hold the moved stall instants"_s, q.lastError());
    }

    // Written in one statement, only where the instant moved.
    QSqlQuery update(cache.database());
    update.prepare(
        u"UPDATE sop_progress SET stalled_at = m.stalled FROM temp.sop_moved m WHERE m.opd = sop_progress.opd"
        u" AND m.day = "_s
        + sopStepDaySql()
        + u" AND m.expected = sop_progress.expected_days"
          u" AND sop_progress.stalled_at <> m.stalled AND sop_progress.rowid IN (SELECT rowid"_s
        + candidates() + u" AND "_s + spansAChange(u"sop_progress"_s) + u")"_s);
    update.bindValue(u":from"_s, fromMs);
    update.bindValue(u":last"_s, lastMs);
    if (!update.exec())
        return sqlError(u"cannot move the SOP stall times"_s, update.lastError());
    return qint64(update.numRowsAffected());
}

} // namespace rabeg
