// Cache schema 13 (ListKeySchema.h, InboxPositions.h): list keys never shared, and the whole inbox's places found
// from the complaints per day of their key. What must hold: every place of the inbox, both ways, and every
// complaint's own place equal what ORDER BY (received_at, id) gives, through inserts, deletes, moved received times
// and crowded milliseconds; complaints past a millisecond's sixteen keys get keys of their own and the search finds
// them; a schema 12 cache whose keys were shared migrates with its full-text index whole.
#include <catch2/catch.hpp>

#include "store/BootstrapIndex.h"
#include "store/InboxPositions.h"
#include "store/InboxQuery.h"
#include "store/ListKeySchema.h"
#include "store/LocalCache.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <random>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QStringList column(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

qint64 number(const QSqlDatabase &db, const QString &sql)
{
    return column(db, sql).value(0).toLongLong();
}

void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

void insert(const QSqlDatabase &db, const QString &id, const QString &receivedAt, const QString &title)
{
    exec(db,
         u"INSERT INTO complaints (id, tracking_id, external_ref, channel, received_at, title, body, classification,"
         u" category, service, kecamatan, kelurahan, address, anonim, rahasia, state, opd, agency, assignee,"
         u" duplicate_of, escalated, cycle, version, updated_at) VALUES (?, 'SRG', '', 'lapor', ?, ?, 'Dilaporkan"
         u" lewat LAPOR!', 'complaint', '', '', '', '', '', 0, 0, 'received', '', '', '', '', 0, 1, 1, ?)"_s,
         {id, receivedAt, title, receivedAt});
}

