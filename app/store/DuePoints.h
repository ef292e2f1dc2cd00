#pragma once

#include "core/Result.h"

#include <QStringList>

namespace rabeg {

class LocalCache;

// Cache schema 16: the deadline values a calendar change used to rewrite, kept as points that a calendar change does
// not move (docs/deadlines.md, "Working time" and "Recompute after a calendar change"; BENCHMARKS.md, issue 5).
//
//  - running_cycles: per complaint and clock, its running cycle with a due time, with the inputs its due point is
//    computed from, its axis (NULL: real time, an hour or calendar-day clock; "" the base calendar's working time;
//    an OPD code: that OPD's, when it opens on a Saturday; WorkingCalendar::axisOf), its due point and warning point
//    on that axis (ClockCycles.h, CycleSpan), and the WIB days its pauses cover (the only cycles besides those that
//    start on or after a changed day whose working-day points a change moves). Indexed by (axis, warning point) for
//    the alerts, and by start day and pause days for the recompute.
//  - complaint_due: per complaint with a running clock, the earliest due time of its real-time clocks (due_at, UTC
//    ms) and the earliest due point of its working-day clocks (wd_due) on its axis (wd_axis); mixed = 1 when its
//    working-day clocks lie on more than one axis (then wd_* is the earliest under the calendar it was written with,
//    and every calendar change writes it again). With copies of the complaint's received_at, state and opd, kept by
//    schema 12's triggers. A complaint is overdue at T when due_at <= T or wd_due <= the position of T on wd_axis
//    (OverdueCondition.h). Indexed for the inbox's overdue page, the overdue of one state and the dashboard.
//
// Both tables are made anew, empty; fillDuePoints() fills them from clock_cycles once the cache has adopted its
// policy (the points are the calendar's). Never edited once released.
QStringList duePointsSchemaStep();

// Cache schema 17: complaint_due without the (due, received_at, id) pair of indexes schema 16 made for the inbox's
// overdue page. No plan read them: the overdue condition is a disjunction (one range per axis, OverdueCondition.h),
// which SQLite reads range by range from the (due, opd) and (state, due) indexes and then looks the rows up, so the
// page's order came from a sort anyway (tests/store/test_due_tables.cpp checks the plans). Each of them held wd_due,
// and every due point a calendar change shifts was written into them too (AxisShift.h; BENCHMARKS.md, issue 5).
QStringList dueListIndexesGoneSchemaStep();

// A cache migrated from schema 15 or older (marked due_points_unfilled): running_cycles and complaint_due filled
// from clock_cycles under the policy adopted, and the mark cleared, in one transaction.
Status fillDuePoints(LocalCache &cache);

} // namespace rabeg
