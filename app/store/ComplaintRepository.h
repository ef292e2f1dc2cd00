#pragma once

#include "DerivedFacts.h"
#include "LocalCache.h"
#include "core/Result.h"
#include "demo/DemoGenerator.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace rabeg {

// One line of the inbox, as the list shows it (not the whole complaint).
struct InboxRow
{
    QString id;
    QString trackingId;
    QDateTime receivedAt;
    QString title;
    QString service;
    QString kecamatan;
    ComplaintState state = ComplaintState::Received;
    QString opd;
    bool escalated = false;
    bool anonim = false;
    bool rahasia = false;
};

// Where the next page starts: the last row of the previous page (keyset paging, newest first).
struct InboxCursor
{
    QString receivedAt;
    QString id;
};

// Which complaints the inbox lists (filters applied in SQL, never in a proxy model).
struct InboxFilter
{
    bool escalatedOnly = false;

    bool operator==(const InboxFilter &) const = default;
};

// Complaint states and histories in the local cache. All SQL about complaints lives here.
class ComplaintRepository
{
public:
    explicit ComplaintRepository(LocalCache &cache) : m_cache(cache) {}
    ~ComplaintRepository();

    // Writes complaints with their events; the caller groups many into one transaction (begin/commit).
    Status begin();
    Status commit();
    // The upsert is prepared once per repository, not per complaint: SQLite compiles the full-text index's
    // triggers into it, which cost more than running it (BENCHMARKS.md, P1). Keep one repository for a batch.
    // Non-empty `events` are the complaint's whole history: its next due time is derived from them (NextDue.h).
    // With no events the stored next due time is left as it is (the sync derives it from the cached history).
    Status put(const Complaint &complaint, const QList<Event> &events);
    // Derives the next due time and the derived facts (DerivedFacts.h) of each of `ids` again from the history
    // cached for it.
    Status deriveNextDue(const QStringList &ids);
    // Derives every complaint's next due time and derived facts from its cached history (a migration, a changed
    // policy), telling `progress` (LocalCache::open's window, OpenProgress.h) where it is.
    Status deriveAllNextDue(HistoryPassProgress *progress = nullptr);

    Result<qint64> count(const InboxFilter &filter = {}) const;
    Result<QList<InboxRow>> page(const std::optional<InboxCursor> &after, int limit,
                                 const InboxFilter &filter = {}) const;
    // The histories of the complaints a SELECT of ids names (every complaint when empty), one at a time in id order,
    // read in one pass over the events' primary key; stops at the sink's first error.
    using HistorySink = std::function<Status(const QString &id, const QList<Event> &history)>;
    Status forEachHistory(const QString &idsSql, const HistorySink &sink) const;
    // The histories of several complaints at once (one query), by complaint id.
    Result<QHash<QString, QList<Event>>> histories(const QStringList &ids) const;
    Result<std::optional<Complaint>> find(const QUuid &id) const;
    Result<QList<Event>> history(const QUuid &id) const;

    // The next due time and every derived fact of one complaint from its whole history (the sync's items that
    // carry it).
    Status storeDerived(const QString &id, const QList<Event> &history);

private:
    LocalCache &m_cache;
    std::unique_ptr<QSqlQuery> m_upsert;
    std::unique_ptr<QSqlQuery> m_insertEvent;
    std::vector<std::unique_ptr<DerivedFactWriter>> m_factWriters; // made on first use
    bool m_factWritersMade = false;
};

// What a caller may add to a demo fill: a change to each generated complaint before it is written (e.g. SOP ticks
// played through the lifecycle, tests/sopui/SopDemoCache.h), and progress every 100,000 complaints.
struct DemoFillHooks
{
    std::function<Status(DemoComplaint &)> amend;
    std::function<void(qint64 written)> progress;
};

// Fills a cache with demo complaints through ComplaintRepository, 10,000 per transaction, as a sync stores them,
// with a large page cache for the fill's length (BulkPageCache.h): the run command's offline demo, the tests' and
// benchmarks' caches.
Status fillWithDemoData(LocalCache &cache, const ReferenceData &reference, const DemoCorpus &corpus,
                        const DemoOptions &options, const DemoFillHooks &hooks = {});

} // namespace rabeg
