#pragma once

#include "DeadlinePolicy.h"
#include "refdata/ReferenceData.h"

namespace rabeg {

// `reference` with its SLA clocks and calendar days replaced by `policy`'s: for code that takes its clocks and
// calendar from the reference data (the weekly report) when it must compute under the versions a cache adopted
// (LocalCache::deadlinePolicy(), PublishedPolicy.h) rather than the shipped ones.
ReferenceData referenceUnderPolicy(const ReferenceData &reference, const DeadlinePolicy &policy);

} // namespace rabeg
