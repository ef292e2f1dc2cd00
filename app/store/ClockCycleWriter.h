#pragma once

#include "DerivedFacts.h"
#include "RunningCycleRows.h"
#include "deadline/ClockCycles.h"

#include <QSqlQuery>

namespace rabeg {

// The table clock_cycles (cache schema 6): per complaint and clock, its latest cycle as the core derives it
// (ClockCycles.h) with the facts its due time is computed from (start, unit, duration, OPD, pauses), the pause
// extension, the due time (NULL while the clock is paused) and whether the cycle stopped. A change of the
// calendar then computes again the due times of the running cycles from these inputs without reading a history.
// Each running cycle with a due time (not paused, not stopped) is also written into running_cycles (cache schema 16,
// DuePoints.h) with those inputs and its due and warning points on its clock's axis, and the complaint's entry in
// complaint_due from them: what the recompute after a calendar change reads (NextDueRecompute.h; docs/deadlines.md,
// "Recompute after a calendar change"), the alerts and the overdue filters; clock_cycles keeps the values derived
// with the history.
class ClockCycleWriter final : public DerivedFactWriter
{
public:
    explicit ClockCycleWriter(LocalCache &cache);

    Status write(const QString &complaintId, const QList<Event> &history) override;
    Status clearAll() override;

    // The CREATE statements of the table and its index, for derivedFactsSchemaStep().
    static QStringList schema();

    // How a pause list is kept in its column: "fromMs-toMs" for each pause, ';' between; an open pause has no toMs.
    static QString pausesText(const QList<ClockPause> &pauses);
    static QList<ClockPause> pausesFromText(const QString &text);
    // The last WIB day a calendar change can move the cycle's due time through: its due day, or the last day of a
    // pause that ended later (a pause extends the due time by the working days it overlapped).
    static QDate spanEndDay(const ClockCycle &cycle, const QDateTime &dueAt);
    static QString unitCode(ClockUnit unit);

private:
    LocalCache &m_cache;
    QSqlQuery m_delete;
    QSqlQuery m_insert;
    QSqlQuery m_deleteRunning;
    DuePointWriter m_points;
    Status m_prepared;
};

} // namespace rabeg
