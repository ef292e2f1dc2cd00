#pragma once

#include "ComplaintRepository.h"
#include "core/Result.h"

#include <QSqlDatabase>

namespace rabeg {

// Places in the whole inbox (every complaint, no filter, newest or oldest first by (received_at, id)) found through
// cache schema 13's complaints per day of their list key (ListKeySchema.h) instead of counting off the list's
// index entry by entry: the day counts are summed up to the day that holds the place, that day's keys are counted
// off, and complaints received in the same millisecond (whose keys and ids may order them differently) are put in
// the ids' order. Half a million places away is a hundred day counts and a few thousand index entries.
//
// Declines (nothing known) while list_key_overflow holds a complaint (a key out of the list's order), or when the
// counts and the index disagree; the caller then counts off the list's own index.
class InboxPositions
{
public:
    explicit InboxPositions(const QSqlDatabase &db) : m_db(db) {}

    struct Row
    {
        bool known = false;                // false: declined, ask the list's index
        std::optional<InboxCursor> cursor; // the row at the place; none past the end
    };
    // The complaint at `position` (0-based).
    Result<Row> rowAt(qint64 position, bool oldestFirst) const;
    // How many complaints come before the one with these columns; none when declined.
    Result<std::optional<qint64>> rowsBefore(const QString &receivedAt, const QString &id, qint64 listKey,
                                             bool oldestFirst) const;

private:
    Result<bool> inListOrder() const;

    QSqlDatabase m_db;
};

} // namespace rabeg
