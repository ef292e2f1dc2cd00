#pragma once
// Demo data for the SOP screens, their tests, the stall-board benchmark and the screenshots: demo complaints (the
// real lifecycle made them) and, on those an OPD is working, SOP ticks made through the real lifecycle too, so
// that complaints are stuck at every position of their checklists, some ticked from a phone report, some reopened.

#include "core/Result.h"
#include "demo/DemoGenerator.h"
#include "store/LocalCache.h"

#include <functional>

namespace rabeg::sopdemo {

// Writes `options.count` demo complaints with their SOP ticks (demo/DemoSopTicks.h) into the cache through
// ComplaintRepository, 10,000 per transaction (as a sync would store them). `progress` is called every 100,000 complaints when given.
Status fillCache(LocalCache &cache, const ReferenceData &reference, const DemoOptions &options,
                 const std::function<void(qint64)> &progress = {});

} // namespace rabeg::sopdemo
