#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rabeg {

// What people read for the codes of the core, translated (Indonesian by default).
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString state(ComplaintState state);
    static QString channel(Channel channel);
    static QString classification(Classification classification);
    static QString role(Role role);
    // A UTC time shown in Western Indonesian Time, the city's clock ("30/11/2026 11:58 WIB").
    static QString wib(const QDateTime &utc);
    // A due time: midnight WIB is written as 24.00 of the day before, as the convention reads ("until the end of
    // the 27th", not "at the start of the 28th").
    static QString wibDue(const QDateTime &utc);
    // "3 days left": whole days from two days on, hours below. "5 days late": late days are counted as the
    // escalation packet counts them (daysOverdue, docs/deadlines.md: the WIB days after the due day up to now), so
    // the bar and the packet beside it say the same number; "10 hours late" on the first of them.
    static QString timeLeft(const QDateTime &now, const QDateTime &due);
    // A clock that stopped after its due time: by how much ("stopped 5 days late"), fixed once it stopped, counted
    // as above up to the stop.
    static QString stoppedLate(const QDateTime &due, const QDateTime &stopped);

private:
    // A length of time in whole days from two days on, else in hours ("5 days", "39 hours").
    static QString span(qint64 seconds);
    // How late `until` is after `due`: the packet's days from the second late day on, else hours ("6 days", "10 hours").
    static QString lateSpan(const QDateTime &due, const QDateTime &until);
};

} // namespace rabeg
