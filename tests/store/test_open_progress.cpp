#include <catch2/catch.hpp>

#include "store/LocalCache.h"
#include "store/OpenProgress.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// A copy of a committed fixture cache of an older schema, writable.
QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA) + u"/cache/"_s + name, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

qint64 scalar(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Each running cycle with a warning instant, as "complaint clock instant", in key order.
QStringList warningInstants(LocalCache &cache)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT complaint_id, clock, warn FROM running_cycles WHERE warn IS NOT NULL"
                   u" ORDER BY complaint_id, clock"_s));
    QStringList rows;
    while (q.next())
        rows.append(u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return rows;
}

using Step = OpenProgress::Step;

} // namespace

TEST_CASE("the share of a pass over histories is read off the id's place among random ids")
{
    CHECK(HistoryPassProgress::keyFraction(u"00000000-0000-4000-8000-000000000000"_s) == 0.0);
    CHECK(HistoryPassProgress::keyFraction(u"80000000-1111-4111-8111-111111111111"_s) == 0.5);
    CHECK(HistoryPassProgress::keyFraction(u"C0000000-aaaa"_s) == 0.75); // either case
    CHECK(HistoryPassProgress::keyFraction(u"ffffffff-ffff-4fff-bfff-ffffffffffff"_s) < 1.0);
    CHECK(HistoryPassProgress::keyFraction(u"ffffffff-ffff-4fff-bfff-ffffffffffff"_s) > 0.999999);
    // Fewer than eight leading hex digits still place the id ("4-..." lies a quarter of the way).
    CHECK(HistoryPassProgress::keyFraction(u"4-demo"_s) == 0.25);
    CHECK(HistoryPassProgress::keyFraction(u"c-12"_s) == 0.75);
    // An id that does not start with a hex digit gives no estimate, nor does an empty one.
    CHECK(HistoryPassProgress::keyFraction(u"SRG-12"_s) < 0);
    CHECK(HistoryPassProgress::keyFraction(u"٣٣"_s) < 0); // digits of another script are not hex digits
    CHECK(HistoryPassProgress::keyFraction(QString()) < 0);
}

TEST_CASE("opening a schema 14 cache says it migrates and fills the stall spans, ending at every dispatched complaint")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyFixture(dir, u"cache-v14.sqlite"_s);
    QList<OpenProgress> told;
    LocalCache cache;
    cache.setProgressSink([&told](const OpenProgress &progress) { told.append(progress); });
    REQUIRE_FALSE(cache.open(path, u"open-progress-v14"_s));
    REQUIRE(told.size() >= 3);

    CHECK(told.first().step == Step::Migrating);
    CHECK(told.first().fromVersion == 14);
    CHECK(told.first().toVersion == LocalCache::kSchemaVersion);
    CHECK(told.first().fraction == 0.0);
    // Then each step's share, and done once committed.
    qsizetype lastMigrating = 0;
    while (lastMigrating + 1 < told.size() && told.at(lastMigrating + 1).step == Step::Migrating)
        ++lastMigrating;
    CHECK(lastMigrating == LocalCache::kSchemaVersion - 14);
    CHECK(told.at(lastMigrating).fraction == 1.0);

    // Then the fill, from 0 to 1, never going back, its last report counting every complaint it derived.
    QList<OpenProgress> fill;
    for (const OpenProgress &progress : told) {
        if (progress.step == Step::FillingStallSpans)
            fill.append(progress);
    }
    REQUIRE(fill.size() >= 2);
    CHECK(fill.first().fraction == 0.0);
    CHECK(fill.last().fraction == 1.0);
    for (qsizetype i = 1; i < fill.size(); ++i) {
        CHECK(fill.at(i).fraction >= fill.at(i - 1).fraction);
        CHECK(fill.at(i).complaints >= fill.at(i - 1).complaints);
    }
    CHECK(fill.last().complaints
          == scalar(cache, u"SELECT count(DISTINCT complaint_id) FROM events WHERE type = 'dispatched'"_s));
    CHECK(told.last().step == Step::FillingStallSpans); // nothing after the last step

    // Opened again, up to date: nothing to say.
    cache.close();
    told.clear();
    LocalCache again;
    again.setProgressSink([&told](const OpenProgress &progress) { told.append(progress); });
    REQUIRE_FALSE(again.open(path, u"open-progress-v14-again"_s));
    CHECK(told.isEmpty());
}

