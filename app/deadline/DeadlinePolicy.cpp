#include "DeadlinePolicy.h"

#include "NextDue.h"
#include "refdata/ReferenceLoader.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Only what a due time depends on: names, sources and decree references may change without a recompute.
QString fingerprintOf(const QList<SlaClock> &clocks, const QList<CalendarDay> &days)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SlaClock &clock : clocks) {
        hash.addData(
            u"clock|%1|%2|%3|%4|%5|%6|%7\n"_s.arg(clock.id, clock.startEvents.join(u';'), clock.stopEvents.join(u';'))
                .arg(clock.duration)
                .arg(int(clock.unit))
                .arg(clock.pauseStates.join(u';'))
                .arg(clock.warningPercent)
                .toUtf8());
    }
    QStringList lines;
    for (const CalendarDay &day : days)
        lines.append(u"day|%1|%2|%3"_s.arg(day.date.toString(Qt::ISODate)).arg(int(day.kind)).arg(day.opd));
    lines.sort(); // the order of the file's rows does not matter
    hash.addData(lines.join(u'\n').toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

DeadlinePolicy::DeadlinePolicy(QList<SlaClock> clocks, const QList<CalendarDay> &days)
    : m_clocks(std::move(clocks)), m_days(days), m_calendar(days), m_fingerprint(fingerprintOf(m_clocks, days))
{ }

std::shared_ptr<const DeadlinePolicy> DeadlinePolicy::builtin()
{
    static const std::shared_ptr<const DeadlinePolicy> policy = []() -> std::shared_ptr<const DeadlinePolicy> {
        const auto reference = loadBuiltinReferenceData();
        if (!reference.ok())
            return nullptr;
        return std::make_shared<const DeadlinePolicy>(reference->sla, reference->calendar);
    }();
    return policy;
}

std::optional<QDateTime> DeadlinePolicy::nextDueAt(const QList<Event> &history) const
{
    return rabeg::nextDueAt(history, m_clocks, m_calendar);
}

} // namespace rabeg
