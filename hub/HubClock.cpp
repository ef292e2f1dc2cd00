#include "HubClock.h"

namespace rabeg {

HubClock HubClock::startingAt(const QDateTime &start, double speed)
{
    HubClock clock;
    clock.m_state = std::make_shared<State>();
    clock.m_state->start = start.toUTC();
    clock.m_state->realStart = realNow();
    clock.m_state->speed = speed;
    return clock;
}

QDateTime HubClock::State::nowLocked() const
{
    const qint64 elapsed = realStart.msecsTo(realNow());
    return start.addMSecs(qint64(double(elapsed) * speed));
}

QDateTime HubClock::now() const
{
    if (!m_state)
        return realNow();
    QMutexLocker lock(&m_state->mutex);
    return m_state->nowLocked();
}

double HubClock::speed() const
{
    if (!m_state)
        return 1.0;
    QMutexLocker lock(&m_state->mutex);
    return m_state->speed;
}

void HubClock::setSpeed(double speed)
{
    if (!m_state)
        return;
    QMutexLocker lock(&m_state->mutex);
    m_state->start = m_state->nowLocked();
    m_state->realStart = realNow();
    m_state->speed = speed;
}

void HubClock::jumpTo(const QDateTime &at)
{
    if (!m_state)
        return;
    QMutexLocker lock(&m_state->mutex);
    m_state->start = at.toUTC();
    m_state->realStart = realNow();
}

} // namespace rabeg
