#pragma once

#include "refdata/ReferenceTypes.h"

#include <QDate>
#include <QList>

namespace rabeg {

// The days whose working status a new version of the calendar changes for anyone: a day off added or taken
// away, or an OPD's working Saturday added or taken away. A renamed holiday or a new decree reference changes
// no deadline and is not listed. Sorted, each date once.
QList<QDate> changedCalendarDays(const QList<CalendarDay> &before, const QList<CalendarDay> &after);

// Whether a deadline that started at `startedAt` and is due at `dueAt` (both UTC) spans one of `days` (sorted):
// a day strictly after the start's WIB day and not after the due day. Only such a deadline can move when those
// days change (the start's own day never counts; docs/deadlines.md, rule 2).
bool spansAny(const QDateTime &startedAt, const QDateTime &dueAt, const QList<QDate> &days);

} // namespace rabeg
