#include "ReportFactsRefresher.h"

#include "LocalCache.h"
#include "PublishedPolicy.h"
#include "ReportFactsStale.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace rabeg {

// Lives on the refresher's thread; its cache connection is opened and closed there.
class ReportFactsRefresher::Inside final : public QObject
{
public:
    Inside(QString path, int batch, ReportFactsRefresher *outer) : m_path(std::move(path)), m_batch(batch), m_outer(outer)
    {
    }
    ~Inside() override
    {
        if (m_cache)
            m_cache->close();
    }

    void start()
    {
        if (m_running)
            return;
        m_running = true;
        m_done = 0;
        step();
    }

private:
    void step()
    {
        if (Status status = batch()) {
            m_running = false;
            emit m_outer->failed(status->message);
        }
    }

    Status batch()
    {
        if (!m_cache) {
            m_cache = std::make_unique<LocalCache>();
            if (Status status = m_cache->open(m_path, u"report-facts-refresher-%1"_s.arg(quintptr(this), 0, 16))) {
                m_cache.reset();
                return status;
            }
        }
        if (!reportFactsStaleFrom(*m_cache)) {
            m_running = false;
            if (m_done > 0)
                emit m_outer->refreshed(m_done);
            return std::nullopt;
        }
        if (Status status = usePublishedPolicy(*m_cache)) // the calendar a sync adopted since the last batch
            return status;
        const auto refreshed = refreshStaleReportFacts(*m_cache, m_batch);
        if (!refreshed.ok())
            return refreshed.error();
        m_done += refreshed.value();
        // The next batch after whatever else was queued (a quit when the workstation closes).
        QMetaObject::invokeMethod(this, [this] { step(); }, Qt::QueuedConnection);
        return std::nullopt;
    }

    QString m_path;
    int m_batch = 0;
    ReportFactsRefresher *m_outer = nullptr;
    std::unique_ptr<LocalCache> m_cache;
    bool m_running = false;
    int m_done = 0;
};

ReportFactsRefresher::ReportFactsRefresher(QString cachePath, int batch, QObject *parent)
    : QObject(parent), m_inside(new Inside(std::move(cachePath), std::max(1, batch), this))
{
    m_inside->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inside, &QObject::deleteLater);
    m_thread.setObjectName(u"report-facts-refresher"_s);
    m_thread.start(QThread::LowPriority);
}

ReportFactsRefresher::~ReportFactsRefresher()
{
    m_thread.quit();
    m_thread.wait();
}

void ReportFactsRefresher::cacheChanged()
{
    QMetaObject::invokeMethod(m_inside, [inside = m_inside] { inside->start(); }, Qt::QueuedConnection);
}

} // namespace rabeg
