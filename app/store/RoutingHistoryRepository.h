#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "routing/RouteSuggestion.h"

#include <QList>

namespace rabeg {

// The resolved history the routing classifier learns from, read from the local cache. A complaint's final route
// is known when it was closed after an OPD's response (the OPD) or forwarded as not our authority (the agency);
// complaints still open, rejected or duplicates teach nothing. The OPDs that returned it on the way come along.
class RoutingHistoryRepository
{
public:
    explicit RoutingHistoryRepository(LocalCache &cache) : m_cache(cache) { }

    Result<qint64> countResolved() const;
    // Pages of resolved complaints in a stable order (rowid), so a million rows never sit in memory at once;
    // `afterRowId` 0 starts at the beginning. Each row comes with the rowid to continue after.
    struct Page
    {
        QList<RoutingExample> examples;
        qint64 lastRowId = 0;
    };
    Result<Page> page(qint64 afterRowId, int limit) const;
    // The statement page() runs (two positional values: after, limit); for the test of its query plan.
    static QString pageSql();

private:
    LocalCache &m_cache;
};

} // namespace rabeg
