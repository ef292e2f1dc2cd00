#pragma once

// Small reads of a local cache that several tests make (a count, the indexes of a table), each failing the test
// case when its SQL fails. Header-only; include after <catch2/catch.hpp>.

#include "store/LocalCache.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

namespace rabeg::test {

// The first column of the first row of `sql`, as a number.
inline qint64 cacheScalar(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The names of the indexes made for `table` (not the automatic ones), in name order.
inline QStringList cacheIndexesOf(LocalCache &cache, const QString &table)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '%1'"
                                  " AND sql IS NOT NULL ORDER BY name")
                       .arg(table)));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

// A writable copy, in `dir`, of the committed cache fixture of schema `version` (tests/data/cache; RABEG_TEST_DATA
// must be defined by the test's target).
inline QString copyOfCacheFixture(const QTemporaryDir &dir, int version)
{
    const QString name = QStringLiteral("cache-v%1.sqlite").arg(version);
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA "/cache/") + name, path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}

// The steps of SQLite's plan for `sql` (EXPLAIN QUERY PLAN's detail column), joined by " | ".
inline QString cacheQueryPlan(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps.join(QStringLiteral(" | "));
}

} // namespace rabeg::test
