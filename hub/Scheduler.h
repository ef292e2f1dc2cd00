#pragma once

#include "HubClock.h"
#include "HubPolicy.h"
#include "HubStore.h"
#include "deadline/Deadlines.h"
#include "deadline/WorkingCalendar.h"
#include "refdata/ReferenceData.h"

namespace rabeg {

// What one pass of the scheduler did.
struct SchedulerPass
{
    int looked = 0;      // schedule entries looked at
    int escalated = 0;   // escalations this process appended
    int closed = 0;      // automatic closes this process appended
    int alreadyDone = 0; // the same action was appended before (another process, or this one before a crash)
    int rebuilt = 0;     // 1 when the schedule was rebuilt from the log first
    qint64 head = 0;     // the log head after this pass's appends (0 when it appended nothing)
};

// The hub acting on deadlines (docs/deadlines.md, "The hub's scheduler"): when a clock whose breach action is
// "escalate" or "close" is breached, the hub sends that command through the normal command path as the actor
// "system" (role System). Each action has a deterministic command id, UUIDv5 of (complaint, clock, cycle,
// action): two hub processes on one store, or a process restarted after kill -9, send the same id, and the
// store's idempotency by command id appends it once. The decision is the shared core's, from the complaint's
// history and hub time (computeDeadlines): a response before the due time means no escalation whenever the
// scheduler runs, a response after it still escalates. It is taken on one version of the complaint and appended
// only if that is still the version (AppendRequest::decidedOnVersion).
//
// Due work is found through the store's schedule (an index kept with every append), never by reading every
// history. Not thread-safe: one Scheduler per store connection.
class Scheduler
{
public:
    Scheduler(HubStore &store, const ReferenceData &reference, HubClock clock);

    // One pass at hub time: rebuilds the schedule first when its basis is stale, then looks at every entry due.
    Result<SchedulerPass> runOnce();

    static QUuid commandIdFor(const QUuid &complaint, const QString &clock, int cycle, BreachAction action);
    static Actor actor(); // "system", Role::System
    // A digest of what the schedule depends on: the clocks that act on breach and the calendar.
    static QString basisOf(const ReferenceData &reference);

    void setClock(HubClock clock) { m_clock = clock; }

private:
    enum class Step { Done, Retry };
    Result<Step> look(const ScheduledCheck &check, const QDateTime &now, SchedulerPass &pass);
    Result<Step> act(const ScheduledCheck &check, const SlaClock &clock, const Complaint &complaint,
                     const Deadline &deadline, SchedulerPass &pass);
    const SlaClock *clockNamed(const QString &id) const;
    // The SLA policy and calendar published since the last pass (by any hub process) are in force from this one.
    Status adoptPublished();

    HubStore &m_store;
    const ReferenceData &m_reference;
    HubClock m_clock;
    WorkingCalendar m_calendar;
    QList<SlaClock> m_actionable;
    QString m_basis;
    HubPolicy m_policy;
};

} // namespace rabeg
