#pragma once

#include "HubRequest.h"
#include "HubStore.h"

namespace rabeg {

// GET /api/v1/admin/reference-events (admins only; docs/admin.md, "Audit of administration"): every event of the
// reference stream as the log holds it - SLA policy and calendar versions, SOP templates, reference data and
// account changes, whatever their type - oldest first, each with its type, version, who (user and role), when,
// from which workstation and its payload (which holds the stated reason). The client words each one.
class AdminAuditRoute
{
public:
    explicit AdminAuditRoute(HubStore &store) : m_store(store) { }

    static bool handles(const QString &path);
    HubResponse handle(const HubRequest &request, const Actor &actor, const QJsonObject &envelope);

private:
    HubStore &m_store;
};

} // namespace rabeg
