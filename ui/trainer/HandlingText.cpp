#include "HandlingText.h"

#include "domain/Reasons.h"

using namespace Qt::StringLiterals;

namespace rabeg {

QString HandlingText::of(const Handling &h, const QString &words)
{
    const QString route = h.routeName.isEmpty() ? h.route : h.routeName;
    if (h.decision == u"dispatch"_s)
        return tr("Dispatch to %1").arg(route);
    if (h.decision == u"not_our_authority"_s)
        return tr("Not our authority → %1").arg(route);
    if (h.decision == u"duplicate"_s)
        return h.originalTitle.isEmpty() ? tr("Duplicate of a complaint outside the scenario")
                                         : tr("Duplicate of “%1”").arg(h.originalTitle);
    if (h.decision == u"reject"_s)
        return h.reason.isEmpty() ? tr("Reject, for any reason")
                                  : tr("Reject: %1").arg(reasonLabel(ReasonList::Reject, h.reason));
    if (h.decision == u"defer"_s)
        return h.reason.isEmpty() ? tr("Defer, for any reason")
                                  : tr("Defer: %1").arg(reasonLabel(ReasonList::Defer, h.reason));
    return words;
}

} // namespace rabeg
