// The rate buckets of SqlHubStore (HubStore.h): rows of the counters table named "<prefix>/<key>", each holding a
// time in milliseconds, raised by one atomic statement so that hub processes on PostgreSQL never lose a count.
#include "SqlHubStore.h"

#include "store/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<QList<qint64>> SqlHubStore::rateBuckets(const QStringList &names)
{
    QList<qint64> values;
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM counters WHERE name = ?"_s);
    for (const QString &name : names) {
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(u"cannot read the login counters"_s, q.lastError());
        values.append(q.next() ? q.value(0).toLongLong() : 0);
    }
    return values;
}

Result<qint64> SqlHubStore::raiseRateBucket(const QString &name, qint64 nowMs, qint64 addMs)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO counters(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = "
              u"(CASE WHEN counters.value > ? THEN counters.value ELSE ? END) + ? RETURNING value"_s);
    for (const QVariant &v : {QVariant(name), QVariant(nowMs + addMs), QVariant(nowMs), QVariant(nowMs), QVariant(addMs)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(u"cannot count a failed login"_s, q.lastError());
    return q.value(0).toLongLong();
}

Status SqlHubStore::clearRateBuckets(const QStringList &names)
{
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM counters WHERE name = ?"_s);
    for (const QString &name : names) {
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(u"cannot clear the login counters"_s, q.lastError());
    }
    return std::nullopt;
}

Status SqlHubStore::pruneRateBuckets(const QString &prefix, qint64 nowMs)
{
    // substr() rather than LIKE or a range, whose meaning depends on the database's collation and escapes.
    const QString start = prefix + u'/';
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM counters WHERE substr(name, 1, ?) = ? AND value < ?"_s);
    q.addBindValue(int(start.size()));
    q.addBindValue(start);
    q.addBindValue(nowMs);
    if (!q.exec())
        return sqlError(u"cannot prune the login counters"_s, q.lastError());
    return std::nullopt;
}

} // namespace rabeg
