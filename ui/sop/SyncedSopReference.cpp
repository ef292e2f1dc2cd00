#include "SyncedSopReference.h"

#include "store/SopCatalogQuery.h"

namespace rabeg {

SyncedSopReference::SyncedSopReference(const ReferenceLookup &shipped, LocalCache &cache) : m_shipped(shipped)
{
    refresh(cache);
}

void SyncedSopReference::refresh(LocalCache &cache)
{
    const SopCatalog none;
    const SopCatalog &base = m_shipped.sopCatalog() ? *m_shipped.sopCatalog() : none;
    m_catalog = SopCatalogQuery(cache).catalog(base).value_or(base);
}

} // namespace rabeg
