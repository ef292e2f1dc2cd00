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
// Started in the constructor; stopped and joined in the destructor. It first reads a sample of the report's pages
// and measures what the storage served of them (pageReadAhead::probeReads): where the report's pages are in memory
// (a second report in a session, a report after a morning's inbox work) it reads nothing more, as the readers would
// only cost the cores what the report then costs again (6.8 s against 4.5 s without them, though most of the file was
// not in memory: BENCHMARKS.md, P6, sixteenth session).
class ReportPrefetch
{
public:
    enum class When { NotInMemory, Always };
    enum class Decision { Deciding, InMemory, Reading };

    ReportPrefetch(LocalCache &cache, const QDateTime &from, const QDateTime &asOf, int trendWeeks,
                   When when = When::NotInMemory);

    // Whether its thread was started (the cache has a file).
    bool started() const { return m_reads.running(); }
    // Waits until it has read everything, or found nothing to read (the tests).
    void wait() { m_reads.wait(); }
    // What it decided: Deciding until the sample is read (and where it was not started).
    Decision decision() const { return m_decided->load(); }
    // How many folded complaints it found (-1 before it knows): once waited for, the report's own count.
    qsizetype foldedFound() const { return m_folded->load(); }

private:
    std::shared_ptr<std::atomic<qsizetype>> m_folded = std::make_shared<std::atomic<qsizetype>>(-1);
    std::shared_ptr<std::atomic<Decision>> m_decided = std::make_shared<std::atomic<Decision>>(Decision::Deciding);
    BackgroundReadAhead m_reads; // last: stopped and joined before the rest goes
};

} // namespace rabeg
