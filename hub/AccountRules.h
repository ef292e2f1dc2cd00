#pragma once

#include "domain/Enums.h"
#include "domain/ReferenceActivity.h"
#include "domain/ReferenceLookup.h"

#include <QString>

#include <optional>
#include <variant>

namespace rabeg {

// What an account's role and OPD must be, for `rabeg-hub user add` and the admin route alike
// (docs/admin.md, "Users"): a known role other than the hub's own, an OPD for a liaison and none for anyone else,
// and an OPD the reference data knows.
struct AccountProblem
{
    QString code; // unknown_role, liaison_needs_opd, opd_only_for_liaison, unknown_opd, inactive_opd
    QString message;
};

// The role `roleCode` names, or the sentence that refuses the pair.
std::variant<Role, AccountProblem> checkAccountScope(const QString &roleCode, const QString &opd,
                                                     const ReferenceLookup &reference);

// An account newly given `opd` (made for it, or moved to it): the OPD must still take work, not be deactivated by
// an admin. An account that stays with a deactivated OPD keeps it (its name may still change).
std::optional<AccountProblem> checkNewOpd(const QString &opd, const ReferenceActivity &reference);

} // namespace rabeg
