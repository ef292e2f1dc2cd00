#pragma once

#include "HubStore.h"
#include "refdata/ReferenceData.h"
#include "sop/SopCatalog.h"

namespace rabeg {

// The SOP catalog of a reference stream (ReferenceStream.h): the shipped versions plus every sop_published event
// (drafts are not learnt). SopRoute decides a publication on it under the append lock; the catalog in force
// between requests is HubReference's.
class HubSopCatalog
{
public:
    static Result<SopCatalog> fold(const ReferenceData &reference, const QList<Event> &stream);
};

} // namespace rabeg
