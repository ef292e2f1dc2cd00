#pragma once

#include "HubClock.h"
#include "HubRequest.h"
#include "IdentityKey.h"
#include "core/Result.h"
#include "refdata/ReferenceData.h"

#include <QObject>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <vector>

namespace rabeg {

class ItemCache;

// Threads that answer the read-only routes (GET) in parallel, each with its own store connection and its own
// HubApi over it (one QSqlDatabase connection per thread, opened in that thread). Qt HttpServer 6.4 calls its
// handler on the server's thread and writes answers there; the server hands GET requests to this pool and writes
// each answer back on its own thread when it is ready. Commands stay on the server's thread: appends are serialized
// by the store anyway, and the WebSocket notice follows them there.
class ReadPool final
{
public:
    ReadPool(QString storeSpec, const ReferenceData &reference, HubClock clock);
    ~ReadPool();
    Q_DISABLE_COPY_MOVE(ReadPool)

    // The identity key each thread's store seals and opens identities with (before start()).
    void setIdentityKey(const IdentityKey &key) { m_identityKey = key; }
    // The process's cache of page items every thread's store reads through (before start(); ItemCache.h).
    void setItemCache(std::shared_ptr<ItemCache> cache) { m_itemCache = std::move(cache); }
    // Starts `threads` threads, each opening the store; fails if one cannot.
    Status start(int threads);
    void stop();
    int size() const { return int(m_threads.size()); }

    // Runs the request on one of the threads; `done` is then called on the thread of `context` by a queued call.
    // The context must outlive the pool's threads (stop() first), which its owner (HubServer) sees to.
    void submit(HubRequest request, QObject *context, std::function<void(const HubResponse &)> done);

private:
    struct Job
    {
        HubRequest request;
        QObject *context = nullptr;
        std::function<void(const HubResponse &)> done;
    };
    void run(int index, std::promise<Status> opened);

    QString m_spec;
    const ReferenceData &m_reference;
    HubClock m_clock;
    std::optional<IdentityKey> m_identityKey;
    std::shared_ptr<ItemCache> m_itemCache;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
};

} // namespace rabeg
