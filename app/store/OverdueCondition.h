#pragma once

#include "deadline/WorkingCalendar.h"

#include <QVariantList>

namespace rabeg {

// "A running clock past its due time at hub time T" over complaint_due (cache schema 16, DuePoints.h): its
// earliest real-time due time is at or before T, or its earliest working-day due point is at or before T's
// position on that point's axis (WorkingCalendar::position; docs/deadlines.md, "Working time"). One disjunct per
// axis, each a range of an index, so that SQLite reads each range and no other row. An invalid T is no time at all
// (nothing is overdue), never "everything".
struct OverdueCondition
{
    QString sql; // parenthesised
    QVariantList binds;

    // `alias` names complaint_due; with a `state`, only that state's (the (state, ...) indexes).
    static OverdueCondition at(const WorkingCalendar &calendar, const QDateTime &hubNow, const QString &alias,
                               const QString &state = {});
    // The axes a working-day point can lie on under `calendar`: the base calendar's ("") and each OPD's that opens
    // on a Saturday.
    static QStringList axes(const WorkingCalendar &calendar);
};

} // namespace rabeg
