#pragma once

#include "HubStore.h"
#include "refdata/ReferenceInForceLookup.h"
#include "routing/ReferenceVersions.h"
#include "sop/SopCatalog.h"

namespace rabeg {

// The reference data in force at the hub (docs/reference-admin.md, "Where the changes take effect"): the shipped
// data with every reference event of the store's log folded in: OPDs, agencies, the category and service tree and
// the routing table (ReferenceVersions), and the SOP versions (SopCatalog). Kept between requests and keyed on the
// store, not on this process: refresh() reads the reference stream past the last version it learnt (an indexed
// read that finds nothing when nothing changed) and folds only what was appended since, by any hub process.
// Commands refresh it under the append lock (AppendRequest::refreshReference), so a dispatch is judged on the OPDs
// as the log holds them at that moment.
class HubReference final : public ReferenceInForceLookup
{
public:
    explicit HubReference(const ReferenceData &shipped);

    Status refresh(HubStore &store);
    // The same from the reference stream the caller already read under the append lock (ReferenceAppend::decide
    // is given it whole): folds the events past the last version learnt, reads nothing.
    Status catchUp(const QList<Event> &stream);

    const ReferenceData &data() const override { return m_versions.reference(); }
    const ReferenceVersions &versions() const { return m_versions; }
    const SopCatalog &catalog() const { return m_catalog; }
    // The version of the last reference event folded in (0: the shipped data as it is) and the seq of the log
    // where it stands.
    qint64 streamVersion() const { return m_version; }
    qint64 lastSeq() const { return m_seq; }

    const SopCatalog *sopCatalog() const override { return &m_catalog; }

private:
    Status learn(const Event &event);

    ReferenceVersions m_versions;
    SopCatalog m_catalog;
    qint64 m_version = 0;
    qint64 m_seq = 0;
};

} // namespace rabeg
