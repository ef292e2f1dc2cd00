#pragma once

#include "refdata/ReferenceInForceLookup.h"
#include "sop/SopCatalog.h"

namespace rabeg {

class LocalCache;

// The reference data as the lifecycle sees it on this workstation: every lookup from the reference data it is given
// (the Workspace's ReferenceInForce: the shipped data with the admins' changes the cache synced), and the SOP
// templates as the hub published them (the shipped ones plus those synced since, SopCatalogQuery), so that a
// dispatch previewed here instantiates the version the hub will, and respond is gated by the same steps.
class SyncedSopReference final : public ReferenceInForceLookup
{
public:
    // The catalogue read from `cache` now; the shipped one when the cache cannot be read.
    SyncedSopReference(const ReferenceData &reference, LocalCache &cache);
    // Reads the catalogue again (after a sync), in place: contexts already handed out keep a valid pointer.
    void refresh(LocalCache &cache);

    const ReferenceData &data() const override { return m_reference; }
    const SopCatalog *sopCatalog() const override { return &m_catalog; }

private:
    const ReferenceData &m_reference;
    SopCatalog m_catalog;
};

} // namespace rabeg
