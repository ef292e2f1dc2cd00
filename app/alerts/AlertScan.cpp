#include "AlertScan.h"

#include "store/LocalCache.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {

// Events are looked for by their hub time from a little before the latest one seen: several hub processes stamp
// times that may be out of order by that much.
constexpr qint64 kEventSlackSecs = 3600;

Status baseline(LocalCache &cache, const AlertScanFrom &from, AlertScan &scan)
{
    // The first evaluation after a bootstrap (or on a cache older than alerts) alerts nothing: thousands of
    // complaints arrived at once and none of them is news. It notes the latest event and the conflicts there are.
    const auto latest = AlertQuery(cache).latest(AlertRules::eventTypes(from.recipient) + QStringList {
                                                     toCode(EventType::Received), toCode(EventType::Dispatched)});
    if (!latest.ok())
        return latest.error();
    // Everything up to the hub's head when the bootstrap began came with the snapshot, however high its seq.
    scan.outcome = AlertScan::Outcome::Baseline;
    scan.lastSeq = std::max(latest->first, scan.bootstrapHead);
    scan.lastEventAt = latest->second;
    const auto outbox = SyncRepository(cache).outbox();
    if (!outbox.ok())
        return outbox.error();
    for (const OutboxEntry &entry : outbox.value()) {
        if (auto alert = AlertRules::forOutbox(entry, {}, from.now))
            scan.noted.append(alert->key);
    }
    return std::nullopt;
}

Status raise(LocalCache &cache, const AlertScanFrom &from, AlertScan &scan)
{
    scan.outcome = AlertScan::Outcome::Raised;
    scan.lastSeq = from.lastSeq;
    scan.lastEventAt = from.lastEventAt;
    AlertQuery query(cache);
    const QDateTime since = from.lastEventAt.isValid() ? from.lastEventAt.addSecs(-kEventSlackSecs) : QDateTime();
    const auto events = query.eventsAfter(AlertRules::eventTypes(from.recipient), from.lastSeq, since);
    if (!events.ok())
        return events.error();
    for (const AlertEventRow &event : events.value()) {
        scan.lastSeq = std::max(scan.lastSeq, event.seq);
        if (!scan.lastEventAt.isValid() || event.at > scan.lastEventAt)
            scan.lastEventAt = event.at;
        if (auto alert = AlertRules::forEvent(event, from.recipient))
            scan.alerts.append(*alert);
    }

    // Warnings: the cycles of any complaint that entered warning since the last evaluation, of which the
    // recipient's are kept (the clocks their role answers for, every clock of what they own).
    const auto cycles = query.cyclesEnteringWarning(from.lastEvaluation, from.now);
    if (!cycles.ok())
        return cycles.error();
    for (const RunningCycleRow &cycle : cycles.value()) {
        if (!AlertRules::watches(cycle, from.recipient))
            continue;
        if (auto alert = AlertRules::forCycle(cycle, from.lastEvaluation, from.now))
            scan.alerts.append(*alert);
    }

    const auto outbox = SyncRepository(cache).outbox();
    if (!outbox.ok())
        return outbox.error();
    for (const OutboxEntry &entry : outbox.value()) {
        if (entry.status == u"conflict"_s) {
            if (auto alert = AlertRules::forOutbox(entry, query.label(entry.command.complaintId), from.now))
                scan.alerts.append(*alert);
        }
    }
    return std::nullopt;
}

} // namespace

Result<AlertScan> scanAlerts(LocalCache &cache, const AlertScanFrom &from)
{
    AlertScan scan;
    scan.now = from.now;
    // Until the bootstrap has finished the cache is half full: its events are history, not news.
    if (cache.meta(u"bootstrapped"_s) != u"1"_s)
        return scan;
    // A re-bootstrap (a new OPD or role, a restored hub) brings another history, whose seqs may lie above the last
    // one seen here: it is a new baseline, as the first bootstrap was.
    scan.bootstrapHead = cache.meta(u"bootstrap_head"_s).toLongLong();
    const bool rebootstrapped = from.bootstrapHead != scan.bootstrapHead;
    Status status = from.baselined && !rebootstrapped ? raise(cache, from, scan) : baseline(cache, from, scan);
    if (status)
        return *status;
    return scan;
}

} // namespace rabeg
