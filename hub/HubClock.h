#pragma once

#include <QDateTime>
#include <QMutex>

#include <memory>

namespace rabeg {

// Hub time, the only time (DESIGN.md, "Time"). Real on production stores; on demo and training stores it may be
// virtual: it starts at a chosen instant and runs `speed` times faster than the wall clock. Token expiry and
// throttling never use it (they use realNow()).
//
// Copies of a virtual clock share one state: a trainer who pauses, speeds up or jumps the clock (setSpeed,
// jumpTo) moves it for the routes, the read threads and the scheduler alike. Thread-safe.
class HubClock
{
public:
    static HubClock real() { return HubClock(); }
    // speed 0 freezes the clock (a paused training class, a test).
    static HubClock startingAt(const QDateTime &start, double speed);

    QDateTime now() const;
    double speed() const;
    bool isVirtual() const { return m_state != nullptr; }
    static QDateTime realNow() { return QDateTime::currentDateTimeUtc(); }

    // Virtual clocks only (no effect on a real one). From now on the clock runs at `speed` (0 pauses it).
    void setSpeed(double speed);
    // Hub time becomes `at` now, and runs on from there at the same speed.
    void jumpTo(const QDateTime &at);

private:
    struct State
    {
        QMutex mutex;
        QDateTime start;     // hub time at realStart
        QDateTime realStart;
        double speed = 1.0;
        QDateTime nowLocked() const;
    };
    std::shared_ptr<State> m_state; // null: the real clock
};

} // namespace rabeg
