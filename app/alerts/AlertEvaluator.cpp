#include "AlertEvaluator.h"

#include "store/LocalCache.h"
#include "store/PublishedPolicy.h"
#include "store/ReadSnapshot.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace rabeg {

// Lives on the evaluator's thread; its cache connection is opened and closed there.
class AlertEvaluator::Inside final : public QObject
{
public:
    Inside(QString path, AlertEvaluator *outer) : m_path(std::move(path)), m_outer(outer) { }
    ~Inside() override
    {
        if (m_cache)
            m_cache->close();
    }

    Status open()
    {
        if (m_cache)
            return std::nullopt;
        auto cache = std::make_unique<LocalCache>();
        if (Status status = cache->open(m_path, u"alert-evaluator-%1"_s.arg(quintptr(this), 0, 16)))
            return status;
        m_cache = std::move(cache);
        return std::nullopt;
    }

    void save(const AlertState &state, bool whole, int ticket)
    {
        Status status = open();
        if (!status)
            status = whole ? state.save(*m_cache) : state.saveCursor(*m_cache);
        emit m_outer->saved(ticket, status ? status->message : QString());
    }

    void scan(const AlertScanFrom &from)
    {
        if (Status status = open()) {
            emit m_outer->failed(status->message);
            return;
        }
        // This connection stays open while syncs adopt calendars and move axis origins on another: it takes the
        // policy the cache holds now, and reads it with the clocks in one snapshot.
        const ReadSnapshot snapshot(m_cache->database());
        if (Status status = usePublishedPolicy(*m_cache)) {
            emit m_outer->failed(status->message);
            return;
        }
        const auto scanned = scanAlerts(*m_cache, from);
        if (!scanned.ok()) {
            emit m_outer->failed(scanned.error().message);
            return;
        }
        emit m_outer->scanned(scanned.value());
    }

private:
    QString m_path;
    AlertEvaluator *m_outer = nullptr;
    std::unique_ptr<LocalCache> m_cache;
};

AlertEvaluator::AlertEvaluator(QString cachePath, QObject *parent)
    : QObject(parent), m_inside(new Inside(std::move(cachePath), this))
{
    m_inside->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inside, &QObject::deleteLater);
    m_thread.setObjectName(u"alert-evaluator"_s);
    m_thread.start(QThread::LowPriority);
}

AlertEvaluator::~AlertEvaluator()
{
    // After what was asked before (the state's writes above all), not at once.
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(m_inside, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void AlertEvaluator::save(const AlertState &state, bool whole, int ticket)
{
    QMetaObject::invokeMethod(
        m_inside, [inside = m_inside, state, whole, ticket] { inside->save(state, whole, ticket); },
        Qt::QueuedConnection);
}

void AlertEvaluator::scan(const AlertScanFrom &from)
{
    QMetaObject::invokeMethod(m_inside, [inside = m_inside, from] { inside->scan(from); }, Qt::QueuedConnection);
}

} // namespace rabeg
