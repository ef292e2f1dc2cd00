#pragma once

#include "ReferenceVersions.h"

namespace rabeg {

class LocalCache;

// The OPDs, agencies and routing table a workstation learnt by sync: the shipped reference data with the
// reference events its cache holds folded in (ReferenceVersions), as the hub folds its log. Offline it is what
// the last sync brought.
Result<ReferenceVersions> cachedReferenceVersions(LocalCache &cache, const ReferenceData &shipped);

} // namespace rabeg
