#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Event.h"

#include <QHash>

namespace rabeg {

// An event of a complaint that came from LAPOR!, with the complaint's LAPOR! and city numbers.
struct LaporCachedEvent
{
    QString externalRef;
    QString trackingId;
    Event event;
};

// The LAPOR! exchange's reads of the local cache (app/lapor): which LAPOR! reports the cache knows, and what
// happened to them since a given time.
class LaporCacheQuery
{
public:
    explicit LaporCacheQuery(LocalCache &cache) : m_cache(cache) { }

    // Every LAPOR! reference in the cache and its complaint's id. One pass over the complaints (the cache has no
    // index on external_ref; an import asks once, not per row).
    Result<QHash<QString, QUuid>> externalRefs() const;
    // The events of the given types at or after `since` of complaints with a LAPOR! reference, oldest first.
    Result<QList<LaporCachedEvent>> eventsSince(const QDateTime &since, const QStringList &types) const;

private:
    LocalCache &m_cache;
};

} // namespace rabeg
