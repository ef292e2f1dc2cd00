#pragma once

#include "HubRequest.h"
#include "HubStore.h"
#include "refdata/ReferenceData.h"

namespace rabeg {

// POST /api/v1/sop/templates (docs/sop.md, "Publication through the hub"; docs/api/openapi.yaml):
// {"command_id", "template": {opd, service, version, steps}, "reason", "draft"?}. An admin or a supervisor
// publishes (a sop_published event); a liaison submits a draft for their own OPD (sop_draft_submitted), which an
// admin publishes by sending it with "draft": the draft event's id. Decided under the append lock on the reference
// stream (decideSopPublication / decideSopDraft), idempotent per command id like POST /api/v1/commands.
class SopRoute
{
public:
    SopRoute(HubStore &store, const ReferenceData &reference) : m_store(store), m_reference(reference) { }

    // `appended`: set when an event went into the log (not a replay, not a refusal).
    HubResponse post(const HubRequest &request, const Actor &actor, const QDateTime &now, bool &appended);

private:
    HubStore &m_store;
    const ReferenceData &m_reference;
};

} // namespace rabeg
