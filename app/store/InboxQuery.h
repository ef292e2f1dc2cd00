#pragma once

#include "ComplaintRepository.h"
#include "InboxCriteria.h"
#include "LocalCache.h"
#include "core/Result.h"

namespace rabeg {

// One inbox line with what this workstation adds to the cached state: its commands not yet confirmed, and the
// title with the words that matched a search marked (U+0002 before, U+0003 after each match).
struct InboxListRow
{
    InboxRow row;
    QString category;
    int pending = 0;  // commands waiting to be sent
    int troubled = 0; // commands the hub answered with a conflict or a refusal
    QString markedTitle;
};

// The inbox's SQL: counts and keyset pages over the local cache for any InboxCriteria, newest (or oldest) first.
class InboxQuery
{
public:
    explicit InboxQuery(LocalCache &cache) : m_cache(cache) {}

    Result<qint64> count(const InboxCriteria &criteria) const;
    Result<QList<InboxListRow>> page(const std::optional<InboxCursor> &after, int limit,
                                     const InboxCriteria &criteria) const;

    static constexpr QChar kMarkStart = QChar(0x02);
    static constexpr QChar kMarkEnd = QChar(0x03);

private:
    LocalCache &m_cache;
};

} // namespace rabeg
