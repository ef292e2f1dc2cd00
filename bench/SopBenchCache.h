#pragma once
// The local cache the stall board and weekly report benchmarks run over: N demo complaints with SOP ticks made
// through the lifecycle (tests/sopui/SopDemoCache), written through ComplaintRepository as a sync stores them.

#include "core/Result.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

#include <functional>

namespace rabeg::bench {

// Opens `path`, building it first when it does not hold `options.count` complaints (what was there is removed).
// Progress and the build time go to `print`.
Status openSopBenchCache(LocalCache &cache, const QString &path, const ReferenceData &reference,
                         const DemoOptions &options, const std::function<void(const QString &)> &print);

// The first column of the first row of `sql`, or -1.
qint64 countOf(LocalCache &cache, const QString &sql);

// Removes a cache file with its -wal and -shm.
void removeCacheFiles(const QString &path);

} // namespace rabeg::bench
