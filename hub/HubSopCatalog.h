#pragma once

#include "HubStore.h"
#include "refdata/ReferenceData.h"
#include "sop/SopCatalog.h"

namespace rabeg {

// The hub's reference lookup with the SOP catalog it has learnt from its log: the shipped versions plus every
// sop_published event of the reference stream (ReferenceStream.h). Each request that dispatches or derives a
// checklist refreshes it first (an indexed read of the stream past the last version it learnt), so a version
// published by another hub process is in force here too.
class HubSopCatalog final : public ReferenceLookup
{
public:
    explicit HubSopCatalog(const ReferenceData &reference);

    Status refresh(HubStore &store);
    // The catalog of the shipped versions plus those a reference stream publishes (drafts are not learnt).
    static Result<SopCatalog> fold(const ReferenceData &reference, const QList<Event> &stream);

    const SopCatalog &catalog() const { return m_catalog; }
    const SopCatalog *sopCatalog() const override { return &m_catalog; }
    bool hasOpd(QStringView code) const override { return m_reference.hasOpd(code); }
    bool hasAgency(QStringView code) const override { return m_reference.hasAgency(code); }
    bool hasCategory(QStringView id) const override { return m_reference.hasCategory(id); }
    bool hasService(QStringView code) const override { return m_reference.hasService(code); }
    bool hasKecamatan(QStringView code) const override { return m_reference.hasKecamatan(code); }

private:
    const ReferenceData &m_reference;
    SopCatalog m_catalog;
    qint64 m_version = 0; // of the last reference event learnt
};

} // namespace rabeg
