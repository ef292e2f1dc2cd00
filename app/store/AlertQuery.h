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

// One running, unpaused cycle of an SLA clock (clock_cycles) that could cross into warning.
struct RunningCycleRow
{
    QUuid complaint;
    QString clock;
    int cycle = 0;
    QDateTime startedAt;
    QDateTime dueAt;
    QString trackingId;
    QString title;
};

// What the alert rules (app/alerts) read from the workstation's cache, each through an index: events of a few
// types by (type, at), the running clocks of the complaints one person answers for by the complaints' state, OPD
// or assignee index and the clock_cycles key. Nothing is written here; the alerts' own state is in meta.
class AlertQuery
{
public:
    explicit AlertQuery(LocalCache &cache) : m_cache(cache) { }

    // The highest seq and latest time among events of `types` (the baseline of a first evaluation).
    Result<std::pair<qint64, QDateTime>> latest(const QStringList &types) const;
    // Events of `types` with seq > `afterSeq` appended at or after `from` (hub time), in seq order.
    Result<QList<AlertEventRow>> eventsAfter(const QStringList &types, qint64 afterSeq, const QDateTime &from) const;

    // Running cycles of `clocks` not yet due at `now`: of complaints in `states` (empty: any), of `opd` (empty:
    // any) or assigned to `assignee` (empty: nobody's). At least one of the three must be given.
    Result<QList<RunningCycleRow>> runningCycles(const QStringList &clocks, const QStringList &states,
                                                 const QString &opd, const QDateTime &now) const;
    Result<QList<RunningCycleRow>> runningCyclesOwnedBy(const QString &assignee, const QDateTime &now) const;

    // The tracking id and title of a complaint ({} when it is not in the cache).
    std::pair<QString, QString> label(const QUuid &complaint) const;

private:
    Result<QList<RunningCycleRow>> cycles(const QString &where, const QVariantList &binds) const;

    LocalCache &m_cache;
};

} // namespace rabeg
