#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Event.h"
#include "refdata/ReferenceTypes.h"
#include "sop/SopCatalog.h"

namespace rabeg {

// A liaison's draft waiting for an admin: the sop_draft_submitted event's id (what the admin's publication names),
// who submitted it, why, and the template version it proposes.
struct SopDraft
{
    QUuid eventId;
    QString by;
    QString reason;
    QDateTime at;
    SopTemplate sop;
};

// The SOP catalogue a workstation learnt by sync (docs/sop.md, "Publication through the hub"): the reference
// events of the cache (nil complaint id) folded over the shipped versions, so every consumer of templates on this
// workstation (checklists, the stall board, the editor) uses what the hub has published.
class SopCatalogQuery
{
public:
    explicit SopCatalogQuery(LocalCache &cache) : m_cache(cache) { }

    Result<QList<Event>> referenceEvents() const; // in stream order
    // `shipped` plus every sop_published event the cache holds.
    Result<SopCatalog> catalog(const SopCatalog &shipped) const;
    // Drafts not yet overtaken: their version is still the next one of their template in `catalog`.
    Result<QList<SopDraft>> openDrafts(const SopCatalog &catalog) const;

private:
    LocalCache &m_cache;
};

} // namespace rabeg
