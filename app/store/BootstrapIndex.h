#pragma once

#include "core/Result.h"

namespace rabeg {

class LocalCache;

// The full-text index of complaints, filled once at the end of a bootstrap instead of row by row while it runs
// (BENCHMARKS.md, P1: indexing each complaint as it was inserted cost a large part of a bootstrap).
//
// defer(): while the cache holds no complaint, the index's triggers (LocalCache, schema 4) are replaced by the same
// triggers without their statements that write complaints_fts: rows keep getting their list_key, the index stays
// empty and consistent (nothing is added to it, nothing removed from it). The triggers as they were are kept in
// the meta table ("fts_deferred:<trigger>", with the flag "fts_deferred" = 1). finish(): the triggers as they were
// come back and the index is rebuilt from the complaints table once ('rebuild'). Each runs inside the caller's
// transaction (the bootstrap's first and last snapshot pages), so after a crash the cache is either still deferred,
// and the resumed bootstrap finishes it, or not deferred at all: once a bootstrap has ended, a search never reads an
// index that misses a complaint. While deferred, a search finds nothing (the cache was empty when it began).
class BootstrapIndex
{
public:
    explicit BootstrapIndex(LocalCache &cache) : m_cache(cache) { }

    // Replaces the insert trigger if the cache has no complaint yet and the trigger has the shape this release
    // made; otherwise leaves everything as it is (the index is then kept row by row, as before).
    Status defer();
    // Restores the trigger and rebuilds the index, if deferred; nothing otherwise.
    Status finish();
    // After a schema step replaced the triggers while deferred (an upgrade between two runs of a first bootstrap):
    // the new ones become the triggers finish() restores, and are quietened in turn. Nothing when not deferred.
    Status quietenReplaced();
    bool deferred() const;

private:
    LocalCache &m_cache;
};

} // namespace rabeg
