#pragma once

#include "core/Result.h"
#include "deadline/WorkingCalendar.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rabeg {

// Which sop_progress rows are stalled at a hub time (SopProgress.h): a row is exactly when its step_day is at most
// the limit day of its (OPD, expected days) at that time's WIB day (sopStallLimit). The limits of every (OPD,
// expected days) the table holds (or one OPD's) are computed here with the calendar, for each read, into the
// connection's temp.sop_stall_limits under a set number of their own, removed when this object goes; the readers
// join them with the rows, or judge a row by an expression holding them. So the rows keep nothing a calendar change
// moves, and a change writes none of them.
//
// The pairs are found in sop_progress_due by seeks, one per pair (a few hundred at most: each OPD's distinct
// expected days), not by reading the table. An invalid hub time makes no limit: nothing is stalled then.
class SopStallLimits
{
public:
    SopStallLimits(const QSqlDatabase &db, const WorkingCalendar &calendar, const QDateTime &now,
                   const QString &opd = {});
    ~SopStallLimits();
    SopStallLimits(const SopStallLimits &) = delete;
    SopStallLimits &operator=(const SopStallLimits &) = delete;

    // Why the limits could not be computed (the readers then fail with it), or none.
    const Status &status() const { return m_status; }
    // The value to bind wherever the SQL below says `?` (once each).
    qint64 set() const { return m_set; }

    struct Limit
    {
        QString opd;
        QString axis; // WorkingCalendar::axisOf(opd): OPDs on one axis share their limits
        qint64 expectedDays = 0;
        qint64 lastDay = 0; // days since 1970-01-01, as step_day
    };
    // The limits held, in the order of sop_progress_due: a reader may read each pair's range on its own.
    const QList<Limit> &limits() const { return m_limits; }

    // SQL: the sop_progress row of alias `row` is stalled, its limit chosen by a CASE over its axis's OPDs and
    // its expected days that holds the limits as literals (no bind): what a walk in another index's order (the
    // inbox's) evaluates per entry, four times cheaper than a look-up in the temp table (45 ms against 100 ms for
    // 200,000 entries). "0" when no limit is held.
    QString stalledSql(const QString &row) const;
    // SQL: the FROM clause of the stalled rows, alias `p`, each (OPD, expected days)'s range step_day <= its limit
    // read in sop_progress_due; then WHERE with one bind, set(), to which a caller may add " AND ...".
    static QString stalledRowsSql();

private:
    Status fill(const WorkingCalendar &calendar, const QDateTime &now, const QString &opd);

    QSqlDatabase m_db;
    qint64 m_set = 0;
    QList<Limit> m_limits;
    Status m_status;
};

} // namespace rabeg
