#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace rabeg {

// A statement run through SQLite's C API on a QSqlDatabase's own connection (QSqlDriver::handle(); Debian's QSQLITE
// plugin uses the system libsqlite3 the hub links). For the pull page, the hub's hottest read: its rows' bytes are
// read in place (sqlite3_column_blob) and copied once into the answer, where QSqlQuery made a QVariant and a
// QByteArray of every column of every row (BENCHMARKS.md, P7). Same connection, so the same transaction state and
// pragmas as the store's other queries. Finalized when destroyed.
class SqliteStatement final
{
public:
    // The connection of `db` when it is an open SQLite one, else nullptr.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    Status prepared() const { return m_error; }
    // Parameters from 1, as sqlite3_bind_*; the text is copied.
    void bind(int index, qint64 value);
    void bind(int index, QByteArrayView text);
    // The next row: true, false after the last; an error when SQLite reports one.
    Result<bool> step();
    // Columns from 0 of the current row; the view is valid until the next step().
    qint64 integer(int column) const;
    QByteArrayView bytes(int column) const;

private:
    Error error(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Status m_error;
};

} // namespace rabeg
