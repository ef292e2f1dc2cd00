#include "SopProgressRecompute.h"

#include "SopProgress.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<qint64> recomputeSopStalledAt(LocalCache &cache, const WorkingCalendar &calendar,
                                     const QList<QDate> &changedDays)
{
    if (changedDays.isEmpty())
        return qint64(0);
    const QDate first = *std::min_element(changedDays.cbegin(), changedDays.cend());
    struct Row
    {
        QString id;
        QString opd;
        QDateTime since;
        int expectedDays = 0;
    };
    QList<Row> spanning;
    {
        // A span holding a changed day ends on or after the first one: the stalled-at index's range from there.
        QSqlQuery q(cache.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT complaint_id, opd, step_since, expected_days, stalled_at FROM sop_progress"
                  u" WHERE stalled_at >= ?"_s);
        q.addBindValue(WorkingCalendar::startOfWibDay(first).toMSecsSinceEpoch());
        if (!q.exec())
            return sqlError(u"cannot find the SOP steps a calendar change moves"_s, q.lastError());
        while (q.next()) {
            const QDateTime since = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
            const QDate startDay = WorkingCalendar::wibDate(since);
            const QDate stalledDay
                = WorkingCalendar::wibDate(QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC));
            const bool spans = std::any_of(changedDays.cbegin(), changedDays.cend(),
                                           [&](const QDate &day) { return day > startDay && day <= stalledDay; });
            if (spans)
                spanning.append({q.value(0).toString(), q.value(1).toString(), since, q.value(3).toInt()});
        }
        if (q.lastError().isValid())
            return sqlError(u"cannot find the SOP steps a calendar change moves"_s, q.lastError());
    }
    QSqlQuery update(cache.database());
    if (!update.prepare(u"UPDATE sop_progress SET stalled_at = ? WHERE complaint_id = ?"_s))
        return sqlError(u"cannot prepare moving SOP stall times"_s, update.lastError());
    for (const Row &row : std::as_const(spanning)) {
        update.addBindValue(sopStalledAt(row.since, row.expectedDays, row.opd, calendar).toMSecsSinceEpoch());
        update.addBindValue(row.id);
        if (!update.exec())
            return sqlError(u"cannot move the SOP stall time of "_s + row.id, update.lastError());
    }
    return qint64(spanning.size());
}

} // namespace rabeg
