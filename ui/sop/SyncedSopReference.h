#pragma once

#include "domain/ReferenceLookup.h"
#include "sop/SopCatalog.h"

namespace rabeg {

class LocalCache;

// The reference data as the lifecycle sees it on this workstation: every lookup from the shipped data, and the SOP
// templates as the hub published them (the shipped ones plus those synced since, SopCatalogQuery), so that a
// dispatch previewed here instantiates the version the hub will, and respond is gated by the same steps.
class SyncedSopReference final : public ReferenceLookup
{
public:
    // The catalogue read from `cache` now; the shipped one when the cache cannot be read.
    SyncedSopReference(const ReferenceLookup &shipped, LocalCache &cache);
    // Reads the catalogue again (after a sync), in place: contexts already handed out keep a valid pointer.
    void refresh(LocalCache &cache);

    bool hasOpd(QStringView code) const override { return m_shipped.hasOpd(code); }
    bool hasAgency(QStringView code) const override { return m_shipped.hasAgency(code); }
    bool hasCategory(QStringView id) const override { return m_shipped.hasCategory(id); }
    bool hasService(QStringView code) const override { return m_shipped.hasService(code); }
    bool hasKecamatan(QStringView code) const override { return m_shipped.hasKecamatan(code); }
    const SopCatalog *sopCatalog() const override { return &m_catalog; }

private:
    const ReferenceLookup &m_shipped;
    SopCatalog m_catalog;
};

} // namespace rabeg