QString wire(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// A random id whose first hex digit is one of `digits`.
QString idWith(std::mt19937 &random, const QString &digits)
{
    QString id = QUuid::createUuidV5(QUuid(), QString::number(random())).toString(QUuid::WithoutBraces);
    id[0] = digits.at(int(random() % digits.size()));
    return id;
}

// "received_at|id" of every complaint in the inbox's order.
QStringList listed(const QSqlDatabase &db, bool oldestFirst)
{
    return column(db, oldestFirst ? u"SELECT received_at || '|' || id FROM complaints ORDER BY received_at, id"_s
                                  : u"SELECT received_at || '|' || id FROM complaints ORDER BY received_at DESC,"
                                    u" id DESC"_s);
}

// Every place of the whole inbox and every complaint's place, both ways, as the list's order has them.
void checkEveryPlace(LocalCache &cache)
{
    const InboxQuery query(cache);
    // With no key out of order the day counts must answer every place themselves (not decline to the index walk).
    const bool inOrder = number(cache.database(), u"SELECT count(*) FROM list_key_overflow"_s) == 0;
    const InboxPositions positions(cache.database());
    for (const bool oldestFirst : {false, true}) {
        CAPTURE(oldestFirst);
        const QStringList expected = listed(cache.database(), oldestFirst);
        InboxCriteria criteria;
        criteria.oldestFirst = oldestFirst;
        for (qsizetype place = 0; place <= expected.size(); ++place) {
            CAPTURE(place);
            const auto cursor = query.cursorBefore(place + 1, criteria);
            REQUIRE(cursor.ok());
            if (place == expected.size()) {
                CHECK_FALSE(cursor.value().has_value());
                continue;
            }
            REQUIRE(cursor.value().has_value());
            CHECK(QString(cursor.value()->receivedAt + u'|' + cursor.value()->id).toStdString() == expected.at(place).toStdString());
            const QString id = expected.at(place).section(u'|', 1);
            const auto row = query.rowOf(id, criteria);
            REQUIRE(row.ok());
            CHECK(row.value() == std::optional<qint64>(place));
            if (inOrder) {
                const auto at = positions.rowAt(place, oldestFirst);
                REQUIRE(at.ok());
                REQUIRE(at->known);
                REQUIRE(at->cursor.has_value());
                CHECK(at->cursor->id.toStdString() == id.toStdString());
                const QString receivedAt = expected.at(place).section(u'|', 0, 0);
                const qint64 key = number(cache.database(),
                                          u"SELECT list_key FROM complaints WHERE id = '%1'"_s.arg(id));
                const auto before = positions.rowsBefore(receivedAt, id, key, oldestFirst);
                REQUIRE(before.ok());
                CHECK(before.value() == std::optional<qint64>(place));
            }
        }
    }
}

// The day counts equal the complaints counted again, and every complaint has a key of its own.
void checkCounts(const QSqlDatabase &db)
{
    const QString perDay = QString::number(kListKeysPerDay);
    CHECK(column(db, u"SELECT day || ':' || complaints FROM inbox_days WHERE complaints > 0 ORDER BY day"_s)
              .join(u' ')
              .toStdString()
          == column(db, u"SELECT (list_key / "_s + perDay + u") || ':' || count(*) FROM complaints GROUP BY list_key / "_s
                            + perDay + u" ORDER BY list_key / "_s + perDay)
                 .join(u' ')
                 .toStdString());
    CHECK(number(db, u"SELECT count(DISTINCT list_key) FROM complaints"_s)
          == number(db, u"SELECT count(*) FROM complaints"_s));
    CHECK(number(db, u"SELECT count(*) FROM inbox_days WHERE complaints < 0"_s) == 0);
    // Every complaint not listed as out of order has a key in its received time's millisecond, or (schema 12's
    // rule) the next millisecond's first.
    const QString msOf = u"(strftime('%Y-%m-%dT%H:%M:%S', (%1) / 16 / 1000, 'unixepoch') || printf('.%03dZ', (%1) / 16"
                         u" % 1000))"_s;
    CHECK(number(db, u"SELECT count(*) FROM complaints WHERE id NOT IN (SELECT id FROM list_key_overflow) AND"
                     u" (list_key IS NULL OR list_key < 0 OR (received_at IS NOT "_s
                         + msOf.arg(u"list_key"_s) + u" AND (list_key % 16 <> 0 OR received_at IS NOT "_s
                         + msOf.arg(u"list_key - 16"_s) + u")))"_s)
          == 0);
}

// The search finds every complaint with the word (at least `atLeast`: those the test wrote), as a scan of the rows
// does, and the full-text index agrees with its content.
void checkSearch(LocalCache &cache, const QString &word, qint64 atLeast)
{
    InboxCriteria criteria;
    criteria.text = word;
    const qint64 scanned = number(cache.database(), u"SELECT count(*) FROM complaints WHERE title LIKE '%"_s + word
                                                        + u"%' OR body LIKE '%"_s + word + u"%'"_s);
    CHECK(scanned >= atLeast);
    CHECK(InboxQuery(cache).count(criteria).value_or(-1) == scanned);
    exec(cache.database(), u"INSERT INTO complaints_fts(complaints_fts) VALUES ('integrity-check')"_s);
}

// A new cache in a directory of its own.
struct NewCache
{
    explicit NewCache(const QString &name)
    {
        REQUIRE(dir.isValid());
        REQUIRE_FALSE(cache.open(dir.filePath(name + u".sqlite"_s), u"inbox-places-"_s + name));
        db = cache.database();
    }
    QTemporaryDir dir;
    LocalCache cache;
    QSqlDatabase db;
};

// A writable copy of the committed schema 12 fixture in `dir`.
QString copyOfSchema12(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"cache-v12.sqlite"_s);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA) + u"/cache/cache-v12.sqlite"_s, path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}

} // namespace

