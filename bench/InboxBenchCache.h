#pragma once
// The master cache of the benchmarks (bench/run.sh; P3, P4, P5 read it, the others a copy): N demo complaints with
// their histories and SOP ticks played through the lifecycle (tests/sopui/SopDemoCache.h), written through
// ComplaintRepository as a sync stores them. Built once and reused (about 20 minutes at 1,000,000 on an idle
// machine), in a directory shared by the benchmarks, /tmp/rabeg-bench-1m by default.

#include "core/Result.h"
#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

namespace rabeg::bench {

// Opens DIR/inbox-N.sqlite, building it first when it is missing or does not hold N complaints. A build writes
// into a temporary file renamed at the end, so an interrupted build is never taken for a finished one. Progress
// goes to stdout every 100,000 complaints.
Status openInboxCache(LocalCache &cache, const QString &dir, qint64 count, const ReferenceData &reference,
                      const QString &connectionName);

// Resident set size of this process in bytes (/proc/self/statm).
qint64 residentBytes();

} // namespace rabeg::bench
