#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Event.h"
#include "refdata/ReferenceTypes.h"
#include "sop/SopCatalog.h"

#include <utility>

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
    // What tells one set of reference events from another cheaply: how many the cache holds and the highest seq
    // among them (an indexed count of the nil complaint's rows). A sync that brought none leaves it as it was.
    Result<std::pair<qint64, qint64>> referenceStamp() const;
    // `shipped` plus every sop_published event the cache holds.
    Result<SopCatalog> catalog(const SopCatalog &shipped) const;
    // Drafts not yet overtaken: their version is still the next one of their template in `catalog`.
    Result<QList<SopDraft>> openDrafts(const SopCatalog &catalog) const;

private:
    LocalCache &m_cache;
};

} // namespace rabeg
