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

// The ticks of one demo run (`options`: its seed, and its end as the hub time), drawn from a random sequence of
// their own so that the complaints stay those of the same run without ticks.
class DemoSopTicks
{
public:
    DemoSopTicks(const ReferenceData &reference, const DemoOptions &options);

    // Appends the ticks to `demo` (its events and its state), at office-like times after its last event and before
    // the hub time. A complaint that is neither dispatched nor in progress, or has no checklist, is left as it is.
    Status add(DemoComplaint &demo);

private:
    const ReferenceData &m_reference;
    QDateTime m_hubTime;
    Prng m_prng;
};

} // namespace rabeg
