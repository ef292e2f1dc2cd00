#pragma once

#include "HubPolicy.h"
#include "HubRequest.h"
#include "HubStore.h"

namespace rabeg {

// The SLA policy and the working calendar as versioned data (docs/deadlines.md, "Editing the policy and the
// calendar"; docs/api/openapi.yaml):
//   GET  /api/v1/admin/sla-policy, /api/v1/admin/calendar: the version in force, who published it and why;
//   POST the same routes {"command_id", "version", "why", "clocks" | "days"}: an admin publishes the next version
//        (sla_policy_published / calendar_published in the reference stream), decided under the append lock by
//        PolicyVersions, idempotent per command id like POST /api/v1/commands.
// A calendar publication then recomputes the hub's schedule of breach actions for the cycles that span the
// changed days only (HubStore::recomputeSchedule), and answers how many it looked at ("recomputed").
class PolicyRoute
{
public:
    PolicyRoute(HubStore &store, const ReferenceData &reference) : m_store(store), m_reference(reference) { }

    static bool handles(const QString &path);
    // `appended`: set when an event went into the log (not a replay, not a refusal).
    HubResponse handle(const HubRequest &request, const Actor &actor, const QDateTime &now, const QJsonObject &envelope,
                       bool &appended);

private:
    HubResponse publish(const HubRequest &request, const Actor &actor, const QDateTime &now, bool calendar,
                        bool &appended);

    HubStore &m_store;
    const ReferenceData &m_reference;
};

} // namespace rabeg
