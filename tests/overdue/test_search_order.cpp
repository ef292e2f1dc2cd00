// Cache schema 4 keys the full-text index by each complaint's place in the inbox's order (its received time, then a
// tie-break), so that a search lists newest first by reading the index backwards. These tests hold the key to the
// received order through migration, inserts, edits, deletes and same-millisecond neighbours, and the search's pages
// (keyset, jumps) to the key's order.
#include <catch2/catch.hpp>

#include "OverdueFixture.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/InboxQuery.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QStringList column(LocalCache &cache, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(cache.database());
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

// The ids a search lists, every page of `pageSize` through the keyset, in the query's order.
QStringList searched(LocalCache &cache, const QString &typed, bool oldestFirst, int pageSize)
{
    InboxQuery query(cache);
    InboxCriteria criteria;
    criteria.text = typed;
    criteria.oldestFirst = oldestFirst;
    QStringList ids;
    std::optional<InboxCursor> after;
    for (;;) {
        const auto page = query.page(after, pageSize, criteria);
        REQUIRE(page.ok());
        for (const InboxListRow &line : page.value())
            ids.append(line.row.id);
        if (page.value().size() < pageSize)
            return ids;
        const InboxRow &last = page.value().constLast().row;
        after = InboxCursor{last.receivedAt.toUTC().toString(Qt::ISODateWithMs), last.id};
    }
}

// The same search's ids in the key's order, matched through the index.
QStringList inListOrder(LocalCache &cache, const QString &typed, bool oldestFirst)
{
    return column(cache,
                  u"SELECT id FROM complaints WHERE list_key IN (SELECT rowid FROM complaints_fts WHERE"
                  u" complaints_fts MATCH ?) ORDER BY list_key "_s
                      + (oldestFirst ? u"ASC"_s : u"DESC"_s),
                  {ftsQueryFor(typed)});
}

// True when every complaint has a key of its own and the keys sort as the received times do.
bool keysInListOrder(LocalCache &cache)
{
    const QStringList times = column(cache, u"SELECT received_at FROM complaints ORDER BY list_key"_s);
    QStringList sorted = times;
    std::sort(sorted.begin(), sorted.end());
    return times == sorted
        && column(cache, u"SELECT count(DISTINCT list_key) = count(*) AND count(list_key) = count(*)"
                         u" FROM complaints"_s)
               == QStringList{u"1"_s};
}

void integrityCheck(LocalCache &cache)
{
    QSqlQuery q(cache.database());
    INFO(q.lastError().text().toStdString());
    CHECK(q.exec(u"INSERT INTO complaints_fts(complaints_fts) VALUES ('integrity-check')"_s));
}

} // namespace

TEST_CASE("a cache of schema 3 migrates to a full-text index keyed in the list's order, with the report's indexes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache-v3.sqlite"_s);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA) + u"/cache/cache-v3.sqlite"_s, path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"search-order-migration"_s));
    CHECK(cache.schemaVersion() >= 4);
    CHECK(keysInListOrder(cache));
    integrityCheck(cache);
    const QStringList indexes = column(cache, u"SELECT name FROM sqlite_master WHERE type = 'index'"_s);
    CHECK(indexes.contains(u"report_events_type_at"_s));
    CHECK(indexes.contains(u"report_complaints_state_id"_s));

    // Every word of the newest title finds it, and the search lists in the list's order both ways.
    const QString title = column(cache, u"SELECT title FROM complaints ORDER BY received_at DESC LIMIT 1"_s).value(0);
    const QString word = title.section(u' ', 0, 0);
    REQUIRE_FALSE(word.isEmpty());
    CAPTURE(word);
    const QStringList newestFirst = searched(cache, word, false, 2);
    CHECK_FALSE(newestFirst.isEmpty());
    CHECK(newestFirst == inListOrder(cache, word, false));
    CHECK(searched(cache, word, true, 3) == inListOrder(cache, word, true));
}

