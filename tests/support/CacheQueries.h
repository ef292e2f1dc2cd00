#pragma once

// Small reads of a local cache that several tests make (a count, the indexes of a table), each failing the test
// case when its SQL fails. Header-only; include after <catch2/catch.hpp>.

#include "store/LocalCache.h"

#include <QSqlQuery>
#include <QStringList>

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

} // namespace rabeg::test
