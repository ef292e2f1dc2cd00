#pragma once

#include <QDateTime>

namespace rabeg {

// Hub time, the only time (DESIGN.md, "Time"). Real on production stores; on demo and training stores it may be
// virtual: it starts at a chosen instant and runs `speed` times faster than the wall clock. Token expiry and
// throttling never use it (they use realNow()).
class HubClock
{
public:
    static HubClock real() { return HubClock(); }
    // speed 0 freezes the clock (a paused training class, a test).
    static HubClock startingAt(const QDateTime &start, double speed);

    QDateTime now() const;
    double speed() const { return m_speed; }
    bool isVirtual() const { return m_virtual; }
    static QDateTime realNow() { return QDateTime::currentDateTimeUtc(); }

private:
    bool m_virtual = false;
    QDateTime m_start;
    QDateTime m_realStart;
    double m_speed = 1.0;
};

} // namespace rabeg
