#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>

namespace rabeg {

// What LocalCache::open is doing while it does work that grows with the cache: a migration to a newer schema, and
// the passes over every stored history that follow one (or a change of the deadline policy). At 1,000,000 complaints
// such a pass takes minutes (the stall spans of schema 15: 636 s, BENCHMARKS.md), so a window says what is going on
// instead of nothing at all (ui/CachePreparation.h). Reported from the thread that opens the cache.
struct OpenProgress
{
    enum class Step {
        Migrating, // the schema's steps, fromVersion to toVersion
        FillingWarnings, // the warning instants of schema 11 (SQL over the running cycles)
        DerivingDeadlines, // every complaint's derived facts again (deriveUnderPolicy)
        FillingStallSpans, // the report's stall spans of schema 15 (fillReportStalls)
    };
    Step step = Step::Migrating;
    int fromVersion = 0;
    int toVersion = 0;
    // How far the step is, 0 to 1, or negative where that cannot be told.
    double fraction = -1;
    // The complaints a pass over histories has done so far.
    qint64 complaints = 0;
};

using OpenProgressSink = std::function<void(const OpenProgress &)>;

// A pass over histories in complaint-id order (ComplaintRepository::forEachHistory) told to a sink, at most every
// kIntervalMs: the share done is estimated from where the current id lies in the ids' key space, which is exact on
// average for the hub's random (version 4) UUIDs and needs no count of its own (one would cost a pass over the
// events at 1,000,000 complaints). An id that does not start with hex digits gives no estimate (-1).
class HistoryPassProgress
{
public:
    static constexpr qint64 kIntervalMs = 200;

    HistoryPassProgress(const OpenProgressSink &sink, OpenProgress::Step step);

    // The pass has reached `complaintId`.
    void at(const QString &complaintId);
    // The pass is over (told at once).
    void finish();

    // Where `id` lies in the space of ids, 0 to 1, from its first eight hex digits; -1 when it does not start
    // with at least one.
    static double keyFraction(const QString &id);

private:
    void tell(double fraction);

    const OpenProgressSink m_sink;
    OpenProgress m_progress;
    QElapsedTimer m_sinceTold;
};

} // namespace rabeg