TEST_CASE("opening a schema 10 cache says each step in the order it runs, the derivation counting every complaint")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyFixture(dir, u"cache-v10.sqlite"_s);
    QList<OpenProgress> told;
    LocalCache cache;
    cache.setProgressSink([&told](const OpenProgress &progress) { told.append(progress); });
    REQUIRE_FALSE(cache.open(path, u"open-progress-v10"_s));

    // The migration's steps one by one, each share larger than the one before, then the warning instants.
    QList<Step> steps;
    double migrated = -1;
    for (const OpenProgress &progress : told) {
        if (steps.isEmpty() || steps.last() != progress.step)
            steps.append(progress.step);
        if (progress.step == Step::Migrating) {
            CHECK(progress.fromVersion == 10);
            CHECK(progress.fraction > migrated);
            migrated = progress.fraction;
        }
    }
    REQUIRE(steps.size() >= 2);
    CHECK(steps.at(0) == Step::Migrating);
    CHECK(steps.at(1) == Step::FillingWarnings);
    CHECK(migrated == 1.0); // the last report, after the commit
    // Derived under the shipped policy already: the stall spans of schema 15 are filled last.
    REQUIRE(steps.size() == 3);
    CHECK(steps.at(2) == Step::FillingStallSpans);
    CHECK(told.last().fraction == 1.0);
}

TEST_CASE("warning instants left unfilled by an upgrade that was stopped are filled at the next open, as they were")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyFixture(dir, u"cache-v10.sqlite"_s);
    QStringList filled;
    {
        LocalCache upgraded;
        REQUIRE_FALSE(upgraded.open(path, u"open-progress-warn-first"_s));
        CHECK(upgraded.meta(u"warning_instants_unfilled"_s).isEmpty());
        filled = warningInstants(upgraded);
        REQUIRE_FALSE(filled.isEmpty());
        // As if Rabeg were killed after the migration committed and before the fill did: the mark the migration
        // leaves, the instants not there yet.
        QSqlQuery q(upgraded.database());
        REQUIRE(q.exec(u"UPDATE running_cycles SET warn = NULL"_s));
        REQUIRE(warningInstants(upgraded).isEmpty());
        REQUIRE_FALSE(upgraded.setMeta(u"warning_instants_unfilled"_s, u"1"_s));
    }
    QList<OpenProgress> told;
    LocalCache cache;
    cache.setProgressSink([&told](const OpenProgress &progress) { told.append(progress); });
    REQUIRE_FALSE(cache.open(path, u"open-progress-warn-again"_s));
    REQUIRE(told.size() == 1);
    CHECK(told.first().step == Step::FillingWarnings);
    CHECK(cache.meta(u"warning_instants_unfilled"_s).isEmpty());
    CHECK(warningInstants(cache) == filled); // every cycle's, the same instant as the first fill gave it
}

TEST_CASE("a new cache is made without telling an upgrade, and tells nothing when opened again")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"new.sqlite"_s);
    QList<OpenProgress> told;
    for (const QString &connection : {u"open-progress-new"_s, u"open-progress-new-again"_s}) {
        LocalCache cache;
        cache.setProgressSink([&told](const OpenProgress &progress) { told.append(progress); });
        REQUIRE_FALSE(cache.open(path, connection));
        CHECK(cache.meta(u"schema_version"_s) == QString::number(LocalCache::kSchemaVersion));
        CHECK(cache.meta(u"warning_instants_unfilled"_s).isEmpty());
    }
    CHECK(told.isEmpty());
}

TEST_CASE("opening a cache under a changed deadline policy says it derives every complaint again, and counts them")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyFixture(dir, u"cache-v14.sqlite"_s);
    {
        LocalCache upgraded;
        REQUIRE_FALSE(upgraded.open(path, u"open-progress-policy-first"_s));
    }
    // The shipped policy with a follow-up clock one day longer (an admin's change, learnt by sync).
    const auto shipped = DeadlinePolicy::builtin();
    REQUIRE(shipped);
    QList<SlaClock> clocks = shipped->clocks();
    REQUIRE_FALSE(clocks.isEmpty());
    clocks.first().duration += 1;
    QList<OpenProgress> told;
    LocalCache cache;
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(clocks, shipped->days()));
    cache.setProgressSink([&told](const OpenProgress &progress) { told.append(progress); });
    REQUIRE_FALSE(cache.open(path, u"open-progress-policy"_s));
    REQUIRE(told.size() >= 2);
    for (const OpenProgress &progress : told)
        CHECK(progress.step == Step::DerivingDeadlines);
    CHECK(told.first().fraction == 0.0);
    CHECK(told.last().fraction == 1.0);
    CHECK(told.last().complaints == scalar(cache, u"SELECT count(DISTINCT complaint_id) FROM events"_s));
    CHECK(told.last().complaints == 25);
}

TEST_CASE("a cache that cannot be opened fails with its reason and tells no progress after it")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"broken.sqlite"_s);
    QFile broken(path);
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(8192, 'x')); // not a database
    broken.close();
    QList<OpenProgress> told;
    LocalCache cache;
    cache.setProgressSink([&told](const OpenProgress &progress) { told.append(progress); });
    const Status status = cache.open(path, u"open-progress-broken"_s);
    REQUIRE(status);
    CHECK_FALSE(status->message.isEmpty());
    CHECK(told.isEmpty());
}
