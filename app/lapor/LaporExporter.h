#pragma once

#include "LaporSink.h"
#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

namespace rabeg {

// What the city did about complaints that came from LAPOR!, read from the cache's histories, for LAPOR!: dispatched
// (to which OPD), acknowledged by the OPD, the response the citizen reads, closed, escalated to the Ombudsman,
// forwarded as not our authority, rejected. Keyed by LAPOR! tracking id; handed to a LaporSink.
class LaporExporter
{
public:
    LaporExporter(LocalCache &cache, const ReferenceData &reference) : m_cache(cache), m_reference(reference) { }

    // The follow-ups at or after `since`, oldest first.
    Result<QList<LaporFollowUp>> followUpsSince(const QDateTime &since) const;
    // followUpsSince, delivered to `sink`; the number delivered.
    Result<int> exportSince(const QDateTime &since, LaporSink &sink) const;

private:
    LocalCache &m_cache;
    const ReferenceData &m_reference;
};

} // namespace rabeg