TEST_CASE("every place of the whole inbox is found from the complaints per day, ties in a millisecond in the ids' "
          "order, through inserts, deletes and moved received times")
{
    NewCache fresh(u"places"_s);
    LocalCache &cache = fresh.cache;
    const QSqlDatabase db = fresh.db;
    std::mt19937 random(20261201);
    const QDateTime start(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc());
    QList<QDateTime> crowded; // instants several complaints share
    for (int i = 0; i < 12; ++i)
        crowded.append(start.addMSecs(qint64(random() % (6LL * 86'400'000))));
    QStringList ids;
    QStringList tiedIds; // first digits 0-6
    const auto add = [&](int count) {
        for (int i = 0; i < count; ++i) {
            // A third in crowded milliseconds, with first digits that share slots (at most 8 a millisecond here, so
            // no key leaves its millisecond); the rest anywhere in six days, around midnights too.
            const bool tie = random() % 3 == 0;
            const QDateTime at = tie ? crowded.at(int(random() % crowded.size()))
                                     : start.addMSecs(qint64(random() % (6LL * 86'400'000)));
            if (tie && number(db, u"SELECT count(*) FROM complaints WHERE received_at = '%1'"_s.arg(wire(at))) >= 8)
                continue;
            const QString id = idWith(random, tie ? u"0123456"_s : u"0123456789abcdef"_s);
            insert(db, id, wire(at), u"Lampu jalan padam %1"_s.arg(ids.size()));
            ids.append(id);
            if (tie)
                tiedIds.append(id);
        }
    };
    add(300);
    REQUIRE(number(db, u"SELECT count(*) FROM (SELECT received_at FROM complaints GROUP BY received_at"
                       u" HAVING count(*) > 2)"_s)
            >= 5);
    // No key out of order: the day counts answer (they do not decline to the list's index).
    CHECK(number(db, u"SELECT count(*) FROM list_key_overflow"_s) == 0);
    const auto known = InboxPositions(db).rowAt(150, false);
    REQUIRE(known.ok());
    CHECK(known->known);
    checkCounts(db);
    checkEveryPlace(cache);

    // Deletes, received times moved (across days too, and into crowded milliseconds), more arrivals.
    for (int i = 0; i < 40; ++i)
        exec(db, u"DELETE FROM complaints WHERE id = ?"_s, {ids.at(int(random() % ids.size()))});
    for (int i = 0; i < 25; ++i) {
        // Into a crowded millisecond (or next to one) only complaints whose ids keep the slots apart.
        const bool tie = i % 2;
        const QDateTime at = tie ? crowded.at(i % crowded.size()).addMSecs(i % 3)
                                 : start.addMSecs(qint64(random() % (6LL * 86'400'000)));
        if (tie && number(db, u"SELECT count(*) FROM complaints WHERE received_at = '%1'"_s.arg(wire(at))) >= 7)
            continue;
        const QStringList &from = tie ? tiedIds : ids;
        exec(db, u"UPDATE complaints SET received_at = ? WHERE id = ?"_s, {wire(at), from.at(int(random() % from.size()))});
    }
    add(80);
    CHECK(number(db, u"SELECT count(*) FROM list_key_overflow"_s) == 0);
    checkCounts(db);
    checkEveryPlace(cache);
    checkSearch(cache, u"lampu"_s, number(db, u"SELECT count(*) FROM complaints"_s));
}

