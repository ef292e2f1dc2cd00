#pragma once

#include "HubClock.h"
#include "refdata/ReferenceData.h"

#include <QThread>

#include <chrono>

namespace rabeg {

// Runs the Scheduler every `interval` of real time on a thread of its own, with its own store connection, so a
// pass never holds up the HTTP thread. Stopped (after the pass under way, if any) when destroyed.
class SchedulerThread final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulerThread)

public:
    SchedulerThread(const QString &spec, const ReferenceData &reference, HubClock clock,
                    std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~SchedulerThread() override;

signals:
    // Emitted from the scheduler's thread after a pass that appended: connect it queued.
    void logGrew(qint64 head);

protected:
    void run() override;

private:
    QString m_spec;
    const ReferenceData &m_reference;
    HubClock m_clock;
    std::chrono::milliseconds m_interval;
};

} // namespace rabeg
