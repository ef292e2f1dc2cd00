#include "ReadPool.h"

#include "HubApi.h"
#include "SqlHubStore.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// A pull or snapshot page is built in one buffer of up to 4 MB (a page of 500 events is ~670 KB). glibc serves an
// allocation of 128 KB or more with its own mmap, and a thread's arena hands freed memory back to the kernel, so
// every page paid for fresh pages (a fault each 4 KB) and their unmapping; under P7's load that was ~10% of the
// hub's CPU (BENCHMARKS.md). Allocations below 16 MB stay in the heap and up to 32 MB of free memory is kept there.
// Process-wide: set once, before the read threads start.
void keepPageBuffersInHeap()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace

ReadPool::ReadPool(QString storeSpec, const ReferenceData &reference, HubClock clock)
    : m_spec(std::move(storeSpec)), m_reference(reference), m_clock(clock)
{
}

ReadPool::~ReadPool() { stop(); }

Status ReadPool::start(int threads)
{
    keepPageBuffersInHeap();
    Status failure;
    for (int i = 0; i < threads; ++i) {
        std::promise<Status> opened;
        std::future<Status> result = opened.get_future();
        m_threads.push_back(std::unique_ptr<QThread>(
            QThread::create([this, i, promise = std::move(opened)]() mutable { run(i, std::move(promise)); })));
        m_threads.back()->setObjectName(u"rabeg-hub-read-%1"_s.arg(i));
        m_threads.back()->start();
        if (Status status = result.get(); status && !failure)
            failure = status;
    }
    if (failure)
        stop();
    return failure;
}

void ReadPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto &thread : m_threads)
        thread->wait();
    m_threads.clear();
    std::lock_guard lock(m_mutex);
    m_jobs.clear();
    m_stopping = false;
}

void ReadPool::submit(HubRequest request, QObject *context, std::function<void(const HubResponse &)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back({std::move(request), context, std::move(done)});
    }
    m_wake.notify_one();
}

void ReadPool::run(int index, std::promise<Status> opened)
{
    auto store = SqlHubStore::open(m_spec, StoreKind::Production, u"rabeg-hub-read-%1-%2"_s
                                                                      .arg(quintptr(this), 0, 16)
                                                                      .arg(index));
    if (!store.ok()) {
        opened.set_value(store.error());
        return;
    }
    if (m_identityKey) {
        if (Status status = store.value()->setIdentityKey(*m_identityKey)) {
            opened.set_value(status);
            return;
        }
    }
    store.value()->setItemCache(m_itemCache);
    opened.set_value(std::nullopt);
    {
        HubApi api(*store.value(), m_reference, m_clock);
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_stopping)
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            HubResponse response = api.handle(job.request);
            QMetaObject::invokeMethod(
                job.context, [done = std::move(job.done), response = std::move(response)] { done(response); },
                Qt::QueuedConnection);
        }
    }
    store.value().reset(); // the connection is closed in the thread that opened it
}

} // namespace rabeg