TEST_CASE("a search pages newest or oldest first through the list-ordered index, and a jump starts where the keys say")
{
    QTemporaryDir dir;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"search.sqlite"_s), u"search-order"_s));
    DemoOptions options;
    options.count = 600;
    options.weeks = 8;
    options.end = wib(2026, 11, 20, 10);
    REQUIRE_FALSE(fillWithDemoData(cache, loadBuiltinReferenceData().value(), DemoCorpus::loadBuiltin().value(),
                                   options));
    CHECK(keysInListOrder(cache));
    integrityCheck(cache);
    for (const QString &typed : {u"jalan"_s, u"lampu jalan"_s, u"\"kartu keluarga\""_s, u"sam"_s, u"zzztidakada"_s}) {
        CAPTURE(typed);
        const QStringList expected = inListOrder(cache, typed, false);
        CHECK(searched(cache, typed, false, 7) == expected);
        CHECK(searched(cache, typed, true, 50) == inListOrder(cache, typed, true));
        InboxQuery query(cache);
        InboxCriteria criteria;
        criteria.text = typed;
        CHECK(query.count(criteria).value_or(-1) == expected.size());
        if (expected.size() > 5) {
            // A jump to row 5 of the search starts after the key of row 4.
            const auto cursor = query.cursorBefore(5, criteria);
            REQUIRE(cursor.ok());
            REQUIRE(cursor.value().has_value());
            CHECK(cursor.value()->id == expected.at(4));
        }
    }
}

TEST_CASE("complaints received in the same millisecond with ids alike in their first digits get keys of their own")
{
    QTemporaryDir dir;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"collide.sqlite"_s), u"search-order-collide"_s));
    const QString at = u"2026-11-20T03:00:00.123Z"_s;
    const QStringList ids = {u"abcde000-0000-4000-8000-000000000002"_s, u"abcde000-0000-4000-8000-000000000001"_s,
                             u"abcdf000-0000-4000-8000-000000000000"_s, u"00000000-0000-4000-8000-000000000000"_s};
    QSqlQuery q(cache.database());
    for (const QString &id : ids) {
        q.prepare(u"INSERT INTO complaints (id, tracking_id, external_ref, channel, received_at, title, body,"
                  u" classification, category, service, kecamatan, kelurahan, address, anonim, rahasia, state, opd,"
                  u" agency, assignee, duplicate_of, escalated, cycle, version, updated_at) VALUES (?, 'SRG', '',"
                  u" 'web', ?, 'Trotoar ambrol', 'Trotoar di depan pasar ambrol', 'complaint', '', '', '', '', '', 0,"
                  u" 0, 'received', '', '', '', '', 0, 1, 1, ?)"_s);
        q.addBindValue(id);
        q.addBindValue(at);
        q.addBindValue(at);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
    CHECK(column(cache, u"SELECT count(DISTINCT list_key) FROM complaints"_s) == QStringList{u"4"_s});
    CHECK(keysInListOrder(cache));
    // Ties in the millisecond: the id's first digit orders them, then the order they came in.
    CHECK(searched(cache, u"ambrol"_s, false, 2) == QStringList({ids.at(2), ids.at(1), ids.at(0), ids.at(3)}));
    integrityCheck(cache);

    // A title edited, a received time corrected and a complaint removed keep the index in step.
    REQUIRE(q.exec(u"UPDATE complaints SET title = 'Lampu padam' WHERE id = '"_s + ids.at(0) + u'\''));
    REQUIRE(q.exec(u"UPDATE complaints SET received_at = '2026-11-21T03:00:00.000Z' WHERE id = '"_s + ids.at(3)
                   + u'\''));
    REQUIRE(q.exec(u"DELETE FROM complaints WHERE id = '"_s + ids.at(2) + u'\''));
    integrityCheck(cache);
    CHECK(searched(cache, u"padam"_s, false, 2) == QStringList{ids.at(0)});
    CHECK(keysInListOrder(cache));
    CHECK(searched(cache, u"ambrol"_s, false, 2) == QStringList({ids.at(3), ids.at(1), ids.at(0)}));
}
