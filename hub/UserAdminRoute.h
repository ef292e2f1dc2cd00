#pragma once

#include "HubReference.h"
#include "HubRequest.h"
#include "HubStore.h"

namespace rabeg {

// The admin's accounts (docs/admin.md, "Users"; docs/api/openapi.yaml), admins only:
//   GET  /api/v1/admin/users: every account (user name, name, role, OPD, active), never a password hash;
//   POST /api/v1/admin/users {"command_id", "action", "username", "reason", ...}: one change of an account,
//        action create (name, role, opd, password) | change (role, opd, name) | reset_password (password) |
//        deactivate | reactivate. Each change is a reference event (user_created, user_changed,
//        user_password_reset, user_deactivated, user_reactivated) with the admin, the reason and the account
//        before and after, never a password; the account's row changes in the same transaction. Idempotent per
//        command id like POST /api/v1/commands.
// A change of role or OPD raises the account's scope version: its sessions get 409 scope_changed and its
// workstation fills its cache afresh, keeping its outbox. A password reset and a deactivation end its sessions;
// a deactivated account cannot log in, and nothing it did is deleted.
class UserAdminRoute
{
public:
    // The OPD of an account is checked against the reference data in force (`reference`, refreshed here).
    UserAdminRoute(HubStore &store, HubReference &reference) : m_store(store), m_reference(reference) { }

    static bool handles(const QString &path);
    // `appended`: set when an event went into the log (not a replay, not a refusal).
    HubResponse handle(const HubRequest &request, const Actor &actor, const QDateTime &now, const QJsonObject &envelope,
                       bool &appended);

private:
    HubResponse list(const QJsonObject &envelope);
    HubResponse change(const HubRequest &request, const Actor &actor, const QDateTime &now, bool &appended);

    HubStore &m_store;
    HubReference &m_reference;
};

} // namespace rabeg
