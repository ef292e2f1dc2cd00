#include "AlertCenter.h"

#include "WorkingHours.h"
#include "store/LocalCache.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {

// Events are looked for by their hub time from a little before the latest one seen: several hub processes stamp
// times that may be out of order by that much.
constexpr qint64 kEventSlackSecs = 3600;

} // namespace

AlertCenter::AlertCenter(LocalCache &cache, QObject *parent)
    : QObject(parent), m_cache(cache), m_state(AlertState::load(cache)), m_mutes(AlertMutes::load(cache))
{
}

Status AlertCenter::evaluate(const QDateTime &now)
{
    // Until the bootstrap has finished the cache is half full: its events are history, not news.
    if (m_cache.meta(u"bootstrapped"_s) != u"1"_s)
        return std::nullopt;
    AlertState state = AlertState::load(m_cache);
    // A re-bootstrap (a new OPD or role, a restored hub) brings another history, whose seqs may lie above the last
    // one seen here: it is a new baseline, as the first bootstrap was.
    const bool rebootstrapped = state.bootstrapHead != m_cache.meta(u"bootstrap_head"_s).toLongLong();
    Status status = state.baselined && !rebootstrapped ? raise(state, now) : baseline(state, now);
    if (status)
        return status;
    const QList<Alert> delivered = deliver(state, now);
    state.lastEvaluation = std::max(state.lastEvaluation, now);
    state.prune();
    if (Status saved = state.save(m_cache))
        return saved;
    m_state = state;
    emit changed();
    if (!delivered.isEmpty())
        emit alertsDelivered(delivered);
    return std::nullopt;
}

Status AlertCenter::baseline(AlertState &state, const QDateTime &now)
{
    // The first evaluation after a bootstrap (or on a cache older than alerts) alerts nothing: thousands of
    // complaints arrived at once and none of them is news. It notes the latest event and the conflicts there are.
    const auto latest = AlertQuery(m_cache).latest(AlertRules::eventTypes(m_recipient) + QStringList {
                                                       toCode(EventType::Received), toCode(EventType::Dispatched)});
    if (!latest.ok())
        return latest.error();
    // Everything up to the hub's head when the bootstrap began came with the snapshot, however high its seq.
    state.bootstrapHead = m_cache.meta(u"bootstrap_head"_s).toLongLong();
    state.lastSeq = std::max(latest->first, state.bootstrapHead);
    state.lastEventAt = latest->second;
    const auto outbox = SyncRepository(m_cache).outbox();
    if (!outbox.ok())
        return outbox.error();
    for (const OutboxEntry &entry : outbox.value()) {
        if (auto alert = AlertRules::forOutbox(entry, {}, now))
            state.noteRaised(alert->key);
    }
    state.baselined = true;
    state.lastEvaluation = now;
    return std::nullopt;
}

Status AlertCenter::raise(AlertState &state, const QDateTime &now)
{
    AlertQuery query(m_cache);
    const QDateTime from = state.lastEventAt.isValid() ? state.lastEventAt.addSecs(-kEventSlackSecs) : QDateTime();
    const auto events = query.eventsAfter(AlertRules::eventTypes(m_recipient), state.lastSeq, from);
    if (!events.ok())
        return events.error();
    for (const AlertEventRow &event : events.value()) {
        state.lastSeq = std::max(state.lastSeq, event.seq);
        if (!state.lastEventAt.isValid() || event.at > state.lastEventAt)
            state.lastEventAt = event.at;
        if (auto alert = AlertRules::forEvent(event, m_recipient))
            add(state, *alert, now);
    }

    // Warnings: the clocks the recipient's role answers for, and every clock of what they own.
    const auto &clocks = m_cache.deadlinePolicy().clocks();
    QList<RunningCycleRow> cycles;
    const QStringList roleClocks = AlertRules::warningClocks(m_recipient);
    if (!roleClocks.isEmpty()) {
        const bool liaison = m_recipient.role == Role::Liaison;
        // The command center's triage runs while a complaint waits in the inbox; an OPD's clocks of its own.
        const auto rows = liaison ? query.runningCycles(roleClocks, {}, m_recipient.opd, now)
                                  : query.runningCycles(roleClocks, {toCode(ComplaintState::Received)}, {}, now);
        if (!rows.ok())
            return rows.error();
        cycles += rows.value();
    }
    if (!m_recipient.user.isEmpty()) {
        const auto owned = query.runningCyclesOwnedBy(m_recipient.user, now);
        if (!owned.ok())
            return owned.error();
        cycles += owned.value();
    }
    for (const RunningCycleRow &cycle : cycles) {
        const auto clock = std::find_if(clocks.begin(), clocks.end(),
                                        [&](const SlaClock &c) { return c.id == cycle.clock; });
        if (clock == clocks.end())
            continue;
        if (auto alert = AlertRules::forCycle(cycle, clock->warningPercent, state.lastEvaluation, now)) {
            alert->detail = clock->name.isEmpty() ? clock->id : clock->name;
            add(state, *alert, now);
        }
    }

    const auto outbox = SyncRepository(m_cache).outbox();
    if (!outbox.ok())
        return outbox.error();
    for (const OutboxEntry &entry : outbox.value()) {
        if (entry.status == u"conflict"_s && !state.raised(u"conflict:"_s + entry.command.commandId.toString(
                                                               QUuid::WithoutBraces))) {
            if (auto alert = AlertRules::forOutbox(entry, query.label(entry.command.complaintId), now))
                add(state, *alert, now);
        }
    }
    return std::nullopt;
}

