#pragma once

// Checks of a workstation cache's deadline facts against the shared core's own computation over every history:
// shared by the clock-cycle and axis-shift tests.
#include "deadline/DeadlinePolicy.h"
#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

#include <QHash>

#include <optional>

namespace rabeg::recompute_test {

struct Row
{
    int cycle = 0;
    std::optional<qint64> dueMs; // running_cycles' where the cycle has a row there, else clock_cycles'
    bool stopped = false;
    bool workingDays = false;
    bool running = false; // has a running_cycles row (cache schema 12)
    std::optional<qint64> warnMs; // that row's warning instant
    qint64 startMs = 0;
};

const ReferenceData &reference();

// Each complaint's latest cycles as clock_cycles keeps them (derived with the history), with the due time and
// warning instant of its running_cycles row where it has one (what a calendar change moves, cache schema 12). A
// running_cycles row exists exactly for the cycles with a due time that have not stopped, and holds their inputs.
QHash<QString, QHash<QString, Row>> clockCycleRows(LocalCache &cache);

// Each complaint's next due time, from complaint_due (cache schema 12; no row: no running clock), whose copies of
// the complaint's columns are checked on the way.
QHash<QString, std::optional<qint64>> nextDueTimes(LocalCache &cache);

// Every complaint's clock cycles and next due time against the core's own computation over its history
// (computeDeadlines and nextDueAt under `policy`): the latest cycle of each started clock, its due time (none while
// paused), stopped or not, and a running one's warning instant; after a calendar change (`afterChange`) a stopped
// working-day cycle's stored due time is not compared: the recompute writes only the running cycles whose due time
// moved (their running_cycles row: due time and warning instant, cache schema 12), the others keep theirs as derived
// with the history (NextDueRecompute.h). Returns how many rows were compared.
int requireCacheAgreesWithCore(LocalCache &cache, const DeadlinePolicy &policy, bool afterChange = false);

} // namespace rabeg::recompute_test
