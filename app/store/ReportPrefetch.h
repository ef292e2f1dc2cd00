#pragma once

#include "PageReadAhead.h"

#include <QDateTime>

#include <atomic>
#include <memory>

namespace rabeg {

// Reads ahead, where the system does not hold them in memory (a workstation just started, as on a Monday morning),
// the pages the weekly report's facts path is about to read one at a time (WeeklyReportMaker.cpp), on read-only
// connections of its own (PageReadAhead.h), while the report goes on: the figures' index ranges, the second
// connection's reads, and the overdue and stall spans holding asOf, sliced by bounds found by seeks, on 16 threads
// at once, so that the disk serves many reads together (one connection read a scattered page at 135 us at 1,000,000
// complaints; BENCHMARKS.md, P6).
//
// Decided in the constructor, before the report reads anything: it reads a sample of the report's pages and
// measures what the storage served of them (pageReadAhead::probeReads). Where the report's pages are in memory (a
// second report in a session, a report after a morning's inbox work) it reads nothing more, as the readers would only
// cost the cores what the report then costs again (6.8 s against 4.5 s without them, though most of the file was not
// in memory: BENCHMARKS.md, P6, sixteenth session). Else the readers start; stopped and joined in the destructor.
class ReportPrefetch
{
public:
    enum class When { NotInMemory, Always };
    enum class Decision { NoFile, InMemory, Reading };

    ReportPrefetch(LocalCache &cache, const QDateTime &from, const QDateTime &asOf, int trendWeeks,
                   When when = When::NotInMemory);

    Decision decision() const { return m_decision; }
    // Waits until the readers have read everything (the tests).
    void wait() { m_reads.wait(); }
    // How many statements the readers were given, and (once waited for) whether they ran them all without being
    // stopped.
    qsizetype slices() const { return m_slices; }
    bool finished() const { return m_finished->load(); }

private:
    Decision m_decision = Decision::NoFile;
    qsizetype m_slices = 0;
    std::shared_ptr<std::atomic<bool>> m_finished = std::make_shared<std::atomic<bool>>(false);
    BackgroundReadAhead m_reads; // last: stopped and joined before the rest goes
};

} // namespace rabeg
