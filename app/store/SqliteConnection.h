#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace rabeg {

// One named QSqlDatabase connection to a SQLite file, opened in the calling thread (one connection per thread),
// with the pragmas every Rabeg SQLite file uses: WAL, synchronous=NORMAL set explicitly (Debian's default for
// WAL is FULL), foreign keys on, a busy timeout. Removed from Qt's registry when destroyed.
class SqliteConnection
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    Status open(const QString &path, const QString &connectionName);
    void close();
    QSqlDatabase database() const;
    bool isOpen() const { return !m_name.isEmpty(); }

    // Runs statements one by one (no parameters), stopping at the first failure.
    Status exec(const QStringList &statements);

private:
    QString m_name;
};

Error sqlError(const QString &what, const class QSqlError &error);

// Begins a write transaction that holds SQLite's write lock from its first statement (BEGIN IMMEDIATE), waiting up
// to the busy timeout while another connection writes. Every write transaction of the cache begins so: a plain BEGIN
// reads first and asks for the lock only at its first write, and in WAL mode, when another connection (the sync,
// the report refresher, a GUI action) committed in between, SQLite refuses that write at once ("database is
// locked", SQLITE_BUSY_SNAPSHOT) without waiting. Commit and roll back through QSqlDatabase as usual.
Status beginWrite(QSqlDatabase &db, const QString &what);

} // namespace rabeg
