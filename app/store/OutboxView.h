#pragma once

#include "LocalCache.h"
#include "SyncRepository.h"
#include "core/Result.h"

#include <QSet>
#include <QUuid>

#include <functional>
#include <optional>

namespace rabeg {

struct OutboxCounts
{
    int pending = 0;
    int conflicts = 0;
    int refused = 0;
};

// A complaint as cached with its commands in the outbox and, when asked, its history and the command ids it holds.
struct PendingReads
{
    std::optional<Complaint> cached;
    QList<OutboxEntry> entries;
    QList<Event> history;
    QSet<QUuid> confirmed;
};

// What the workstation's outbox holds, as the screens show it: the commands of one complaint in the order they
// will be sent (pending, or stopped by a conflict or a refusal), and the totals for the status bar.
class OutboxView
{
public:
    explicit OutboxView(LocalCache &cache) : m_cache(cache) {}

    Result<QList<OutboxEntry>> forComplaint(const QUuid &complaint) const;
    Result<OutboxCounts> counts() const;
    // What a pending projection reads, in one snapshot (ReadSnapshot.h): read apart, a command the sync confirms
    // in between is neither in the outbox nor over the cached state, and the complaint shows as before it.
    // `betweenReads` runs after the cached state is read (tests put a sync's commit there).
    Result<PendingReads> pendingReads(const QUuid &complaint, bool withHistory,
                                      const std::function<void()> &betweenReads = {}) const;

private:
    LocalCache &m_cache;
};

} // namespace rabeg
