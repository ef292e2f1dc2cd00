#include "AccountRules.h"

using namespace Qt::StringLiterals;

namespace rabeg {

std::variant<Role, AccountProblem> checkAccountScope(const QString &roleCode, const QString &opd,
                                                     const ReferenceLookup &reference)
{
    const auto role = fromCode<Role>(roleCode);
    if (!role || *role == Role::System)
        return AccountProblem {u"unknown_role"_s,
                               u"There is no role \"%1\": choose operator, supervisor, liaison, trainer or admin."_s
                                   .arg(roleCode)};
    if (*role == Role::Liaison && opd.isEmpty())
        return AccountProblem {u"liaison_needs_opd"_s,
                               u"A liaison needs an OPD: choose the OPD whose complaints they follow up."_s};
    if (*role != Role::Liaison && !opd.isEmpty())
        return AccountProblem {u"opd_only_for_liaison"_s,
                               u"Only a liaison has an OPD: leave the OPD empty for the role %1."_s.arg(roleCode)};
    if (!opd.isEmpty() && !reference.hasOpd(opd))
        return AccountProblem {u"unknown_opd"_s,
                               u"There is no OPD with the code \"%1\": choose one from the OPD list."_s.arg(opd)};
    return *role;
}

std::optional<AccountProblem> checkNewOpd(const QString &opd, const ReferenceActivity &reference)
{
    if (opd.isEmpty() || reference.isActiveOpd(opd))
        return std::nullopt;
    return AccountProblem {u"inactive_opd"_s, u"The OPD %1 was deactivated by an administrator: an account can no "
                                              u"longer be given it. Choose an active OPD."_s.arg(opd)};
}

} // namespace rabeg
