#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Event.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <functional>

namespace rabeg {

// What the cache says about where its figures come from (the weekly report's source line).
struct ReportCacheSource
{
    QString scope; // "role/OPD" as the sync engine recorded the login
    qint64 cursor = 0; // the hub seq pulled up to
    QDateTime syncedAt; // hub time of the last pull page (meta "synced_at"), invalid when not recorded
    QDateTime latestEvent; // the newest event the cache holds
    QString storeKind;
};

// The SQL behind the weekly report (docs/reports.md, "How it is computed"). The figures themselves are folded by
// the core (app/report) from each complaint's history, with the shared deadlines and checklists; this only finds
// the complaints a week can concern and streams their histories, lightened:
//  - the complaints that were open at some time in [from, until) or had an event there: those open now (the state
//    index) and those with an event at or after `from` (the events' time index), whose events before `until` are
//    read in one pass;
//  - of each event only the payload the fold reads, and for the received event the complaint row's tracking id,
//    arrival time and title, never the body; notes, assignments and releases are skipped (they change no figure).
class ReportQuery
{
public:
    explicit ReportQuery(LocalCache &cache) : m_cache(cache) { }

    // The indexes that make the report read only index pages (idempotent: CREATE INDEX IF NOT EXISTS). They belong
    // in the cache schema's next migration; until then the report makes them on first use.
    Status ensureIndexes();
    // For the benchmark's baseline: the same report without them.
    Status dropIndexes();
    // Reads the file without a memory map on this connection (PRAGMA mmap_size = 0), SQLite's default, which a
    // connection may have changed. A report touches some 160,000 scattered pages of a 1,000,000-complaint cache
    // once each; through the map (at most 2 GB of it: SQLite's build limit) that cost 30-65% more CPU than pread
    // into the default 2 MB page cache, and a larger page cache cost more too (BENCHMARKS.md, P6, tenth session).
    Status readWithoutMemoryMap();

    ReportCacheSource source() const;

    using Sink = std::function<void(const QList<Event> &history)>;
    // Every complaint the week [from, until) can concern, each with its history before `until` in version order.
    Status forEachActive(const QDateTime &from, const QDateTime &until, const Sink &sink) const;
    // The complaints a SELECT of complaint ids names (its :asOf bound to `until` when it has one), each with its
    // history before `until`, read as forEachActive reads (ReportFactsQuery: those the facts leave to the core).
    Status forEachOf(const QString &idsSql, const QDateTime &until, const Sink &sink) const;

    // For the stalled steps at `until` of the complaints a SELECT of ids names (those of a template unknown when
    // derived, ReportFactsQuery::unknownTemplateStalls): of each complaint only what its checklist at `until`
    // depends on, as ChecklistQuery reads it at hub time: the events of the types the checklist and its working
    // state read, before `until`, from the last dispatch before it on (the dispatch names the template; a return
    // ends it). A complaint never dispatched before `until` is left out; one dispatched before checklists were
    // recorded (no template in the dispatch) is given whole, as forEachOf gives it, since its template follows from
    // the complaint's service.
    Status forEachChecklistOf(const QString &idsSql, const QDateTime &until, const Sink &sink) const;

    // Complaints that arrived in [from, until) (received_at) and complaints with a responded event there.
    Result<int> receivedBetween(const QDateTime &from, const QDateTime &until) const;
    Result<int> respondedBetween(const QDateTime &from, const QDateTime &until) const;

private:
    Status stream(const QString &activeSql, const QVariantHash &binds, const Sink &sink) const;

    LocalCache &m_cache;
};

} // namespace rabeg
