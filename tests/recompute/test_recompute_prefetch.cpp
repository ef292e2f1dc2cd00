#include <catch2/catch.hpp>

#include "CacheQueries.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"
#include "store/RecomputePrefetch.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

// The readers run beside the recompute's own connection, which a sync page holds in a write transaction: they must
// neither wait for it nor make it wait, and nothing they read reaches the cache.
TEST_CASE("the recompute's read-ahead runs beside an open write transaction and changes nothing")
{
    QTemporaryDir dir;
    const ReferenceData reference = loadBuiltinReferenceData().value();
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"recompute-prefetch"_s));
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    DemoOptions options;
    options.count = 400;
    REQUIRE_FALSE(fillWithDemoData(cache, reference, corpus.value(), options));

    const RecomputePrefetch prefetch(cache, RecomputePrefetch::When::Always);
    REQUIRE(prefetch.reading());
    const double share = RecomputePrefetch::residentShare(dir.filePath(u"cache.sqlite"_s));
    CHECK(share >= 0.0);
    CHECK(share <= 1.0);

    QStringList ids;
    {
        QSqlQuery q(cache.database());
        REQUIRE(q.exec(u"SELECT id FROM complaint_due"_s));
        while (q.next())
            ids.append(q.value(0).toString());
    }
    REQUIRE(ids.size() > 50);
    const qint64 dueSum = test::cacheScalar(cache, u"SELECT sum(coalesce(due_at, 0) + coalesce(wd_due, 0)) FROM complaint_due"_s);
    const qint64 stallSum = test::cacheScalar(cache, u"SELECT sum(stalled_at) FROM sop_progress"_s);

    QSqlDatabase db = cache.database();
    REQUIRE(db.transaction());
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"UPDATE complaint_due SET wd_due = coalesce(wd_due, 0) + 1"_s));
    }
    prefetch.sopStalledFrom(0);
    // The transaction still sees its own writes, and commits.
    CHECK(test::cacheScalar(cache, u"SELECT sum(coalesce(due_at, 0) + coalesce(wd_due, 0)) FROM complaint_due"_s) == dueSum + ids.size());
    REQUIRE(db.commit());
    CHECK(test::cacheScalar(cache, u"SELECT sum(coalesce(due_at, 0) + coalesce(wd_due, 0)) FROM complaint_due"_s) == dueSum + ids.size());
    CHECK(test::cacheScalar(cache, u"SELECT sum(stalled_at) FROM sop_progress"_s) == stallSum);
}

TEST_CASE("a cache without a file is not read ahead")
{
    LocalCache cache;
    REQUIRE_FALSE(cache.open(u":memory:"_s, u"recompute-prefetch-memory"_s));
    CHECK_FALSE(RecomputePrefetch(cache, RecomputePrefetch::When::Always).reading());
}

// The read-ahead slices some indexes by their leading column's values, found by seeks: those are every value.
TEST_CASE("the read-ahead finds every distinct value of an index's leading column by seeks")
{
    QTemporaryDir dir;
    const ReferenceData reference = loadBuiltinReferenceData().value();
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"read-ahead-distinct"_s));
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    DemoOptions options;
    options.count = 400;
    REQUIRE_FALSE(fillWithDemoData(cache, reference, corpus.value(), options));
    QStringList expected;
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT DISTINCT state FROM complaints ORDER BY state"_s));
    while (q.next())
        expected.append(q.value(0).toString());
    REQUIRE(expected.size() > 1);
    QSqlDatabase db = cache.database();
    CHECK(pageReadAhead::distinctLeading(db, u"complaints"_s, u"dashboard_open"_s, u"state"_s) == expected);
}
