#pragma once

#include "LocalCache.h"

#include <optional>

namespace rabeg {

// For the length of one bulk pass over a large cache, a page cache big enough to hold every page the pass reads
// and writes, allocated only as pages are touched. With SQLite's default 2 MB cache the scattered reads of an index
// range and of the rows were each a pread copying a page, and dirty pages spilled to the WAL before the commit.
//   - the deadline recompute after a calendar change (NextDueRecompute.h): 1 GB at most, 256 MB spilled at
//     1,000,000 complaints (BENCHMARKS.md, "Deadline recompute after a calendar change", fifth session);
//   - filling a cache with demo complaints (fillWithDemoData): every index of the complaint row grows at random
//     places; with 2 MB the fill slowed from ~870 complaints/s at 20,000 to ~80/s near 440,000 (ninth session).
// The file is not memory-mapped for the pass: with this cache, a page read through the map cost a page fault and a
// copy anyway, and the recompute took a third more CPU than with pread (eighth session). The connection's own cache
// and map sizes are put back when it goes.
class BulkPageCache
{
public:
    explicit BulkPageCache(LocalCache &cache, int mebibytes = 1024);
    ~BulkPageCache();
    Q_DISABLE_COPY_MOVE(BulkPageCache)

private:
    LocalCache &m_cache;
    std::optional<qint64> m_previous;
    std::optional<qint64> m_previousMap;
};

} // namespace rabeg
