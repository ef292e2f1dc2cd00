#pragma once

#include "LocalCache.h"

#include <optional>

namespace rabeg {

// For the length of a recompute after a calendar change (NextDueRecompute.h), a page cache large enough to hold
// every page it reads and writes (1 GB at most, allocated only as pages are touched: 256 MB spilled at 1,000,000
// complaints): with SQLite's default 2 MB cache the scattered reads of the index range and of the rows were each a
// pread copying a page, and the dirty pages spilled to the WAL before the commit (BENCHMARKS.md, "Deadline
// recompute after a calendar change", fifth session). The file is no longer memory-mapped for it: with this cache,
// a page read through the map cost a page fault and a copy anyway, and the recompute took a third more CPU than with
// pread (eighth session). The connection's own cache and map sizes are put back when it goes.
class RecomputePageCache
{
public:
    explicit RecomputePageCache(LocalCache &cache);
    ~RecomputePageCache();
    Q_DISABLE_COPY_MOVE(RecomputePageCache)

private:
    LocalCache &m_cache;
    std::optional<qint64> m_previous;
    std::optional<qint64> m_previousMap;
};

} // namespace rabeg
