#pragma once

#include "WeeklyReport.h"
#include "core/Result.h"
#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

#include <functional>

namespace rabeg {

struct WeeklyReportRequest
{
    IsoWeek week;
    QDateTime now; // hub time: a week not over yet is judged at this instant
    int trendWeeks = 12; // the trend's length, the report's week included
    int stalledShown = 10;
    bool makeIndexes = true; // false only for the benchmark's baseline (the same report without them)
    // Read the report's facts (cache schema 6) when the cache has them under the reference data's deadline policy;
    // false folds every history the week concerns with the core (the benchmark's baseline, the tests' reference).
    bool useFacts = true;
    // On the facts path, read ahead on threads of their own what the report is about to read, where those pages are
    // not in memory (ReportPrefetch.h); false only for the benchmark's comparison in the same run.
    bool readAhead = true;
    // Called as each step of the report ends, with the step's name (the benchmark times them: BENCHMARKS.md, P6).
    std::function<void(const char *step)> stepDone;
};

// The weekly report's data from a local cache (issue 9, docs/reports.md). Blocking: the GUI runs it on a thread of
// its own with its own connection, the headless `rabeg report weekly` in main(). A liaison's cache (scope
// "liaison/OPD") yields a report of that OPD only.
Result<WeeklyReport> makeWeeklyReport(LocalCache &cache, const ReferenceData &reference,
                                      const WeeklyReportRequest &request);

} // namespace rabeg
