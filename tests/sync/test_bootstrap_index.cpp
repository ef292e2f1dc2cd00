// The full-text index a bootstrap fills once at its end (store/BootstrapIndex.h): whole after a bootstrap, after
// one cut short and resumed, with the triggers a new cache has.
#include "TestClient.h"
#include "TestHub.h"
#include "store/BootstrapIndex.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList triggers(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s));
    QStringList all;
    while (q.next())
        all.append(q.value(0).toString());
    return all;
}

// The index holds every complaint, and finds for each of these words what an index rebuilt from the rows finds.
void requireWholeIndex(LocalCache &cache)
{
    const QSqlDatabase db = cache.database();
    CHECK(count(db, u"SELECT COUNT(*) FROM complaints_fts_docsize"_s)
          == count(db, u"SELECT COUNT(*) FROM complaints"_s));
    const QStringList words = {u"jalan"_s, u"air"_s, u"sampah"_s, u"lampu"_s, u"rusak"_s, u"serang"_s};
    QList<qint64> found;
    for (const QString &word : words)
        found.append(count(db, u"SELECT COUNT(*) FROM complaints_fts WHERE complaints_fts MATCH '"_s + word + u"'"_s));
    CHECK(std::accumulate(found.begin(), found.end(), qint64(0)) > 0);
    QSqlQuery rebuild(db);
    REQUIRE(rebuild.exec(u"INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')"_s));
    for (qsizetype i = 0; i < words.size(); ++i) {
        INFO(words.at(i).toStdString());
        CHECK(
            found.at(i)
            == count(db, u"SELECT COUNT(*) FROM complaints_fts WHERE complaints_fts MATCH '"_s + words.at(i) + u"'"_s));
    }
}

} // namespace

TEST_CASE("a bootstrap indexes its complaints for search once, and leaves the triggers a new cache has")
{
    TestHub hub({120, StoreKind::Demo, true});
    QTemporaryDir dir;
    QStringList freshTriggers;
    {
        LocalCache fresh;
        REQUIRE_FALSE(fresh.open(dir.filePath(u"fresh.sqlite"_s), newConnectionName()));
        freshTriggers = triggers(fresh.database());
    }
    REQUIRE(freshTriggers.size() >= 3);

    SECTION("in one go")
    {
        TestClient client(hub.url(), u"operator"_s, dir.filePath(u"cache.sqlite"_s), {50, 9, 10000});
        client.requireSync();
        CHECK(client.rows(u"complaints"_s) == 120);
        CHECK_FALSE(BootstrapIndex(client.cache()).deferred());
        CHECK(triggers(client.cache().database()) == freshTriggers);
        // A complaint changed after the bootstrap is found by its new title: the triggers index again.
        const QUuid id = hub.intake(u"operator"_s, u"Kabel listrik menjuntai di Taktakanxyz"_s);
        client.requireSync();
        CHECK(count(client.cache().database(),
                    u"SELECT COUNT(*) FROM complaints_fts WHERE complaints_fts MATCH 'taktakanxyz'"_s)
              == 1);
        CHECK(client.cached(id).has_value());
        requireWholeIndex(client.cache());
    }
    SECTION("cut short after a few pages, then resumed by another run")
    {
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            // The hub goes away after the third snapshot page: the bootstrap stops with the index deferred.
            TestClient client(hub.url(), u"operator"_s, path, {50, 9, 10000});
            int pages = 0;
            QObject::connect(&client.engine(), &SyncEngine::cacheChanged, [&] {
                if (++pages == 3)
                    hub.stop();
            });
            CHECK(client.sync().has_value());
            CHECK(client.meta(u"bootstrapped"_s) != u"1"_s);
            CHECK(client.rows(u"complaints"_s) > 0);
            CHECK(BootstrapIndex(client.cache()).deferred());
            // Meanwhile a search finds nothing rather than a part: the index is empty and consistent.
            CHECK(count(client.cache().database(), u"SELECT COUNT(*) FROM complaints_fts_docsize"_s) == 0);
        }
        hub.start();
        TestClient client(hub.url(), u"operator"_s, path, {50, 9, 10000});
        client.requireSync();
        CHECK(client.rows(u"complaints"_s) == 120);
        CHECK_FALSE(BootstrapIndex(client.cache()).deferred());
        CHECK(triggers(client.cache().database()) == freshTriggers);
        requireWholeIndex(client.cache());
    }
}
