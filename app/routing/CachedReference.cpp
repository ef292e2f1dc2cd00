#include "CachedReference.h"

#include "store/SopCatalogQuery.h"

namespace rabeg {

Result<ReferenceVersions> cachedReferenceVersions(LocalCache &cache, const ReferenceData &shipped)
{
    const auto events = SopCatalogQuery(cache).referenceEvents();
    if (!events.ok())
        return events.error();
    return ReferenceVersions::fold(shipped, events.value());
}

} // namespace rabeg
