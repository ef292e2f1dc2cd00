#pragma once

#include "core/Result.h"

#include <QStringList>

namespace rabeg {

class LocalCache;

// Each running clock cycle's warning instant, kept in clock_cycles.warn_at (cache schema 11, docs/alerts.md; in
// running_cycles.warn_at since schema 12, DueTables.h, which is what the alerts and the recompute read): the
// first instant at which the share of the cycle's span that has passed reaches its clock's warning threshold
// (computeDeadlines' rule, Deadlines.cpp), in UTC milliseconds; NULL while the clock is paused and once its cycle
// stopped. Indexed, so that the alerts read only the cycles whose warning instant lies between their last
// evaluation and now. Written wherever a cycle's due time is: ClockCycleWriter (sync apply, derivation under a
// new policy) and the recompute after a calendar change (NextDueRecompute.h).

// The least instant start + e with e * 100 >= (due - start) * percent.
qint64 warningInstantMs(qint64 startMs, qint64 dueMs, int percent);

// Cache schema step 10 -> 11 (LocalCache::migrate): the column and its index. The column is filled by
// fillWarningInstants() once the cache has adopted its policy (the thresholds are the policy's).
QStringList warningInstantsSchemaStep();

// A cache migrated from schema 10 or older (marked warning_instants_unfilled by step 10 -> 11): every running
// cycle's warning instant, with the due times of the working-day cycles computed under the calendar the cache
// adopted (NextDueRecompute.h), and the mark cleared, in one transaction. Nothing for a cache without the mark.
Status fillWarningInstants(LocalCache &cache);

} // namespace rabeg
