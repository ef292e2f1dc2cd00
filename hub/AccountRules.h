#pragma once

#include "domain/Enums.h"
#include "domain/ReferenceLookup.h"

#include <QString>

#include <variant>

namespace rabeg {

// What an account's role and OPD must be, for `rabeg-hub user add` and the admin route alike
// (docs/admin.md, "Users"): a known role other than the hub's own, an OPD for a liaison and none for anyone else,
// and an OPD the reference data knows.
struct AccountProblem
{
    QString code; // unknown_role, liaison_needs_opd, opd_only_for_liaison, unknown_opd
    QString message;
};

// The role `roleCode` names, or the sentence that refuses the pair.
std::variant<Role, AccountProblem> checkAccountScope(const QString &roleCode, const QString &opd,
                                                     const ReferenceLookup &reference);

} // namespace rabeg
