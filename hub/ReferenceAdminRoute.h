#pragma once

#include "HubRequest.h"
#include "HubStore.h"
#include "refdata/ReferenceData.h"

namespace rabeg {

// OPDs, external agencies and the routing table as versioned reference data (docs/reference-admin.md;
// docs/api/openapi.yaml), admins only (403 for everyone else):
//   GET  /api/v1/admin/opds, /api/v1/admin/agencies: every one, active or not, as folded from the log;
//   POST the same {"command_id", "action": add|rename|deactivate, "code", "name", "reason"}: an opd_* or agency_*
//        reference event (never a deletion: complaints name them);
//   GET  /api/v1/admin/routing-table: the version in force, who published it and why, and its rules;
//   POST it {"command_id", "version", "reason", "rules": [{"service", "kecamatan", "route"}]}: the whole next
//        version, validated against the OPDs and agencies in force (routing_table_published).
//   GET  /api/v1/admin/categories, /api/v1/admin/services: the tree as in force;
//   POST the same {"command_id", "action": add|rename|move|deactivate, "id"|"code", "name", "parent"|"category",
//        "reason"}: category_* or service_* (CategoryTree.h).
// Decided under the append lock by ReferenceVersions over the reference stream, idempotent per command id like
// POST /api/v1/commands; a refusal is a sentence that names the field.
class ReferenceAdminRoute
{
public:
    ReferenceAdminRoute(HubStore &store, const ReferenceData &reference) : m_store(store), m_reference(reference) { }

    static bool handles(const QString &path);
    // `appended`: set when an event went into the log (not a replay, not a refusal).
    HubResponse handle(const HubRequest &request, const Actor &actor, const QDateTime &now, const QJsonObject &envelope,
                       bool &appended);

private:
    HubResponse post(const HubRequest &request, const Actor &actor, const QDateTime &now, bool &appended);

    HubStore &m_store;
    const ReferenceData &m_reference;
};

} // namespace rabeg
