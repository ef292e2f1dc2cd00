#include "AlertEvaluator.h"

#include "store/LocalCache.h"

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

    void scan(const AlertScanFrom &from)
    {
        if (!m_cache) {
            auto cache = std::make_unique<LocalCache>();
            if (Status status = cache->open(m_path, u"alert-evaluator-%1"_s.arg(quintptr(this), 0, 16))) {
                emit m_outer->failed(status->message);
                return;
            }
            m_cache = std::move(cache);
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
    m_thread.quit();
    m_thread.wait();
}

void AlertEvaluator::scan(const AlertScanFrom &from)
{
    QMetaObject::invokeMethod(m_inside, [inside = m_inside, from] { inside->scan(from); }, Qt::QueuedConnection);
}

} // namespace rabeg
