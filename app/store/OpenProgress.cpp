#include "OpenProgress.h"

namespace rabeg {

HistoryPassProgress::HistoryPassProgress(const OpenProgressSink &sink, OpenProgress::Step step) : m_sink(sink)
{
    m_progress.step = step;
    if (m_sink)
        tell(0);
}

void HistoryPassProgress::at(const QString &complaintId)
{
    ++m_progress.complaints;
    if (m_sink && m_sinceTold.elapsed() >= kIntervalMs)
        tell(keyFraction(complaintId));
}

void HistoryPassProgress::finish()
{
    if (m_sink)
        tell(1);
}

void HistoryPassProgress::tell(double fraction)
{
    m_progress.fraction = fraction;
    m_sink(m_progress);
    m_sinceTold.start();
}

double HistoryPassProgress::keyFraction(const QString &id)
{
    quint64 key = 0;
    int digits = 0;
    for (const QChar c : id) {
        if (digits == 8)
            break;
        const int value = (c >= u'0' && c <= u'9') ? c.unicode() - u'0'
            : (c >= u'a' && c <= u'f')   ? c.unicode() - u'a' + 10
            : (c >= u'A' && c <= u'F')   ? c.unicode() - u'A' + 10
                                         : -1;
        if (value < 0)
            break;
        key = key * 16 + quint64(value);
        ++digits;
    }
    if (digits == 0)
        return -1;
    for (int i = digits; i < 8; ++i)
        key *= 16;
    return double(key) / 4294967296.0;
}

} // namespace rabeg
