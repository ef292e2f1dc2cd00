#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Command.h"
#include "domain/Complaint.h"
#include "domain/Event.h"

#include <QDateTime>
#include <QJsonObject>

namespace rabeg {

class ComplaintRepository;

// What the hub sent about one complaint: its state, and events to add to its local history.
struct PulledItem
{
    qint64 seq = 0;
    std::optional<Event> event;
    std::optional<Complaint> state;
    QList<Event> history;
    QUuid removed; // non-null: delete this complaint from the cache
    // `event` and each of `history` as received, stored as they came: the text the page held them in (the sync's
    // pages, PageDecoder.h), else the parsed object (an empty object: encode the event). History entries line up
    // with `history` in whichever of the two lists is filled.
    QByteArray eventText;
    QList<QByteArray> historyText;
    QJsonObject eventJson;
    QList<QJsonObject> historyJson;
};

struct OutboxEntry
{
    qint64 id = 0;
    Command command;
    QString status; // pending, conflict, refused
    int attempts = 0;
    QString errorCode;
    QString errorMessage;
    QString serverState; // the hub's current state (JSON) that a conflict was refused with
};

// The sync engine's SQL: cursors, pages applied by version in one transaction with their cursor, the outbox.
class SyncRepository
{
public:
    explicit SyncRepository(LocalCache &cache) : m_cache(cache) {}

    QString meta(const QString &key) const { return m_cache.meta(key); }
    Status setMeta(const QString &key, const QString &value) { return m_cache.setMeta(key, value); }

    // A bootstrap page and the key to continue after it, in one transaction. Into an empty cache the full-text
    // index is filled once, by the last page (an empty next key): BootstrapIndex.h.
    Status applySnapshotPage(const QList<PulledItem> &items, const QString &nextKey);
    // Fills the full-text index if a bootstrap left it deferred (a cache bootstrapped by an older build never is).
    Status finishBootstrapIndex();
    // A pull page and the new cursor, in one transaction: after a crash either both are there or neither.
    Status applyEventPage(const QList<PulledItem> &items, qint64 cursor);
    // Forget every complaint (scope changed, restored hub); the outbox stays.
    Status resetForBootstrap();
    Status applyConfirmed(const QString &commandId, const Complaint &state, const QList<Event> &events);

    Status enqueue(const Command &command, const QDateTime &now);
    Result<QList<OutboxEntry>> outbox() const;
    Status markOutbox(const QString &commandId, const QString &status, const QString &code, const QString &message,
                      const QString &serverState);
    Status countAttempt(const QString &commandId);
    Status discard(const QString &commandId);
    Result<int> countOutbox(const QString &status) const;

private:
    Status putState(const Complaint &state);
    Status putEvent(const Event &event);
    Status applyItems(const QList<PulledItem> &items, ComplaintRepository &complaints);
    Status removeComplaint(const QUuid &id);

    LocalCache &m_cache;
};

} // namespace rabeg
