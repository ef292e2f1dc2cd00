// Cache schema 10: the weekly report's milestones get a covering index (type, at, complaint_id, opd, event_at,
// cycle_start, cycle_opd), so the week's events and arrivals are counted without a row look-up per entry
// (BENCHMARKS.md, P6). A cache of schema 9 migrates to it, keeps its facts, and the report's counts read it alone.
// Cache schema 15: the stalled steps at the week's end are one range of the stall spans' covering index.
#include <catch2/catch.hpp>

#include "CacheQueries.h"
#include "deadline/DeadlinePolicy.h"
#include "refdata/ReferenceLoader.h"
#include "store/LocalCache.h"
#include "store/ReportFactsQuery.h"
#include "store/ReportStalls.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QString plan(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
    q.bindValue(u":from"_s, u"2026-11-22T17:00:00.000Z"_s); // a week: Qt wants every placeholder bound
    q.bindValue(u":asOf"_s, u"2026-11-29T17:00:00.000Z"_s);
    REQUIRE(q.exec());
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps.join(u" | "_s);
}

// A copy of the schema 9 fixture, opened (so migrated) under the shipped deadline policy.
void openV9Copy(const QTemporaryDir &dir, LocalCache &cache, const QString &connection)
{
    const QString path = dir.filePath(u"cache-v9.sqlite"_s);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA "/cache/cache-v9.sqlite"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const ReferenceData reference = loadBuiltinReferenceData().value();
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference.sla, reference.calendar));
    REQUIRE_FALSE(cache.open(path, connection));
}

} // namespace

TEST_CASE("a cache of schema 9 migrates to the covering index of the report's milestones, which the week's counts "
          "read alone")
{
    QTemporaryDir dir;
    LocalCache cache;
    openV9Copy(dir, cache, u"milestones-index"_s);
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    CHECK(test::cacheIndexesOf(cache, u"report_milestones"_s)
          == QStringList {u"report_milestones_complaint"_s, u"report_milestones_week"_s});
    const qint64 milestones = test::cacheScalar(cache, u"SELECT count(*) FROM report_milestones"_s);
    CHECK(milestones > 0);
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM report_milestones INDEXED BY report_milestones_week"
                        u" WHERE type IN ('received','verified','dispatched','responded','closed','escalated')"_s)
          == milestones);

    for (const QString &sql : {ReportFactsQuery::milestoneCountsSql(), ReportFactsQuery::receivedSql()}) {
        const QString steps = plan(cache, sql);
        INFO(steps.toStdString());
        CHECK(steps.contains(u"COVERING INDEX report_milestones_week"_s)); // no row look-up
        CHECK_FALSE(steps.contains(u"SCAN report_milestones"_s));
    }
}

TEST_CASE("the stalled steps at the week's end are one range of the stall spans' covering index")
{
    QTemporaryDir dir;
    LocalCache cache;
    openV9Copy(dir, cache, u"stall-spans-plan"_s);

    for (const QString &sql : {reportStalledGroupsSql(), reportStallsUnknownSql()}) {
        const QString steps = plan(cache, sql);
        INFO(steps.toStdString());
        CHECK(steps.contains(u"SEARCH report_stalls USING COVERING INDEX report_stalls_hi (hi>?)"_s)); // one range
        CHECK_FALSE(steps.contains(u"SCAN report_stalls"_s));
    }
}