TEST_CASE("complaints past a millisecond's sixteen keys get keys of their own, the search finds each, and the inbox "
          "lists them in place")
{
    NewCache fresh(u"crowded"_s);
    LocalCache &cache = fresh.cache;
    const QSqlDatabase db = fresh.db;
    std::mt19937 random(17);
    // A LAPOR! file with dates only: a day's reports all at 00:00 WIB; the first id begins with f.
    const QString midnight = u"2026-11-26T17:00:00.000Z"_s;
    QStringList crowded;
    for (int i = 0; i < 40; ++i) {
        const QString id = idWith(random, i == 0 ? u"f"_s : u"0123456789abcdef"_s);
        insert(db, id, midnight, u"Jalan berlubang di Kasemen %1"_s.arg(i));
        crowded.append(id);
    }
    for (int i = 0; i < 60; ++i)
        insert(db, idWith(random, u"0123456789abcdef"_s),
               wire(QDateTime(QDate(2026, 11, 25), QTime(0, 0), QTimeZone::utc()).addSecs(qint64(random() % 259'200))),
               u"Sampah menumpuk %1"_s.arg(i));
    checkCounts(db);
    checkSearch(cache, u"berlubang"_s, 40);
    // Keys out of the list's order: the day counts decline, and the inbox counts off its own index.
    CHECK(number(db, u"SELECT count(*) FROM list_key_overflow"_s) > 0);
    const auto declined = InboxPositions(db).rowAt(10, false);
    REQUIRE(declined.ok());
    CHECK_FALSE(declined->known);
    checkEveryPlace(cache);

    // Once the complaints keyed out of order are gone, the day counts answer again.
    exec(db, u"DELETE FROM complaints WHERE id IN (SELECT id FROM list_key_overflow)"_s);
    CHECK(number(db, u"SELECT count(*) FROM list_key_overflow"_s) == 0);
    checkCounts(db);
    checkEveryPlace(cache);
}

TEST_CASE("a schema 12 cache whose keys were shared migrates with a key for each complaint and its search whole")
{
    QTemporaryDir dir;
    const QString path = copyOfSchema12(dir);
    std::mt19937 random(12);
    {
        // Twenty reports of one midnight written under schema 12's triggers: from the 17th on they shared a key.
        QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inbox-places-v12"_s);
        plain.setDatabaseName(path);
        REQUIRE(plain.open());
        REQUIRE(number(plain, u"SELECT value FROM meta WHERE key = 'schema_version'"_s) == 12);
        for (int i = 0; i < 20; ++i)
            insert(plain, idWith(random, u"0123456789abcdef"_s), u"2026-11-26T17:00:00.000Z"_s,
                   u"Jalan berlubang di Walantaka %1"_s.arg(i));
        CHECK(number(plain, u"SELECT count(DISTINCT list_key) FROM complaints"_s)
              < number(plain, u"SELECT count(*) FROM complaints"_s));
        plain.close();
    }
    QSqlDatabase::removeDatabase(u"inbox-places-v12"_s);

    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"inbox-places-migrated"_s));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    checkCounts(cache.database());
    checkSearch(cache, u"berlubang"_s, 20);
    CHECK(number(cache.database(), u"SELECT count(*) FROM list_key_overflow"_s) > 0);
    checkEveryPlace(cache);
    // Without the complaints keyed out of order, the migrated counts answer every place.
    exec(cache.database(), u"DELETE FROM complaints WHERE id IN (SELECT id FROM list_key_overflow)"_s);
    REQUIRE(number(cache.database(), u"SELECT count(*) FROM list_key_overflow"_s) == 0);
    checkCounts(cache.database());
    checkEveryPlace(cache);
}

TEST_CASE("the committed schema 12 cache migrates with its complaints counted per day and its places from the counts")
{
    QTemporaryDir dir;
    const QString path = copyOfSchema12(dir);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"inbox-places-fixture"_s));
    REQUIRE(number(cache.database(), u"SELECT count(*) FROM complaints"_s) > 0);
    checkCounts(cache.database());
    CHECK(number(cache.database(), u"SELECT count(*) FROM list_key_overflow"_s) == 0);
    const auto known = InboxPositions(cache.database()).rowAt(0, true);
    REQUIRE(known.ok());
    CHECK(known->known);
    checkEveryPlace(cache);
}

TEST_CASE("sixteen complaints in one millisecond whose ids all begin alike take its sixteen slots, in order")
{
    NewCache fresh(u"slots"_s);
    LocalCache &cache = fresh.cache;
    const QSqlDatabase db = fresh.db;
    std::mt19937 random(16);
    for (int i = 0; i < 16; ++i)
        insert(db, idWith(random, u"f"_s), u"2026-11-27T01:00:00.000Z"_s, u"Drainase tersumbat %1"_s.arg(i));
    for (int i = 0; i < 30; ++i)
        insert(db, idWith(random, u"0123456789abcdef"_s), u"2026-11-27T0%1:30:00.%2Z"_s.arg(i % 10).arg(i % 3, 3, 10, QChar(u'0')),
               u"Drainase tersumbat lagi %1"_s.arg(i));
    CHECK(number(db, u"SELECT count(*) FROM list_key_overflow"_s) == 0);
    checkCounts(db);
    checkSearch(cache, u"drainase"_s, 46);
    checkEveryPlace(cache);
}

