#pragma once

#include "LocalCache.h"
#include "PageReadAhead.h"

#include <QStringList>

namespace rabeg {

// Brings into the operating system's file cache, before the recompute after a calendar change (NextDueRecompute.h)
// reads them one at a time, the pages it is about to read. On a cache file the system does not hold in memory (a
// workstation's first calendar change since it started; a 12 GB cache on a machine whose memory other files
// share), each page the recompute's one connection reads is a wait for the disk of about 0.5 ms, and at 1,000,000
// complaints the recompute reads tens of thousands of scattered pages (BENCHMARKS.md, "Deadline recompute after a
// calendar change", eighth session). Here several read-only connections of its own, each on a thread, read slices
// of the same ranges at once, so that the disk serves many reads together.
//
// They read the cache's last committed state, not the caller's transaction (a sync page recomputes inside its
// own), and only warm pages: nothing they read is used, so a page they miss or read in an older version is read
// by the recompute as before. A cache without a file (in memory) is left alone.
//
// On a file the system already holds (nearly) whole, the reads would only cost the cores what the recompute then
// costs again (0.66 s more at 200,000 complaints, BENCHMARKS.md): they run only while less than
// pageReadAhead::kResidentEnough of the file's pages are in memory (mincore, where the system tells; always
// elsewhere). The readers themselves are PageReadAhead.h's.
class RecomputePrefetch
{
public:
    enum class When { NotResident, Always };

    explicit RecomputePrefetch(LocalCache &cache, When when = When::NotResident);

    // Whether the reads below run (the cache has a file, and it is not held in memory enough).
    bool reading() const { return !m_path.isEmpty(); }
    // The share of the file's pages the system holds in memory, 0 where it cannot tell.
    static double residentShare(const QString &path);

    // The SOP stall instants' covering index from `fromMs` on, about to be read, and sop_progress with its other
    // indexes holding stalled_at whole, about to be written where an instant moved (SopProgressRecompute.h).
    void sopStalledFrom(qint64 fromMs) const;

private:
    QString m_path;
};

} // namespace rabeg
