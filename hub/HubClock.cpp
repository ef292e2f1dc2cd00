#include "HubClock.h"

namespace rabeg {

HubClock HubClock::startingAt(const QDateTime &start, double speed)
{
    HubClock clock;
    clock.m_virtual = true;
    clock.m_start = start.toUTC();
    clock.m_realStart = realNow();
    clock.m_speed = speed;
    return clock;
}

QDateTime HubClock::now() const
{
    const QDateTime real = realNow();
    if (!m_virtual)
        return real;
    const qint64 elapsed = m_realStart.msecsTo(real);
    return m_start.addMSecs(qint64(double(elapsed) * m_speed));
}

} // namespace rabeg
