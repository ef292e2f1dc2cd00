// Caches made by earlier releases open in this one: migrated in place, nothing lost, and usable for sync.
#include "TestClient.h"
#include "TestHub.h"
#include "store/ComplaintRepository.h"
#include "store/SopProgress.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QString fixturePath(int version)
{
    return QStringLiteral(RABEG_TEST_DATA) + u"/cache/cache-v%1.sqlite"_s.arg(version);
}

// A writable copy of the committed fixture of `version`.
QString copyOfFixture(const QTemporaryDir &dir, int version)
{
    const QString copy = dir.filePath(u"cache-v%1.sqlite"_s.arg(version));
    REQUIRE(QFile::copy(fixturePath(version), copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    return copy;
}

// Each complaint's key in the full-text index (its list-order key since schema 4) and its title.
QList<std::pair<qint64, QString>> titles(LocalCache &cache)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT list_key, title FROM complaints ORDER BY rowid"_s));
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

QList<qint64> search(LocalCache &cache, const QString &query)
{
    QSqlQuery q(cache.database());
    q.prepare(u"SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?"_s);
    q.addBindValue(query);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    QList<qint64> rows;
    while (q.next())
        rows.append(q.value(0).toLongLong());
    return rows;
}

} // namespace

TEST_CASE("a cache of schema 1 migrates to the current schema, keeps its 25 complaints and can search them")
{
    QTemporaryDir dir;
    const QString path = copyOfFixture(dir, 1);
    LocalCache cache;
    const Status opened = cache.open(path, newConnectionName());
    INFO((opened ? opened->message.toStdString() : std::string()));
    REQUIRE_FALSE(opened);
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    CHECK(ComplaintRepository(cache).count().value_or(-1) == 25);

    // A word of one of the titles (the longest, so that it is not a stop word of everyday speech).
    const auto rows = titles(cache);
    REQUIRE(rows.size() == 25);
    const auto &[rowid, title] = rows.first();
    QStringList words = title.split(QRegularExpression(u"[^\\p{L}]+"_s), Qt::SkipEmptyParts);
    REQUIRE_FALSE(words.isEmpty());
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    CAPTURE(title, words.first());
    CHECK(search(cache, words.first()).contains(rowid));
    CHECK(search(cache, u"zzzkatayangtidakada"_s).isEmpty());

    // The index stays in step with the table once the sync writes into it.
    QSqlQuery q(cache.database());
    CHECK(q.exec(u"INSERT INTO complaints_fts(complaints_fts) VALUES ('integrity-check')"_s));
    CHECK(q.exec(u"UPDATE complaints SET title = 'Trotoar ambrol' WHERE list_key = "_s + QString::number(rowid)));
    CHECK(search(cache, u"ambrol"_s) == QList<qint64>{rowid});
    CHECK(q.exec(u"INSERT INTO complaints_fts(complaints_fts) VALUES ('integrity-check')"_s));
    cache.close();

    SECTION("and opening it again changes nothing")
    {
        LocalCache again;
        REQUIRE_FALSE(again.open(path, newConnectionName()));
        CHECK(again.schemaVersion() == LocalCache::kSchemaVersion);
        CHECK(ComplaintRepository(again).count().value_or(-1) == 25);
    }
}

TEST_CASE("every earlier cache schema has a committed fixture that migrates, so the version cannot rise without one")
{
    QTemporaryDir dir;
    for (int version = 1; version < LocalCache::kSchemaVersion; ++version) {
        CAPTURE(version);
        REQUIRE(QFile::exists(fixturePath(version)));
        LocalCache cache;
        REQUIRE_FALSE(cache.open(copyOfFixture(dir, version), newConnectionName()));
        CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
        CHECK(ComplaintRepository(cache).count().value_or(0) > 0);
    }
    // And no fixture claims a version this release does not know.
    const QStringList fixtures =
        QDir(QStringLiteral(RABEG_TEST_DATA) + u"/cache"_s).entryList({u"cache-v*.sqlite"_s}, QDir::Files);
    CHECK(fixtures.size() == LocalCache::kSchemaVersion - 1);
}

TEST_CASE("a cache of schema 6 migrates with each SOP progress row's received_at taken from its complaint, and "
          "kept when the complaint's changes")
{
    QTemporaryDir dir;
    const QString path = copyOfFixture(dir, 6);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, newConnectionName()));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    QSqlQuery q(cache.database());
    const auto number = [&q](const QString &sql) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 rows = number(u"SELECT count(*) FROM sop_progress"_s);
    CHECK(rows > 0); // the fixture has complaints an OPD is working
    CHECK(number(u"SELECT count(*) FROM sop_progress p JOIN complaints c ON c.id = p.complaint_id"
                 u" WHERE p.received_at = c.received_at"_s)
          == rows);

    // A complaint's received_at corrected (a sync rewrites its row): its progress row follows.
    REQUIRE(q.exec(u"SELECT complaint_id FROM sop_progress LIMIT 1"_s));
    REQUIRE(q.next());
    const QString id = q.value(0).toString();
    q.prepare(u"UPDATE complaints SET received_at = '2026-01-02T03:04:05.678Z' WHERE id = ?"_s);
    q.addBindValue(id);
    REQUIRE(q.exec());
    CHECK(number(u"SELECT count(*) FROM sop_progress WHERE received_at = '2026-01-02T03:04:05.678Z'"_s) == 1);
}

TEST_CASE("a cache of schema 18 migrates with each SOP step's start day where it had a stall instant, as the writer "
          "keeps it")
{
    QTemporaryDir dir;
    const QString path = copyOfFixture(dir, 18);
    // What the fixture holds before: each row's step start, and whether it could stall (an instant).
    QHash<QString, std::pair<qint64, bool>> before;
    {
        const QString name = newConnectionName();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(u"SELECT complaint_id, step_since, stalled_at IS NOT NULL FROM sop_progress"_s));
            while (q.next())
                before.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toBool()});
        }
        QSqlDatabase::removeDatabase(name);
    }
    REQUIRE_FALSE(before.isEmpty());
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, newConnectionName()));
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT complaint_id, step_day FROM sop_progress"_s));
    int rows = 0;
    int stalling = 0;
    while (q.next()) {
        ++rows;
        const auto [since, couldStall] = before.value(q.value(0).toString());
        INFO(q.value(0).toString().toStdString());
        CHECK(q.value(1).isNull() == !couldStall);
        if (couldStall) {
            ++stalling;
            CHECK(q.value(1).toLongLong()
                  == sopEpochDay(WorkingCalendar::wibDate(QDateTime::fromMSecsSinceEpoch(since, Qt::UTC))));
        }
    }
    CHECK(rows == before.size());
    CHECK(stalling > 0);
}

TEST_CASE("a cache from the first release, filled with local demo data, holds only the hub's complaints once synced")
{
    TestHub hub({15, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QString path = copyOfFixture(dir, 1);
    TestClient client(hub.url(), u"operator"_s, path, {6, 6});
    client.requireSync();
    CHECK(client.rows(u"complaints"_s) == 15);
    checkSameDump(client.dump(), hubDump(hub.store()));
    CHECK(client.cursor() == hub.head());
    QSqlQuery q(client.cache().database());
    CHECK(q.exec(u"INSERT INTO complaints_fts(complaints_fts) VALUES ('integrity-check')"_s));
}
