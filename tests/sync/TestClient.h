#pragma once

#include "SyncDump.h"
#include "sync/SyncEngine.h"

#include <QUrl>

#include <memory>

namespace rabeg::test {

// One workstation user's SyncEngine over a cache file, opened at construction (REQUIREd). Destroying it and
// making another on the same file is a client restart.
class TestClient
{
public:
    struct Limits
    {
        int eventLimit = 500;
        int snapshotLimit = 200;
        int timeoutMs = 10000;
    };

    TestClient(const QUrl &hub, const QString &user, const QString &cachePath);
    TestClient(const QUrl &hub, const QString &user, const QString &cachePath, Limits limits);
    Q_DISABLE_COPY_MOVE(TestClient)

    SyncEngine &engine() { return *m_engine; }
    LocalCache &cache() { return m_engine->cache(); }
    Status sync() { return m_engine->syncOnce(); }
    // syncOnce, REQUIRing success (its message otherwise).
    void requireSync();

    // Queues a command on the cached state: base_version the cached version unless given, base_epoch the cache's.
    Command enqueue(CommandType type, const QUuid &complaint, const QJsonObject &payload,
                    std::optional<qint64> baseVersion = std::nullopt);
    QList<OutboxEntry> outbox();
    std::optional<Complaint> cached(const QUuid &complaint);
    qint64 cachedVersion(const QUuid &complaint);
    qint64 cursor();
    QString meta(const QString &key) { return cache().meta(key); }
    SyncDump dump() { return cacheDump(cache()); }
    qint64 rows(const QString &table);

    // How many times the engine said the cache changed since the last call.
    int takeCacheChanges();

private:
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<QObject> m_context;
    int m_cacheChanges = 0;
};

SyncSettings settingsFor(const QUrl &hub, const QString &user, const QString &cachePath);
// A connection name no other open cache uses.
QString newConnectionName();

} // namespace rabeg::test
