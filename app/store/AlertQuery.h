#pragma once

#include "LocalCache.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace rabeg {

// One synced event an alert rule looks at, with the complaint it belongs to as the cache has it now.
struct AlertEventRow
{
    qint64 seq = 0;
    QString eventId;
    QString type;
    QUuid complaint;
    QDateTime at;
    QString actorUser;
    QJsonObject payload;
    QString trackingId;
    QString title;
};

// One running, unpaused cycle of an SLA clock (running_cycles) whose warning instant lies in the window asked for,
// with what its complaint is now (state, OPD, assignee) to tell whose warning it is.
struct RunningCycleRow
{
    QUuid complaint;
    QString clock;
    int cycle = 0;
    QDateTime startedAt;
    QDateTime dueAt;
    QDateTime warningAt; // the first instant at running_cycles.warn, its warning point (DuePoints.h)
    QString trackingId;
    QString title;
    QString state;
    QString opd;
    QString assignee;
};

// What the alert rules (app/alerts) read from the workstation's cache, each through an index: events of a few
// types by (type, at), the running cycles entering warning by their warning instant (running_cycles_warning, cache
// schema 12) with their complaint by its key. Nothing is written here; the alerts' own state is in meta.
class AlertQuery
{
public:
    explicit AlertQuery(LocalCache &cache) : m_cache(cache) { }

    // The highest seq and latest time among events of `types` (the baseline of a first evaluation).
    Result<std::pair<qint64, QDateTime>> latest(const QStringList &types) const;
    // Events of `types` with seq > `afterSeq` appended at or after `from` (hub time), in seq order.
    Result<QList<AlertEventRow>> eventsAfter(const QStringList &types, qint64 afterSeq, const QDateTime &from) const;

    // Running, unpaused cycles of every complaint whose warning instant lies in (`after`, `upTo`] (`after`
    // invalid: any up to `upTo`) and that are not due at `upTo`, in warning-instant order: a range of the index,
    // as long as the cycles that entered warning meanwhile, whatever the cache's size.
    Result<QList<RunningCycleRow>> cyclesEnteringWarning(const QDateTime &after, const QDateTime &upTo) const;

    // The tracking id and title of a complaint ({} when it is not in the cache).
    std::pair<QString, QString> label(const QUuid &complaint) const;

private:
    LocalCache &m_cache;
};

} // namespace rabeg