TEST_CASE("received times before 1970 or not in the hub's form are kept out of the day counts' answers")
{
    NewCache fresh(u"odd"_s);
    LocalCache &cache = fresh.cache;
    const QSqlDatabase db = fresh.db;
    std::mt19937 random(1969);
    for (int i = 0; i < 30; ++i)
        insert(db, idWith(random, u"0123456789abcdef"_s), u"2026-11-2%1T0%2:15:00.000Z"_s.arg(i % 5).arg(i % 7),
               u"Pohon tumbang %1"_s.arg(i));
    for (const QString &odd : {u"1969-12-31T23:59:59.500Z"_s, u"2026-11-26 10:00:00"_s, u"2026-11-26T10:00:00Z"_s}) {
        CAPTURE(odd.toStdString());
        const QString id = idWith(random, u"0123456789abcdef"_s);
        insert(db, id, odd, u"Pohon tumbang di jalan"_s);
        CHECK(column(db, u"SELECT id FROM list_key_overflow"_s) == QStringList{id});
        checkCounts(db);
        checkEveryPlace(cache);
        exec(db, u"DELETE FROM complaints WHERE id = ?"_s, {id});
        CHECK(number(db, u"SELECT count(*) FROM list_key_overflow"_s) == 0);
    }
    checkEveryPlace(cache);
}

TEST_CASE("a first bootstrap interrupted under schema 12 goes on with its full-text index deferred after the upgrade")
{
    QTemporaryDir dir;
    const QString path = copyOfSchema12(dir);
    std::mt19937 random(13);
    QStringList ids;
    {
        // Schema 12 as BootstrapIndex::defer() leaves it for an empty cache, then a first snapshot page.
        QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inbox-places-deferred"_s);
        plain.setDatabaseName(path);
        REQUIRE(plain.open());
        exec(plain, u"DELETE FROM complaints"_s);
        const QRegularExpression indexing(u" INSERT INTO complaints_fts\\([^;]*;"_s);
        for (const QString &name : {u"complaints_fts_insert"_s, u"complaints_fts_update"_s, u"complaints_fts_delete"_s}) {
            const QString sql = column(plain, u"SELECT sql FROM sqlite_master WHERE name = ?"_s, {name}).value(0);
            REQUIRE_FALSE(sql.isEmpty());
            exec(plain, u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s, QVariantList{QString(u"fts_deferred:"_s + name), sql});
            exec(plain, u"DROP TRIGGER "_s + name);
            const QString quiet = QString(sql).remove(indexing);
            if (!quiet.contains(u"BEGIN END"_s))
                exec(plain, quiet);
        }
        exec(plain, u"INSERT OR REPLACE INTO meta(key, value) VALUES ('fts_deferred', '1')"_s);
        for (int i = 0; i < 5; ++i) {
            ids.append(idWith(random, u"0123456789abcdef"_s));
            insert(plain, ids.constLast(), u"2026-11-2%1T03:00:00.000Z"_s.arg(i), u"Air PDAM mati %1"_s.arg(i));
        }
        plain.close();
    }
    QSqlDatabase::removeDatabase(u"inbox-places-deferred"_s);

    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"inbox-places-deferred-migrated"_s));
    QSqlDatabase db = cache.database();
    BootstrapIndex index(cache);
    REQUIRE(index.deferred());
    // Still quiet, and what finish() puts back is schema 13's rule.
    CHECK_FALSE(column(db, u"SELECT sql FROM sqlite_master WHERE name = 'complaints_fts_insert'"_s).value(0).contains(
        u"complaints_fts("_s));
    CHECK(cache.meta(u"fts_deferred:complaints_fts_insert"_s).contains(u"ELSE coalesce("_s));
    // The rest of the bootstrap: a complaint written again (its words were never indexed) and more arrivals.
    exec(db, u"UPDATE complaints SET title = 'Air PDAM mati total', received_at = '2026-11-28T03:00:00.000Z'"
             u" WHERE id = ?"_s,
         QVariantList{ids.at(0)});
    for (int i = 0; i < 3; ++i)
        insert(db, idWith(random, u"0123456789abcdef"_s), u"2026-11-29T0%1:00:00.000Z"_s.arg(i), u"Air PDAM keruh"_s);
    REQUIRE(db.transaction());
    REQUIRE_FALSE(index.finish());
    REQUIRE(db.commit());
    CHECK(column(db, u"SELECT sql FROM sqlite_master WHERE name = 'complaints_fts_insert'"_s).value(0).contains(
        u"ELSE coalesce("_s));
    checkSearch(cache, u"pdam"_s, 8);
    checkCounts(db);
    checkEveryPlace(cache);
}
