#include "PostgresResult.h"

#include <QSqlDriver>
#include <QVariant>
#include <QtEndian>

#include <libpq-fe.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace rabeg {

pg_conn *PostgresResult::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != u"QPSQL"_s)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QPSQL registers PGconn* under the name of the struct it stands for.
    if (!handle.isValid() || std::strcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

PostgresResult::PostgresResult(pg_conn *connection, const char *sql, const QString &what)
{
    if (!connection) {
        m_error = Error{u"storage_error"_s, what + u": not an open PostgreSQL connection"_s};
        return;
    }
    m_result = PQexecParams(connection, sql, 0, nullptr, nullptr, nullptr, nullptr, 1 /* rows in binary */);
    if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
        const char *message = m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(connection);
        m_error = Error{u"storage_error"_s, what + u": "_s + QString::fromUtf8(message).trimmed()};
    }
}

PostgresResult::~PostgresResult() { PQclear(m_result); }

int PostgresResult::rows() const { return m_error ? 0 : PQntuples(m_result); }

bool PostgresResult::isBigint(int column) const
{
    constexpr Oid kInt8 = 20; // pg_type.h's INT8OID
    return !m_error && PQftype(m_result, column) == kInt8;
}

bool PostgresResult::isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }

qint64 PostgresResult::bigint(int row, int column) const
{
    if (PQgetlength(m_result, row, column) != int(sizeof(qint64)))
        return 0;
    return qFromBigEndian<qint64>(PQgetvalue(m_result, row, column));
}

QByteArrayView PostgresResult::bytes(int row, int column) const
{
    return {PQgetvalue(m_result, row, column), qsizetype(PQgetlength(m_result, row, column))};
}

} // namespace rabeg
