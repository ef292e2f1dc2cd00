#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>

struct pg_conn;
struct pg_result;

namespace rabeg {

// A statement run through libpq on a QSqlDatabase's own PostgreSQL connection (QSqlDriver::handle(); Debian's QPSQL
// plugin uses the system libpq the hub links), its rows asked for in binary and held whole in one result. For the
// pull page, the hub's hottest read: each item's bytes are read in place and copied once into the answer, where
// QPSQL made a QString of every item (UTF-8 to UTF-16) and QVariant::toByteArray turned it back (BENCHMARKS.md,
// P7). Same connection, so the same session and transaction state as the store's other queries. Cleared when
// destroyed.
class PostgresResult final
{
public:
    // The connection of `db` when it is an open PostgreSQL one, else nullptr.
    static pg_conn *handleOf(const QSqlDatabase &db);

    // Runs `sql` (no parameters: the caller writes only integers into it) and waits for all of its rows; `what` names
    // the read in an error ("cannot read events"). As when QPSQL itself runs a statement, what the connection still
    // holds of an earlier result is discarded first (libpq's rule): the end of a forward-only QSqlQuery read to its
    // last row (QPSQL leaves it there), or the unread rest of one read part-way, which would then end early. So no
    // QSqlQuery on the connection may be part-way through its rows when this runs.
    PostgresResult(pg_conn *connection, const char *sql, const QString &what);
    ~PostgresResult();
    Q_DISABLE_COPY_MOVE(PostgresResult)

    // An error when the statement failed (its message from the server, or "not an open PostgreSQL connection").
    Status status() const { return m_error; }
    int rows() const;
    // Whether a column of the result is BIGINT (int8), the only integer type bigint() reads.
    bool isBigint(int column) const;
    // Columns from 0. The view is valid while the result lives.
    bool isNull(int row, int column) const;
    qint64 bigint(int row, int column) const;
    QByteArrayView bytes(int row, int column) const;

private:
    pg_result *m_result = nullptr;
    Status m_error;
};

} // namespace rabeg
