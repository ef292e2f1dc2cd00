#pragma once

#include "PendingProjection.h"
#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace rabeg {

class SyncedSopReference;
class SyncWorker;

// The person at this workstation and what they do: who they are (user, role, OPD, from the cache's scope), hub
// time, and their commands. A command is checked by the shared state machine over the complaint as shown (cached
// state plus the commands not yet confirmed), then handed to the sync engine's queue (works offline) and shown at
// once as pending. Screens read complaints through it, so every screen shows the same pending state.
class OperatorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorSession)

public:
    using Sink = std::function<void(const Command &)>;

    OperatorSession(LocalCache &cache, const ReferenceData &reference, QString user, Sink sink,
                    QObject *parent = nullptr);
    ~OperatorSession() override;

    LocalCache &cache() const { return m_cache; }
    const ReferenceData &reference() const { return m_reference; }
    const Actor &actor() const { return m_actor; }
    QDateTime hubNow() const { return m_hubClock(); }
    void setHubClock(std::function<QDateTime()> clock) { m_hubClock = std::move(clock); }
    // Reads the role and OPD the hub gave this user (the cache's scope); until the first sync, an operator.
    void refreshActor();
    bool mayIssue(CommandType type) const;
    DecisionContext context() const;

    // The complaint with this workstation's unconfirmed commands; nullopt when it is not in the cache. With
    // `history`, its confirmed events too, read in the same snapshot (a screen that shows both shows one moment).
    Result<std::optional<ProjectedComplaint>> complaint(const QUuid &id, QList<Event> *history = nullptr) const;
    // Checks the command over the complaint as shown, and queues it. The refusal's sentence when refused.
    std::optional<Refusal> issue(CommandType type, const QUuid &complaint, const QJsonObject &payload);
    // A command stopped by a conflict or a refusal: send it again over the hub's current state (a new command),
    // or drop it. The commands held back behind it go out again after it, in order.
    Status retry(const QString &commandId);
    Status discard(const QString &commandId);

    // The sync engine changed the cache (pulled, confirmed, marked a conflict).
    void cacheChanged();

    // The line to the hub for what is asked on demand and never cached (the reporter's identity); null without
    // a hub. hubOnline(): the last sync reached the hub.
    void setSync(SyncWorker *sync);
    SyncWorker *sync() const { return m_sync; }
    bool hubOnline() const { return m_hubOnline; }

signals:
    void complaintChanged(const QUuid &id);
    void outboxChanged();
    // The sync changed the cache: any complaint on screen may have moved on.
    void cacheRefreshed();

private:
    Status settle(const QString &commandId, bool again);
    void send(const Command &command);

    LocalCache &m_cache;
    const ReferenceData &m_reference;
    Actor m_actor;
    Sink m_sink;
    std::function<QDateTime()> m_hubClock;
    // The reference data the lifecycle judges with: SOP templates as synced (read again after each sync).
    mutable std::unique_ptr<SyncedSopReference> m_synced;
    // Handed to the sync thread, not yet seen in the outbox table (nor confirmed): still shown as pending.
    QHash<QUuid, QList<Command>> m_sending;
    SyncWorker *m_sync = nullptr;
    bool m_hubOnline = false;
};

} // namespace rabeg
