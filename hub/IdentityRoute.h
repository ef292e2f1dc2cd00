#pragma once

#include "HubRequest.h"
#include "HubStore.h"

namespace rabeg {

// The reporter's identity on the hub (docs/security.md; docs/api/openapi.yaml):
//   GET  /api/v1/complaints/{id}/identity         operators, supervisors, trainers; not for an anonim reporter
//   POST /api/v1/complaints/{id}/identity/reveal  {"reason"}: supervisors and admins, for an anonim reporter only
//   POST /api/v1/complaints/{id}/identity/views   {"view_id", "at_workstation", "last_hub_time", "offline"}: a view
//        a workstation showed from its encrypted copy (docs/privacy.md), appended to the audit log as an
//        identity_viewed entry; once per view_id (a view sent again answers with the entry already written)
//   POST /api/v1/identity/held   {"complaint_ids": [...]}: of these (at most 1000), those whose identity the hub
//        still holds, so a workstation deletes its copies of the others (the retention purge); no identity is sent
//   POST /api/v1/identity/prefetch   {"complaint_ids": [...]}: of these (at most 100), the identities (with the
//        unmasked title and body) of the open complaints whose reporter is not anonim, for a workstation's vault so
//        that an allowed operator sees them offline; each one sent is an identity_prefetched audit entry (a copy
//        left the hub; not a view: the view is logged when the person opens it, offline views synced later)
// Every answer that carries an identity is written to the audit log first (who, which complaint, when; the reveal
// with its reason): when the audit log cannot be written, no identity leaves the hub. A reveal is also an event in
// the complaint's history (identity_revealed, through the normal append path), so it syncs and shows in every
// timeline. Answers carrying an identity say Cache-Control: no-store.
class IdentityRoute
{
public:
    explicit IdentityRoute(HubStore &store) : m_store(store) { }

    // `complaint` is in the caller's scope (the caller answered 404 otherwise); `body` the answer's envelope.
    HubResponse view(const Complaint &complaint, const UserRecord &user, const QDateTime &now, QJsonObject body);
    HubResponse recordView(const Complaint &complaint, const HubRequest &request, const UserRecord &user,
                           const QDateTime &now, QJsonObject body);
    HubResponse held(const HubRequest &request, const UserRecord &user, QJsonObject body);
    HubResponse prefetch(const HubRequest &request, const UserRecord &user, const QDateTime &now, QJsonObject body);
    // `appended`: set when the identity_revealed event went into the log.
    HubResponse reveal(const Complaint &complaint, const HubRequest &request, const UserRecord &user,
                       const QDateTime &now, QJsonObject body, bool &appended);

private:
    HubResponse answer(const Complaint &complaint, const UserRecord &user, const QDateTime &now, QJsonObject body,
                       const QString &action, const QJsonObject &detail);

    HubStore &m_store;
};

} // namespace rabeg
