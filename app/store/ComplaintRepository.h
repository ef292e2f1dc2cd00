#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "demo/DemoGenerator.h"

#include <QDateTime>
#include <QList>

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

// Complaint states and histories in the local cache. All SQL about complaints lives here.
class ComplaintRepository
{
public:
    explicit ComplaintRepository(LocalCache &cache) : m_cache(cache) {}

    // Writes complaints with their events; the caller groups many into one transaction (begin/commit).
    Status begin();
    Status commit();
    Status put(const Complaint &complaint, const QList<Event> &events);

    Result<qint64> count() const;
    Result<QList<InboxRow>> page(const std::optional<InboxCursor> &after, int limit) const;
    Result<std::optional<Complaint>> find(const QUuid &id) const;
    Result<QList<Event>> history(const QUuid &id) const;

private:
    LocalCache &m_cache;
};

// Fills a cache with demo complaints (the first issue's run command; the hub replaces it later).
Status fillWithDemoData(LocalCache &cache, const ReferenceData &reference, const DemoCorpus &corpus,
                        const DemoOptions &options);

} // namespace rabeg
