#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "deadline/PolicyVersions.h"

namespace rabeg {

// How a workstation adopts the SLA policy and calendar versions an admin published through the hub
// (docs/deadlines.md, "How a published version reaches the workstations"): the sla_policy_published and
// calendar_published reference events its cache holds, folded in stream order over the cache's policy as the hub
// folds them (PolicyVersions), the same way the SOP catalogue is learnt (SopCatalogQuery).

// One published version as the log records it: who published which version of what, when, and why.
struct PublishedVersion
{
    bool calendar = false; // else the SLA policy
    int version = 0;
    QString by;
    QDateTime at;
    QString why;
};

// Every published version the cache holds, in stream order (the admin screens' list of who changed what).
Result<QList<PublishedVersion>> publishedVersions(LocalCache &cache);

// The versions the cache holds folded over `base` (versions it learnt twice count once).
Result<PolicyVersions> cachedPolicyVersions(LocalCache &cache, const DeadlinePolicy &base);

// On open, before the next due times are checked against the policy, and on every connection that stays open
// after each sync (the screens', the alert evaluator's): the cache computes under the versions it holds and the axis
// origins the sync last moved (AxisOrigins.h), both read in one snapshot, so that the stored points and this
// connection's positions count the same days. A connection that kept the origins it opened with would read every
// point on a renumbered side a day off after a day off recognised late. Nothing changes for a cache that holds none.
Status usePublishedPolicy(LocalCache &cache);

// After a sync page brought a published version, in the page's transaction: the cache takes the new policy and
// derives again what it moves - after a calendar change only the clock cycles spanning a changed day and the SOP
// stall instants (recomputeAfterCalendarChange), after a change of the clocks every complaint (a new fingerprint)
// - and records the new fingerprint. Returns whether the policy changed.
Result<bool> adoptPublishedPolicy(LocalCache &cache);

} // namespace rabeg
