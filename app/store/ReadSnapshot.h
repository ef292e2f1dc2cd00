#pragma once

#include <QSqlDatabase>

namespace rabeg {

// One snapshot of the cache for several statements on one connection. Each statement outside a transaction reads
// the file as it is when it starts, so a sync committing between two of them shows a reader half of the old state
// and half of the new: a complaint as cached before a command was confirmed, and an outbox after it left. A
// savepoint begins a read transaction (or nests in the caller's), released when the object goes: declare it before
// the queries it covers. It takes no write lock; a writer on another connection goes on meanwhile (WAL).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace rabeg
