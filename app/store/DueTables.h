#pragma once

#include <QStringList>

namespace rabeg {

// The deadline values a calendar change rewrites, kept in two narrow tables of their own (cache schema 12) instead
// of in the wide rows they were derived from, so that moving tens of thousands of them rewrites a few thousand
// pages, not one page per value (BENCHMARKS.md, "Deadline recompute after a calendar change", tenth session: at
// 1,000,000 complaints the 71,699 next due times moved by a day off lay on ~54,000 of the 117,000 pages of the
// complaint table, and the 80,000 cycles' due times on as many pages of clock_cycles and its covering index).
//
//  - complaint_due: one row per complaint with a running clock, holding its next due time (NextDue.h: the earliest
//    due time of its running clocks, UTC milliseconds) and copies of the three complaint columns the readers of
//    that time filter and order by (received_at, state, opd), kept by triggers on complaints; a complaint without a
//    running clock has no row. Indexed as the complaint row's next_due_at was: (next_due_at, received_at, id) for
//    the inbox's overdue page, (state, next_due_at) for overdue of one state, (next_due_at, opd) for the dashboard.
//  - running_cycles: per complaint and clock, its running cycle with a due time (not paused, not stopped) with the
//    inputs its due time is computed from (ClockCycleWriter), its due time and warning instant (WarningInstants.h)
//    as they are now, after any calendar change; indexed by the warning instant for the alerts. clock_cycles keeps
//    every latest cycle as derived with its history (its due_at and warn_at are no longer read).
// Both are keyed by the complaint's text id, as clock_cycles is: the recompute reads running_cycles whole in that
// order and writes both in it, and a key does not move when a table is rebuilt (a complaint's rowid may).
//
// complaints.next_due_at (cache schema 3) is no longer written or read: dropping a column rewrites every row of
// the table (12 GB at 1,000,000 complaints), so it stays with the value it had at the migration, and its three
// indexes are dropped.

// Cache schema step 11 -> 12 (LocalCache::migrate): both tables filled from what the cache holds, their indexes
// and triggers, the old indexes dropped. Never edited once released.
QStringList dueTablesSchemaStep();

} // namespace rabeg
