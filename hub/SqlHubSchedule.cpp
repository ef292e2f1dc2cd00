// The schedule of the hub's breach actions (Scheduler.h), kept by SqlHubStore in the append transaction: which
// cycles of which complaints the scheduler must look at, and from when. The table is an index into the log, never
// a second truth: the scheduler decides every action again from the complaint's history with the shared core.
#include "SqlHubStore.h"

#include "codec/WireTime.h"
#include "deadline/CalendarChange.h"
#include "deadline/Deadlines.h"
#include "deadline/WorkingCalendar.h"
#include "domain/Lifecycle.h"
#include "store/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u',');
}

// The earliest a cycle started at `start` can be due: N working days never end before N calendar days, and a
// pause only ever extends a clock. Neither the calendar nor a pause can bring a due time before it.
QDateTime floorOf(const SlaClock &clock, const QDateTime &start)
{
    if (clock.unit == ClockUnit::Hours)
        return start.addSecs(qint64(clock.duration) * 3600);
    return WorkingCalendar::endOfWibDay(WorkingCalendar::wibDate(start).addDays(clock.duration));
}

CommandType commandOf(BreachAction action)
{
    return action == BreachAction::Escalate ? CommandType::Escalate : CommandType::Close;
}

// Whether the hub could still take `action` on a complaint in `state`: never again once it is escalated, or in a
// state the lifecycle does not allow the command in (a closed complaint, an auto-close after a reopen).
bool stillPossible(BreachAction action, const Complaint &state)
{
    if (action == BreachAction::Escalate && state.escalated)
        return false;
    return statesAllowing(commandOf(action)).contains(state.state);
}

} // namespace

void SqlHubStore::setSlaPolicy(const QList<SlaClock> &clocks)
{
    m_policy.clear();
    for (const SlaClock &clock : clocks) {
        if (clock.breach != BreachAction::None)
            m_policy.append(clock);
    }
}

Result<QString> SqlHubStore::scheduleBasis()
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT value FROM hub_meta WHERE key = 'schedule_basis'"_s))
        return sqlError(u"cannot read the schedule's basis"_s, q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status SqlHubStore::scheduleAppended(const QList<Event> &appended, const Complaint &state)
{
    if (appended.isEmpty())
        return std::nullopt;
    QSqlQuery q(database());
    if (m_policy.isEmpty()) {
        // This writer does not know which clocks act: the scheduler rebuilds the schedule before it trusts it.
        // Written only when not marked yet: a row written by every append would serialize concurrent appends on
        // its lock, in tests that show what the append lock is for.
        const auto basis = scheduleBasis();
        if (!basis.ok())
            return basis.error();
        if (basis.value() == QLatin1String(kStaleSchedule))
            return std::nullopt;
        return recordScheduleBasis(QString::fromLatin1(kStaleSchedule));
    }
    const QString complaint = uuidText(state.id);
    // Only a change of state or an escalation can make an action impossible (notes and ticks are most appends).
    const bool transition = std::any_of(appended.cbegin(), appended.cend(), [](const Event &e) {
        return isStateChanging(e.type) || e.type == EventType::Escalated;
    });
    for (const SlaClock &clock : std::as_const(m_policy)) {
        if (!stillPossible(clock.breach, state)) {
            if (!transition)
                continue;
            // The action happened (this append may be the hub's own) or can no longer happen: nothing to look at.
            q.prepare(u"DELETE FROM hub_schedule WHERE complaint_id = ? AND clock = ?"_s);
            q.addBindValue(complaint);
            q.addBindValue(clock.id);
            if (!q.exec())
                return sqlError(u"cannot update the schedule"_s, q.lastError());
            continue;
        }
        for (const Event &e : appended) {
            if (clock.startEvents.contains(e.typeName)) {
                if (Status status = scheduleCycle(state.id, clock, e))
                    return status;
            } else if (clock.stopEvents.contains(e.typeName)) {
                // Stopped before the earliest possible due time: met, nothing to do. Stopped later: the scheduler
                // looks at once, because a response after the due time still means the clock was breached.
                q.prepare(u"DELETE FROM hub_schedule WHERE complaint_id = ? AND clock = ? AND floor_at > ?"_s);
                q.addBindValue(complaint);
                q.addBindValue(clock.id);
                q.addBindValue(toWireTime(e.at));
                if (!q.exec())
                    return sqlError(u"cannot update the schedule"_s, q.lastError());
                q.prepare(u"UPDATE hub_schedule SET check_at = ? WHERE complaint_id = ? AND clock = ? AND check_at > ?"_s);
                q.addBindValue(toWireTime(e.at));
                q.addBindValue(complaint);
                q.addBindValue(clock.id);
                q.addBindValue(toWireTime(e.at));
                if (!q.exec())
                    return sqlError(u"cannot update the schedule"_s, q.lastError());
            }
        }
    }
    return std::nullopt;
}

Status SqlHubStore::scheduleCycle(const QUuid &complaint, const SlaClock &clock, const Event &start)
{
    // The cycle's number as the core counts it (Deadlines.cpp): each start event of the clock starts the next.
    QSqlQuery q(database());
    q.prepare(u"SELECT COUNT(*) FROM events WHERE complaint_id = ? AND version <= ? AND type IN ("_s
              + placeholders(clock.startEvents.size()) + u")"_s);
    q.addBindValue(uuidText(complaint));
    q.addBindValue(start.version);
    for (const QString &type : clock.startEvents)
        q.addBindValue(type);
    if (!q.exec() || !q.next())
        return sqlError(u"cannot count a clock's cycles"_s, q.lastError());
    const QString floor = toWireTime(floorOf(clock, start.at));
    QSqlQuery insert(database());
    insert.prepare(u"INSERT INTO hub_schedule(complaint_id, clock, cycle, floor_at, check_at) VALUES (?,?,?,?,?) "
                   u"ON CONFLICT(complaint_id, clock, cycle) DO NOTHING"_s);
    insert.addBindValue(uuidText(complaint));
    insert.addBindValue(clock.id);
    insert.addBindValue(q.value(0).toInt());
    insert.addBindValue(floor);
    insert.addBindValue(floor);
    if (!insert.exec())
        return sqlError(u"cannot schedule a clock"_s, insert.lastError());
    return std::nullopt;
}

Status SqlHubStore::recordScheduleBasis(const QString &basis)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO hub_meta(key, value) VALUES ('schedule_basis', ?) "
              u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(basis);
    if (!q.exec())
        return sqlError(u"cannot record the schedule's basis"_s, q.lastError());
    return std::nullopt;
}

