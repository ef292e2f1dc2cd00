#pragma once

#include "WorkingCalendar.h"
#include "domain/Event.h"
#include "refdata/ReferenceTypes.h"

#include <QDateTime>

#include <memory>
#include <optional>

namespace rabeg {

// The SLA clocks and the working calendar that deadlines are derived with, and a fingerprint of what in them
// changes a due time. A cache stores each complaint's next due time under one policy and derives all of them again
// when it is opened under a policy with another fingerprint (a calendar decree changed, a clock's duration...).
class DeadlinePolicy
{
public:
    DeadlinePolicy(QList<SlaClock> clocks, const QList<CalendarDay> &days);

    // The shipped reference data's policy, loaded once per process; null if it cannot be read.
    static std::shared_ptr<const DeadlinePolicy> builtin();

    const QList<SlaClock> &clocks() const { return m_clocks; }
    const WorkingCalendar &calendar() const { return m_calendar; }
    const QList<CalendarDay> &days() const { return m_days; }
    QString fingerprint() const { return m_fingerprint; }
    // Counts the calendar's axes from these origins (WorkingCalendar::setAxisOrigins): no due time, and so not the
    // fingerprint, changes.
    void setAxisOrigins(const QHash<QString, qint64> &origins) { m_calendar.setAxisOrigins(origins); }

    // nextDueAt (NextDue.h) under this policy.
    std::optional<QDateTime> nextDueAt(const QList<Event> &history) const;

private:
    QList<SlaClock> m_clocks;
    QList<CalendarDay> m_days;
    WorkingCalendar m_calendar;
    QString m_fingerprint;
};

} // namespace rabeg
