#pragma once

#include "LocalCache.h"
#include "SyncRepository.h"
#include "core/Result.h"

#include <QUuid>

namespace rabeg {

struct OutboxCounts
{
    int pending = 0;
    int conflicts = 0;
    int refused = 0;
};

// What the workstation's outbox holds, as the screens show it: the commands of one complaint in the order they
// will be sent (pending, or stopped by a conflict or a refusal), and the totals for the status bar.
class OutboxView
{
public:
    explicit OutboxView(LocalCache &cache) : m_cache(cache) {}

    Result<QList<OutboxEntry>> forComplaint(const QUuid &complaint) const;
    Result<OutboxCounts> counts() const;

private:
    LocalCache &m_cache;
};

} // namespace rabeg
