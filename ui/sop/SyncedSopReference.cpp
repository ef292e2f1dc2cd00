#include "SyncedSopReference.h"

#include "store/SopCatalogQuery.h"

namespace rabeg {

SyncedSopReference::SyncedSopReference(const ReferenceData &reference, LocalCache &cache) : m_reference(reference)
{
    refresh(cache);
}

void SyncedSopReference::refresh(LocalCache &cache)
{
    const SopCatalog none;
    const SopCatalog &base = m_reference.sopCatalog() ? *m_reference.sopCatalog() : none;
    m_catalog = SopCatalogQuery(cache).catalog(base).value_or(base);
}

} // namespace rabeg
