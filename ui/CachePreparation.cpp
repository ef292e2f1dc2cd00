#include "CachePreparation.h"

#include "CacheUpgradeWindow.h"
#include "store/LocalCache.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace rabeg {

Status CachePreparation::prepare(const QString &path, int showAfterMs)
{
    // Deleted only after the thread has ended: a report queued to it meanwhile is delivered or dropped with it.
    auto window = std::make_unique<CacheUpgradeWindow>();
    CacheUpgradeWindow *target = window.get();
    const OpenProgressSink sink = [target](const OpenProgress &progress) {
        QMetaObject::invokeMethod(target, [target, progress] { target->showProgress(progress); },
                                  Qt::QueuedConnection);
    };
    static std::atomic<int> serial {0};
    const QString connection = u"rabeg-prepare-%1"_s.arg(++serial);
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&result, path, connection, sink] {
        LocalCache cache;
        cache.setProgressSink(sink);
        result = cache.open(path, connection);
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(showAfterMs, target, [target] { target->show(); });
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace rabeg
