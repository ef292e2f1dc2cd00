#include "SchedulerThread.h"

#include "HubLog.h"
#include "Scheduler.h"
#include "SqlHubStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace rabeg {

SchedulerThread::SchedulerThread(const QString &spec, const ReferenceData &reference, HubClock clock,
                                 std::chrono::milliseconds interval, QObject *parent)
    : QThread(parent), m_spec(spec), m_reference(reference), m_clock(clock), m_interval(interval)
{
    setObjectName(u"rabeg-hub-scheduler"_s);
}

SchedulerThread::~SchedulerThread()
{
    requestInterruption();
    quit();
    wait();
}

void SchedulerThread::run()
{
    auto opened = SqlHubStore::open(m_spec, StoreKind::Production, u"rabeg-hub-scheduler"_s);
    if (!opened.ok()) {
        qCWarning(lcHubScheduler).noquote() << "the scheduler cannot open the store:" << opened.error().message;
        return;
    }
    std::unique_ptr<SqlHubStore> store = std::move(opened).value();
    {
        Scheduler scheduler(*store, m_reference, m_clock);
        QTimer timer;
        const auto pass = [this, &scheduler] {
            if (isInterruptionRequested()) {
                quit(); // asked to stop before the event loop ran
                return;
            }
            const auto done = scheduler.runOnce();
            if (!done.ok())
                qCWarning(lcHubScheduler).noquote() << "pass failed, trying again later:" << done.error().message;
            else if (done->head > 0)
                emit logGrew(done->head);
        };
        connect(&timer, &QTimer::timeout, &timer, pass);
        timer.start(m_interval);
        exec();
    }
    store.reset(); // closes its connection in this thread, which opened it
}

} // namespace rabeg
