#include "PolicyReference.h"

namespace rabeg {

ReferenceData referenceUnderPolicy(const ReferenceData &reference, const DeadlinePolicy &policy)
{
    ReferenceData under = reference;
    under.sla = policy.clocks();
    under.calendar = policy.days();
    return under; // the lookups index codes, not clocks or days: nothing to index again
}

} // namespace rabeg
