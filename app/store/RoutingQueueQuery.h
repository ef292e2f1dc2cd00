#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Complaint.h"

namespace rabeg {

// One complaint waiting for a dispatch: verified, or verified again because an OPD returned it (then with the
// OPD's code, reason and note from the return event).
struct RoutingQueueItem
{
    Complaint complaint;
    QString returnedBy;
    QString returnReason;
    QString returnNote;
};

// The routing queue's SQL: complaints in state "verified", oldest first (they have waited longest).
class RoutingQueueQuery
{
public:
    explicit RoutingQueueQuery(LocalCache &cache) : m_cache(cache) {}

    Result<qint64> count() const;
    Result<QList<RoutingQueueItem>> items(int limit) const;

private:
    LocalCache &m_cache;
};

} // namespace rabeg