void AlertCenter::add(AlertState &state, Alert alert, const QDateTime &now) const
{
    if (state.raised(alert.key))
        return;
    state.noteRaised(alert.key);
    // A muted kind is not kept at all: unmuting later does not bring back what happened meanwhile.
    if (m_mutes.isMuted(alert.kind))
        return;
    const WorkingHours hours(m_cache.deadlinePolicy().calendar(),
                             m_recipient.role == Role::Liaison ? m_recipient.opd : QString());
    alert.raisedAt = now;
    // Shown at once only when it happened within working hours and is found within them; otherwise it waits for
    // the digest at the start of the next working period after it happened (or after it was found, when it
    // was found outside working hours).
    if (!hours.isWorking(alert.happenedAt) || !hours.isWorking(now))
        alert.digestAt = hours.nextStart(hours.isWorking(now) ? alert.happenedAt : now);
    state.alerts.append(alert);
}

QList<Alert> AlertCenter::deliver(AlertState &state, const QDateTime &now) const
{
    const WorkingHours hours(m_cache.deadlinePolicy().calendar(),
                             m_recipient.role == Role::Liaison ? m_recipient.opd : QString());
    QList<Alert> delivered;
    if (!hours.isWorking(now))
        return delivered;
    for (auto it = state.alerts.begin(); it != state.alerts.end();) {
        if (it->delivered() || (it->inDigest() && it->digestAt > now)) {
            ++it;
            continue;
        }
        if (m_mutes.isMuted(it->kind)) { // muted while it waited for its digest
            it = state.alerts.erase(it);
            continue;
        }
        it->deliveredAt = now;
        delivered.append(*it);
        ++it;
    }
    return delivered;
}

QList<Alert> AlertCenter::delivered() const
{
    QList<Alert> out;
    for (const Alert &alert : m_state.alerts) {
        if (alert.delivered() && !m_mutes.isMuted(alert.kind))
            out.append(alert);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Alert &a, const Alert &b) {
                         return a.deliveredAt != b.deliveredAt ? a.deliveredAt > b.deliveredAt
                                                               : a.happenedAt > b.happenedAt;
                     });
    return out;
}

int AlertCenter::unreadCount() const
{
    const QList<Alert> shown = delivered();
    return int(std::count_if(shown.begin(), shown.end(), [](const Alert &a) { return !a.read; }));
}

Status AlertCenter::markRead(const QString &key)
{
    AlertState state = AlertState::load(m_cache);
    for (Alert &alert : state.alerts) {
        if (alert.key == key)
            alert.read = true;
    }
    if (Status status = state.save(m_cache))
        return status;
    m_state = state;
    emit changed();
    return std::nullopt;
}

Status AlertCenter::markAllRead()
{
    AlertState state = AlertState::load(m_cache);
    for (Alert &alert : state.alerts) {
        if (alert.delivered())
            alert.read = true;
    }
    if (Status status = state.save(m_cache))
        return status;
    m_state = state;
    emit changed();
    return std::nullopt;
}

Status AlertCenter::setMuted(AlertKind kind, bool muted)
{
    m_mutes.setMuted(kind, muted);
    if (Status status = m_mutes.save(m_cache))
        return status;
    emit changed();
    return std::nullopt;
}

} // namespace rabeg