Status SqlHubStore::rebuildSchedule(const QString &basis)
{
    if (Status status = begin())
        return status;
    const auto fail = [this](const Error &error) -> Status {
        rollback();
        return error;
    };
    QSqlQuery q(database());
    if (!q.exec(u"DELETE FROM hub_schedule"_s))
        return fail(sqlError(u"cannot clear the schedule"_s, q.lastError()));
    for (const SlaClock &clock : std::as_const(m_policy)) {
        // Every start and stop event of the clock, complaint by complaint: the latest cycle of each, as the core
        // counts cycles. A cycle still running is scheduled; one stopped after its floor is looked at now (it may
        // have been breached before the stop). A cycle that a later one superseded after breaching, without the
        // scheduler having looked, is not recovered: rebuilds are rare (an upgrade, a change of policy).
        const QStringList both = clock.startEvents + clock.stopEvents;
        q.setForwardOnly(true);
        q.prepare(u"SELECT complaint_id, type, at, version FROM events WHERE type IN ("_s + placeholders(both.size())
                  + u") ORDER BY complaint_id, version"_s);
        for (const QString &type : both)
            q.addBindValue(type);
        if (!q.exec())
            return fail(sqlError(u"cannot read the clocks' events"_s, q.lastError()));
        struct Latest
        {
            QUuid complaint;
            int cycle = 0;
            QDateTime start;
            QDateTime stop;
        };
        QList<Latest> candidates;
        Latest current;
        const auto settle = [&] {
            if (current.cycle > 0
                && (!current.stop.isValid() || current.stop >= floorOf(clock, current.start)))
                candidates.append(current);
        };
        while (q.next()) {
            const QUuid complaint = QUuid::fromString(q.value(0).toString());
            if (complaint != current.complaint) {
                settle();
                current = {complaint, 0, {}, {}};
            }
            const QDateTime at = parseWireTime(q.value(2).toString());
            if (clock.startEvents.contains(q.value(1).toString()))
                current = {complaint, current.cycle + 1, at, {}};
            else if (current.cycle > 0 && !current.stop.isValid())
                current.stop = at;
        }
        settle();
        q.finish();
        QSqlQuery insert(database());
        insert.prepare(u"INSERT INTO hub_schedule(complaint_id, clock, cycle, floor_at, check_at) VALUES (?,?,?,?,?)"_s);
        for (const Latest &latest : std::as_const(candidates)) {
            auto state = complaint(latest.complaint);
            if (!state.ok())
                return fail(state.error());
            if (!state.value() || !stillPossible(clock.breach, *state.value()))
                continue;
            const QDateTime floor = floorOf(clock, latest.start);
            insert.addBindValue(uuidText(latest.complaint));
            insert.addBindValue(clock.id);
            insert.addBindValue(latest.cycle);
            insert.addBindValue(toWireTime(floor));
            insert.addBindValue(toWireTime(latest.stop.isValid() ? latest.stop : floor));
            if (!insert.exec())
                return fail(sqlError(u"cannot schedule a clock"_s, insert.lastError()));
        }
    }
    if (Status status = recordScheduleBasis(basis))
        return fail(*status);
    return commit();
}

