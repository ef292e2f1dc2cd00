#include "SqliteConnection.h"

#include "StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Error sqlError(const QString &what, const QSqlError &error)
{
    qCWarning(lcStore) << what << error.text();
    return {u"storage_error"_s, what + u": "_s + error.text()};
}

Status beginWrite(QSqlDatabase &db, const QString &what)
{
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(what, begin.lastError());
    return std::nullopt;
}

SqliteConnection::~SqliteConnection() { close(); }

Status SqliteConnection::open(const QString &path, const QString &connectionName)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            const Error error = sqlError(u"cannot open the database file "_s + path, db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return error;
        }
    }
    m_name = connectionName;
    const Status status = exec({u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                u"PRAGMA foreign_keys=ON"_s, u"PRAGMA temp_store=MEMORY"_s});
    if (status)
        close();
    return status;
}

void SqliteConnection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QSqlDatabase SqliteConnection::database() const { return QSqlDatabase::database(m_name, false); }

Status SqliteConnection::exec(const QStringList &statements)
{
    QSqlQuery query(database());
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return sqlError(u"cannot run \""_s + sql.left(60) + u"\""_s, query.lastError());
    }
    return std::nullopt;
}

} // namespace rabeg
