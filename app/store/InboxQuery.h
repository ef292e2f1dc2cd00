#pragma once

#include "ComplaintRepository.h"
#include "InboxCriteria.h"
#include "LocalCache.h"
#include "core/Result.h"

#include <memory>

namespace rabeg {

class SopStallLimits;

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
    explicit InboxQuery(LocalCache &cache);
    ~InboxQuery();
    Q_DISABLE_COPY_MOVE(InboxQuery)

    Result<qint64> count(const InboxCriteria &criteria) const;
    // `expected`, when known (the count of the same criteria), chooses the plan: many matches are read in the
    // list's order and filtered (a page is near), few are found by their filter's index and sorted.
    Result<QList<InboxListRow>> page(const std::optional<InboxCursor> &after, int limit, const InboxCriteria &criteria,
                                     qint64 expected = -1) const;
    // Where a page starting at row `offset` (0-based, in the criteria's order) begins: the key of the row before it,
    // none for offset 0. A jump (the scroll bar dragged far down) costs one walk over the order's index, no rows.
    Result<std::optional<InboxCursor>> cursorBefore(qint64 offset, const InboxCriteria &criteria) const;

    // Where complaint `id` stands in the criteria's list (0-based), none when the criteria do not list it. For keeping
    // the operator's place when the list is read again (a sync changed it): one count of the rows before it.
    Result<std::optional<qint64>> rowOf(const QString &id, const InboxCriteria &criteria) const;

    static constexpr QChar kMarkStart = QChar(0x02);
    static constexpr QChar kMarkEnd = QChar(0x03);

private:
    // The stall limits at the criteria's hub time when it asks for the stalled, else none (SopStallLimits.h).
    Result<std::unique_ptr<SopStallLimits>> stallLimitsFor(const InboxCriteria &criteria) const;
    Result<qint64> listKeyOf(const InboxCursor &cursor) const; // its key in the list-ordered full-text index
    // Fills this query's temporary table with the criteria's onlyIds, unless it holds them already.
    Status holdOnlyIds(const InboxCriteria &criteria) const;
    Status markTitles(const QString &typed, const QList<qint64> &rowids, QList<InboxListRow> &rows) const;

    LocalCache &m_cache;
    const QString m_onlyTable; // temp.inbox_only_N, this query's own
    mutable std::optional<QList<QUuid>> m_heldIds;
};

} // namespace rabeg
