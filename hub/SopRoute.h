#pragma once

#include "HubReference.h"
#include "HubRequest.h"
#include "HubStore.h"

namespace rabeg {

// POST /api/v1/sop/templates (docs/sop.md, "Publication through the hub"; docs/api/openapi.yaml):
// {"command_id", "template": {opd, service, version, steps}, "reason", "draft"?}. An admin or a supervisor
// publishes (a sop_published event); a liaison submits a draft for their own OPD (sop_draft_submitted), which an
// admin publishes by sending it with "draft": the draft event's id. Decided under the append lock on the reference
// stream (decideSopPublication / decideSopDraft), idempotent per command id like POST /api/v1/commands. Judged on
// the reference in force (HubReference, the one the command route keeps), brought up to the stream read under the
// lock: an OPD an admin added gets templates, one deactivated gets no new version.
class SopRoute
{
public:
    SopRoute(HubStore &store, HubReference &inForce) : m_store(store), m_inForce(inForce) { }

    // `appended`: set when an event went into the log (not a replay, not a refusal).
    HubResponse post(const HubRequest &request, const Actor &actor, const QDateTime &now, bool &appended);

private:
    HubStore &m_store;
    HubReference &m_inForce;
};

} // namespace rabeg