Result<qint64> SqlHubStore::recomputeSchedule(const QList<QDate> &changed, const WorkingCalendar &calendar,
                                              const QString &basis, const QDateTime &now)
{
    if (changed.isEmpty()) {
        if (Status status = recordScheduleBasis(basis))
            return *status;
        return qint64(0);
    }
    if (Status status = begin())
        return *status;
    const auto fail = [this](const Error &error) -> Result<qint64> {
        rollback();
        return error;
    };
    qint64 looked = 0;
    for (const SlaClock &clock : std::as_const(m_policy)) {
        // Calendar days and hours never skip a day: only working-day clocks can move.
        if (clock.unit != ClockUnit::WorkingDays)
            continue;
        // A cycle spans a changed day when it started the day before it or earlier (its floor, N days after the
        // start's day, is at most N days after that) and is not due before that day begins (its next look, the due
        // time the core computed, is not earlier). A cycle not looked at yet whose floor is earlier is looked at
        // by the scheduler at that floor anyway, under the calendar in force then.
        const QString from = toWireTime(WorkingCalendar::startOfWibDay(changed.constFirst()));
        const QString floorUpTo
            = toWireTime(WorkingCalendar::endOfWibDay(changed.constLast().addDays(clock.duration - 1)));
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT complaint_id, cycle, floor_at, check_at FROM hub_schedule WHERE clock = ? AND check_at >= ? "
                  u"AND floor_at <= ?"_s);
        q.addBindValue(clock.id);
        q.addBindValue(from);
        q.addBindValue(floorUpTo);
        if (!q.exec())
            return fail(sqlError(u"cannot read the schedule"_s, q.lastError()));
        QList<ScheduledCheck> candidates;
        while (q.next()) {
            candidates.append({QUuid::fromString(q.value(0).toString()), clock.id, q.value(1).toInt(),
                               parseWireTime(q.value(2).toString()), parseWireTime(q.value(3).toString())});
        }
        q.finish();
        for (const ScheduledCheck &check : std::as_const(candidates)) {
            const auto events = history(check.complaintId);
            if (!events.ok())
                return fail(events.error());
            const Deadline d = computeDeadlines(events.value(), {clock}, calendar, now).constFirst();
            if (!spansAny(d.startedAt, check.checkAt, changed) && !spansAny(d.startedAt, d.dueAt, changed))
                continue;
            ++looked;
            // The cycle the entry is for, still running: its next look is its new due time. Anything else (a later
            // cycle, a stop): the scheduler looks now and decides from the history.
            const bool running = d.cycle == check.cycle && !d.stoppedAt.isValid();
            const QDateTime next = running ? std::max(d.dueAt, check.floorAt) : now;
            if (next != check.checkAt) {
                if (Status status = postponeCheck(check, next))
                    return fail(*status);
            }
        }
    }
    if (Status status = recordScheduleBasis(basis))
        return fail(*status);
    if (Status status = commit())
        return fail(*status);
    return looked;
}

Result<QList<ScheduledCheck>> SqlHubStore::dueChecks(const QDateTime &now, int limit)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT complaint_id, clock, cycle, floor_at, check_at FROM hub_schedule WHERE check_at <= ? "
              u"ORDER BY check_at, complaint_id, clock, cycle LIMIT ?"_s);
    q.addBindValue(toWireTime(now));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"cannot read the schedule"_s, q.lastError());
    QList<ScheduledCheck> checks;
    while (q.next()) {
        checks.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toInt(),
                       parseWireTime(q.value(3).toString()), parseWireTime(q.value(4).toString())});
    }
    return checks;
}

Status SqlHubStore::postponeCheck(const ScheduledCheck &check, const QDateTime &checkAt)
{
    QSqlQuery q(database());
    q.prepare(u"UPDATE hub_schedule SET check_at = ? WHERE complaint_id = ? AND clock = ? AND cycle = ?"_s);
    q.addBindValue(toWireTime(checkAt));
    q.addBindValue(uuidText(check.complaintId));
    q.addBindValue(check.clock);
    q.addBindValue(check.cycle);
    if (!q.exec())
        return sqlError(u"cannot update the schedule"_s, q.lastError());
    return std::nullopt;
}

Status SqlHubStore::dropCheck(const ScheduledCheck &check)
{
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM hub_schedule WHERE complaint_id = ? AND clock = ? AND cycle = ?"_s);
    q.addBindValue(uuidText(check.complaintId));
    q.addBindValue(check.clock);
    q.addBindValue(check.cycle);
    if (!q.exec())
        return sqlError(u"cannot update the schedule"_s, q.lastError());
    return std::nullopt;
}

} // namespace rabeg
