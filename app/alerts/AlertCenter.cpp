#include "AlertCenter.h"

#include "AlertEvaluator.h"
#include "WorkingHours.h"
#include "store/LocalCache.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace rabeg {

AlertCenter::AlertCenter(LocalCache &cache, QObject *parent)
    : QObject(parent), m_cache(cache), m_state(AlertState::load(cache)), m_mutes(AlertMutes::load(cache))
{
}

AlertCenter::~AlertCenter()
{
    // Waits for a scan running, if any; its result is dropped with this object (the state did not move).
    m_evaluator.reset();
}

AlertScanFrom AlertCenter::scanFrom(const QDateTime &now) const
{
    return {m_recipient, m_state.baselined, m_state.bootstrapHead, m_state.lastSeq,
            m_state.lastEventAt, m_state.lastEvaluation, now};
}

Status AlertCenter::evaluate(const QDateTime &now)
{
    const auto scan = scanAlerts(m_cache, scanFrom(now));
    if (!scan.ok())
        return scan.error();
    return apply(scan.value());
}

void AlertCenter::evaluateInBackground(const QDateTime &now)
{
    if (m_scanning) {
        m_again = std::max(m_again.value_or(now), now);
        return;
    }
    startScan(now);
}

void AlertCenter::startScan(const QDateTime &now)
{
    if (!m_evaluator) {
        m_evaluator = std::make_unique<AlertEvaluator>(m_cache.database().databaseName());
        connect(m_evaluator.get(), &AlertEvaluator::scanned, this, &AlertCenter::scanned);
        connect(m_evaluator.get(), &AlertEvaluator::failed, this, &AlertCenter::finishScan);
        connect(m_evaluator.get(), &AlertEvaluator::saved, this, &AlertCenter::stateSaved);
    }
    m_scanning = true;
    m_evaluator->scan(scanFrom(now));
}

void AlertCenter::scanned(const AlertScan &scan)
{
    const int before = m_tickets;
    if (const Status status = apply(scan)) {
        finishScan(status->message);
        return;
    }
    // The evaluation ends once the state it wrote has landed (the evaluator writes in the order handed).
    if (m_tickets != before)
        m_awaited = m_tickets;
    else
        finishScan({});
}

void AlertCenter::stateSaved(int ticket, const QString &problem)
{
    if (!problem.isEmpty())
        m_saveFailed = true; // the next write is the whole state
    if (m_awaited && *m_awaited == ticket) {
        m_awaited.reset();
        finishScan(problem);
    }
}

void AlertCenter::finishScan(const QString &problem)
{
    m_scanning = false;
    if (m_again)
        startScan(*std::exchange(m_again, std::nullopt));
    emit evaluated(problem);
}

Status AlertCenter::apply(const AlertScan &scan)
{
    if (scan.outcome == AlertScan::Outcome::NotBootstrapped)
        return std::nullopt;
    AlertState state = m_state;
    const QDateTime &now = scan.now;
    if (scan.outcome == AlertScan::Outcome::Baseline) {
        // After a re-bootstrap (a training class reset, a restored hub, a new role or OPD) the alerts are about a
        // history the cache no longer holds: they go, with the keys that kept them from repeating, as on a fresh
        // workstation. The notifications kept their unread count through a training reset before.
        if (state.baselined && state.bootstrapHead != scan.bootstrapHead)
            state = AlertState();
        state.bootstrapHead = scan.bootstrapHead;
        state.lastSeq = scan.lastSeq;
        state.lastEventAt = scan.lastEventAt;
        for (const QString &key : scan.noted)
            state.noteRaised(key);
        state.baselined = true;
        state.lastEvaluation = now;
    } else {
        state.lastSeq = std::max(state.lastSeq, scan.lastSeq);
        if (!state.lastEventAt.isValid() || scan.lastEventAt > state.lastEventAt)
            state.lastEventAt = scan.lastEventAt;
        const auto &clocks = m_cache.deadlinePolicy().clocks();
        for (Alert alert : scan.alerts) {
            if (alert.kind == AlertKind::DeadlineWarning) { // its clock by the name the policy gives it
                const auto clock = std::find_if(clocks.begin(), clocks.end(),
                                                [&](const SlaClock &c) { return c.id == alert.detail; });
                if (clock == clocks.end())
                    continue;
                alert.detail = clock->name.isEmpty() ? clock->id : clock->name;
            }
            add(state, alert, now);
        }
    }
    const QList<Alert> delivered = deliver(state, now);
    state.lastEvaluation = std::max(state.lastEvaluation, now);
    state.prune();
    // Most evaluations find nothing: they write where they stopped (a few dozen bytes), not the keys and alerts,
    // and change nothing the list shows.
    const bool kept = scan.outcome == AlertScan::Outcome::Baseline || state.lastKey() != m_state.lastKey()
        || state.alerts != m_state.alerts;
    if (Status saved = save(state, kept))
        return saved;
    if (!kept)
        return std::nullopt;
    emit changed();
    if (!delivered.isEmpty())
        emit alertsDelivered(delivered);
    return std::nullopt;
}

Status AlertCenter::save(const AlertState &state, bool whole)
{
    whole = whole || std::exchange(m_saveFailed, false);
    if (m_evaluator) { // written on the evaluator's thread, in order; the state in memory is the one in force
        m_state = state;
        m_evaluator->save(state, whole, ++m_tickets);
        return std::nullopt;
    }
    if (Status status = whole ? state.save(m_cache) : state.saveCursor(m_cache))
        return status;
    m_state = state;
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
    AlertState state = m_state;
    for (Alert &alert : state.alerts) {
        if (alert.key == key)
            alert.read = true;
    }
    if (Status status = save(state, true))
        return status;
    emit changed();
    return std::nullopt;
}

Status AlertCenter::markAllRead()
{
    AlertState state = m_state;
    for (Alert &alert : state.alerts) {
        if (alert.delivered())
            alert.read = true;
    }
    if (Status status = save(state, true))
        return status;
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
