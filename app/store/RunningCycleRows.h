#pragma once

#include "core/Result.h"
#include "deadline/ClockCycles.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlQuery>

#include <map>
#include <optional>

namespace rabeg {

// How an axis (WorkingCalendar::axisOf: "" for the base calendar) is kept in running_cycles.axis and
// complaint_due.wd_axis: '*' for the base calendar's (an empty text would be bound as NULL, which means real time).
QString axisColumn(const QString &axis);
QString axisOfColumn(const QString &column);

// A running cycle's row of running_cycles (cache schema 16, DuePoints.h): its inputs and its points.
struct RunningCyclePoints
{
    QString complaintId;
    QString clock;
    int cycle = 0;
    qint64 startedAt = 0;
    qint64 startDay = 0; // Julian day of the start's WIB date
    QString unit;
    int duration = 0;
    QString opd;
    QString pauses; // ClockCycleWriter::pausesText
    std::optional<qint64> pauseFirstDay; // the WIB days the pauses cover, first and last (Julian)
    std::optional<qint64> pauseLastDay;
    CycleSpan span;
    std::optional<qint64> warn; // none for a clock the policy does not know
};

// A complaint's entry in complaint_due, from its running cycles' rows.
struct ComplaintDue
{
    std::optional<qint64> dueAt; // earliest real-time due (UTC ms)
    std::optional<QString> wdAxis;
    std::optional<qint64> wdDue;
    bool mixed = false;

    bool any() const { return dueAt || wdDue; }
    // The earliest of both as an instant under `calendar` (invalid when nothing runs): what the core's nextDueAt gives.
    QDateTime nextDueAt(const WorkingCalendar &calendar) const;
    // The entry of a complaint_due row read as (due_at, wd_axis, wd_due, mixed) from column `first` on.
    static ComplaintDue fromRow(const QSqlQuery &q, int first);
    friend bool operator==(const ComplaintDue &, const ComplaintDue &) = default;
};

// The row of a running cycle with a due time (not paused, not stopped) under `calendar`; `warningPercent` none when
// the policy does not know the clock.
RunningCyclePoints runningCyclePoints(const QString &complaintId, const ClockCycle &cycle, const SlaClock &clock,
                                const WorkingCalendar &calendar, std::optional<int> warningPercent);

// complaint_due's entry of a complaint whose running cycles are `rows`: the earliest real-time due time, and the
// earliest working-day due point (on more than one axis: the one whose instant under `calendar` comes first).
ComplaintDue complaintDueOf(const std::vector<RunningCyclePoints> &rows, const WorkingCalendar &calendar);

class LocalCache;
// Every complaint_due entry's next due time under the cache's calendar, by complaint id: what the cache holds as
// each complaint's nextDueAt (NextDue.h), for checks against the core.
Result<QHash<QString, QDateTime>> storedNextDues(LocalCache &cache);

// Writes running_cycles rows and complaint_due entries with statements prepared once.
class DuePointWriter
{
public:
    explicit DuePointWriter(QSqlDatabase db);

    Status insertCycle(const RunningCyclePoints &row);
    // Writes a cycle's points (due, warn, axis) into its existing row.
    Status updateCycle(const RunningCyclePoints &row);
    // The complaint's complaint_due entry, or none when nothing runs.
    Status setComplaintDue(const QString &complaintId, const ComplaintDue &due);

private:
    QSqlQuery m_insertCycle;
    QSqlQuery m_updateCycle;
    QSqlQuery m_upsertDue;
    QSqlQuery m_deleteDue;
    Status m_prepared;
};

} // namespace rabeg
