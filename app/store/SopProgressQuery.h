#pragma once

#include "ChecklistQuery.h"
#include "LocalCache.h"
#include "core/Result.h"
#include "deadline/WorkingCalendar.h"
#include "sop/SopCatalog.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>

#include <functional>

namespace rabeg {

// Where one complaint is stalled at a hub time: its current step and the working days at it and over it.
struct SopStall
{
    QUuid id;
    QString opd;
    int stepNumber = 0;
    QString stepKey;
    QString stepTitle;
    int daysAtStep = 0;
    int daysOver = 0;
    QString sentence; // describeStall's

    friend bool operator==(const SopStall &, const SopStall &) = default;
};

// The stalled complaints at hub time over sop_progress (SopProgress.h): each (OPD, expected days)'s range of its
// step_day index up to the limit day at that time (SopStallLimits.h), the days at the step counted here with the
// calendar, no history read. The few complaints whose template version the
// cache did not know when they were derived are worked out from their events by the core (ChecklistQuery).
class SopProgressQuery
{
public:
    SopProgressQuery(LocalCache &cache, const SopCatalog &catalog, const WorkingCalendar &calendar)
        : m_cache(cache), m_calendar(calendar), m_checklists(cache, catalog, calendar)
    { }

    using Sink = std::function<void(const SopStall &stall)>;

    // The stalled at `now` counted by groups alike (OPD, step, title, working days at the step), counted in SQL
    // without a row per complaint reaching here: what the stall board counts. The few
    // complaints of a template version unknown when derived come one by one (count 1).
    using GroupSink = std::function<void(const QString &opd, int stepNumber, const QString &stepKey,
                                         const QString &stepTitle, int daysAtStep, int count)>;
    Status forEachStalledGroup(const QDateTime &now, const GroupSink &sink) const;
    // The complaints stalled at `now` at one OPD's step (every step of the OPD when stepKey is empty): a board
    // cell's drill-down, read from the OPD's index ranges.
    Result<QList<QUuid>> stalledIds(const QDateTime &now, const QString &opd, const QString &stepKey) const;
    // The stalls of the given complaints at `now` (those not stalled are left out): an inbox page, a drill-down.
    Result<QHash<QUuid, SopStall>> stalls(const QList<QUuid> &ids, const QDateTime &now) const;
    // Complaints an OPD is working under a checklist.
    Result<qint64> workingCount() const;

private:
    Result<QList<QUuid>> unknownTemplates(const QString &opd) const;
    Status fallback(const QList<QUuid> &ids, const QDateTime &now, const Sink &sink) const;

    LocalCache &m_cache;
    const WorkingCalendar &m_calendar;
    ChecklistQuery m_checklists;
};

} // namespace rabeg
