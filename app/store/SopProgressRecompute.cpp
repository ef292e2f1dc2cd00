#include "SopProgressRecompute.h"

#include "RecomputePrefetch.h"
#include "SopProgress.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<qint64> recomputeSopStalledAt(LocalCache &cache, const WorkingCalendar &calendar,
                                     const QList<QDate> &changedDays)
{
    if (changedDays.isEmpty())
        return qint64(0);
    std::vector<qint64> changed;
    for (const QDate &day : changedDays)
        changed.push_back(day.toJulianDay());
    std::sort(changed.begin(), changed.end());
    struct Row
    {
        QString id;
        qint64 stalledMs = 0;
    };
    QList<Row> moved;
    // The pages read and written below (the stalled range, the table and its indexes holding stalled_at), read ahead
    // at once where the file is not in memory (RecomputePrefetch.h).
    const RecomputePrefetch prefetch(cache);
    const qint64 fromMs = WorkingCalendar::startOfWibDay(QDate::fromJulianDay(changed.front())).toMSecsSinceEpoch();
    prefetch.sopStalledFrom(fromMs);
    {
        // A span holding a changed day ends on or after the first one: the stalled-at index's range from there
        // (sop_progress_stalled holds every column read here). The new instant depends on the OPD, the step's
        // start day and its expected days only (sopStalledAt): computed once per such triple.
        QSqlQuery q(cache.database());
        q.setForwardOnly(true);
        // A step that starts on or after the last changed day spans none: left out in SQLite, not read here (a day
        // off recognised late lies before most of a backlog's steps).
        q.prepare(u"SELECT complaint_id, opd, step_since, expected_days, stalled_at FROM sop_progress"
                  u" WHERE stalled_at >= ? AND step_since < ?"_s);
        q.addBindValue(fromMs);
        q.addBindValue(WorkingCalendar::startOfWibDay(QDate::fromJulianDay(changed.back())).toMSecsSinceEpoch());
        if (!q.exec())
            return sqlError(u"cannot find the SOP steps a calendar change moves"_s, q.lastError());
        std::map<std::tuple<QString, qint64, int>, qint64> memo;
        while (q.next()) {
            const qint64 sinceMs = q.value(2).toLongLong();
            const qint64 stalledMs = q.value(4).toLongLong();
            const qint64 startDay = WorkingCalendar::wibDate(QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC))
                                        .toJulianDay();
            const qint64 stalledDay
                = WorkingCalendar::wibDate(QDateTime::fromMSecsSinceEpoch(stalledMs, Qt::UTC)).toJulianDay();
            const auto firstAfter = std::upper_bound(changed.cbegin(), changed.cend(), startDay);
            if (firstAfter == changed.cend() || *firstAfter > stalledDay)
                continue;
            const QString opd = q.value(1).toString();
            const int expectedDays = q.value(3).toInt();
            auto [it, added] = memo.try_emplace({opd, startDay, expectedDays}, 0);
            if (added) {
                it->second = sopStalledAt(QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC), expectedDays, opd,
                                          calendar)
                                 .toMSecsSinceEpoch();
            }
            if (it->second != stalledMs)
                moved.append({q.value(0).toString(), it->second});
        }
        if (q.lastError().isValid())
            return sqlError(u"cannot find the SOP steps a calendar change moves"_s, q.lastError());
    }
    QSqlQuery update(cache.database());
    if (!update.prepare(u"UPDATE sop_progress SET stalled_at = ? WHERE complaint_id = ?"_s))
        return sqlError(u"cannot prepare moving SOP stall times"_s, update.lastError());
    for (const Row &row : std::as_const(moved)) {
        update.bindValue(0, row.stalledMs);
        update.bindValue(1, row.id);
        if (!update.exec())
            return sqlError(u"cannot move the SOP stall time of "_s + row.id, update.lastError());
    }
    return qint64(moved.size());
}

} // namespace rabeg
