#pragma once

#include "PageReadAhead.h"

#include <QDateTime>

#include <atomic>
#include <memory>

namespace rabeg {

// Reads ahead, where the system does not hold them in memory (a workstation just started, as on a Monday morning),
// the pages the weekly report's facts path is about to read one at a time (WeeklyReportMaker.cpp), on read-only
// connections of its own (PageReadAhead.h), while the report goes on. The largest part is the complaints
// whose checklists at the week's end are folded by the core (ReportStallSources::folded): their events are scattered
// over the file, some 85,000 pages at 1,000,000 complaints, which one connection read at 135 us each (11 of the
// report's 17 s cold; BENCHMARKS.md, P6). The read-ahead finds them itself (the stall sources read on its own
// connection) and reads their events on 16 threads at once; the figures' index ranges are read beside it.
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
    // How many folded complaints they found (-1 before they know): once waited for, the report's own count.
    qsizetype foldedFound() const { return m_folded->load(); }

private:
    Decision m_decision = Decision::NoFile;
    std::shared_ptr<std::atomic<qsizetype>> m_folded = std::make_shared<std::atomic<qsizetype>>(-1);
    BackgroundReadAhead m_reads; // last: stopped and joined before the rest goes
};

} // namespace rabeg
