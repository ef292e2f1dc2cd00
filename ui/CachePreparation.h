#pragma once

#include "core/Result.h"

#include <QString>

namespace rabeg {

// Opens the local cache once, on a thread of its own, before the workspace opens it: a cache of an older schema is
// migrated there and its derived facts filled (LocalCache::open), which at 1,000,000 complaints takes minutes
// (BENCHMARKS.md: the stall spans of schema 15, 636 s). Meanwhile the GUI thread runs and, once the work has taken
// longer than `showAfterMs`, shows CacheUpgradeWindow with what LocalCache::open reports (OpenProgress.h); an
// up-to-date cache opens in milliseconds and nothing is shown. Returns when the open has ended, with its error if
// it failed (the caller says it; the cache is as it was before the failed step, each step being one transaction).
class CachePreparation
{
public:
    static constexpr int kShowAfterMs = 400;

    static Status prepare(const QString &path, int showAfterMs = kShowAfterMs);
};

} // namespace rabeg
