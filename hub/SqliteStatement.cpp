#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace rabeg {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != u"QSQLITE"_s)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (!m_db) {
        m_error = Error{u"storage_error"_s, u"not an open SQLite connection"_s};
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_error = error(u"cannot prepare a read"_s);
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_statement); }

Error SqliteStatement::error(const QString &what) const
{
    return Error{u"storage_error"_s, what + u": "_s + QString::fromUtf8(sqlite3_errmsg(m_db))};
}

void SqliteStatement::bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }

void SqliteStatement::bind(int index, QByteArrayView text)
{
    sqlite3_bind_text64(m_statement, index, text.data(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

Result<bool> SqliteStatement::step()
{
    if (m_error)
        return *m_error;
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return error(u"cannot read"_s);
    }
}

qint64 SqliteStatement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

QByteArrayView SqliteStatement::bytes(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArrayView(static_cast<const char *>(data), size) : QByteArrayView();
}

} // namespace rabeg
