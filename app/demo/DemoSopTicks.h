#pragma once
// SOP progress for demo complaints: on a complaint its OPD is working, a few checklist steps ticked in order through
// the real lifecycle (now and then from a phone report in the command center, now and then reopened), so that a demo
// store's stall board and SOP columns show complaints stuck at every position of their checklists, as a city's do.
// Used by the hub's demo stores, the client's offline demo, the SOP tests and the benchmarks' caches.

#include "Prng.h"
#include "core/Result.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceData.h"

#include <QDateTime>

namespace rabeg {

// Appends the ticks to `demo` (its events and its state), at office-like times after its last event and before
// `hubTime`. A complaint that is neither dispatched nor in progress, or has no checklist, is left as it is.
Status addDemoSopTicks(DemoComplaint &demo, const ReferenceData &reference, const QDateTime &hubTime, Prng &prng);

// The seed of the ticks' own random sequence for a demo run of `seed`, so that the complaints stay those of the
// run without ticks.
std::uint64_t demoSopTickSeed(std::uint64_t seed);

} // namespace rabeg
