#include "CachePreparation.h"

#include "CacheUpgradeWindow.h"
#include "store/LocalCache.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace rabeg {

CachePreparation::CachePreparation(const QString &path, int showAfterMs, QObject *parent)
    : QObject(parent), m_path(path), m_showAfterMs(showAfterMs), m_window(std::make_unique<CacheUpgradeWindow>())
{ }

CachePreparation::~CachePreparation()
{
    if (m_thread)
        m_thread->wait();
}

void CachePreparation::start()
{
    if (m_thread)
        return;
    // The window is deleted only after the thread has ended: a report queued to it meanwhile is delivered or
    // dropped with it.
    CacheUpgradeWindow *target = m_window.get();
    const OpenProgressSink sink = [target](const OpenProgress &progress) {
        QMetaObject::invokeMethod(target, [target, progress] { target->showProgress(progress); },
                                  Qt::QueuedConnection);
    };
    static std::atomic<int> serial {0};
    const QString connection = u"rabeg-prepare-%1"_s.arg(++serial);
    m_thread.reset(QThread::create([this, connection, sink] {
        LocalCache cache;
        cache.setProgressSink(sink);
        m_result = cache.open(m_path, connection); // read on this side only after the thread has ended
    }));
    // Queued to this thread: the reports posted before it are shown first.
    connect(m_thread.get(), &QThread::finished, this, &CachePreparation::threadEnded, Qt::QueuedConnection);
    QTimer::singleShot(m_showAfterMs, target, &CacheUpgradeWindow::showOnceTold);
    m_thread->start();
}

void CachePreparation::threadEnded()
{
    m_thread->wait();
    m_window.reset();
    m_finished = true;
    Q_EMIT finished();
}

Status CachePreparation::prepare(const QString &path, int showAfterMs)
{
    CachePreparation preparation(path, showAfterMs);
    QEventLoop loop;
    connect(&preparation, &CachePreparation::finished, &loop, &QEventLoop::quit);
    preparation.start();
    // Again if the loop was ended from outside (QCoreApplication::exit at a session's end): the window keeps
    // painting until the step has committed, rather than a frozen screen.
    while (!preparation.isFinished())
        loop.exec();
    return preparation.result();
}

} // namespace rabeg
