// The pull page's items are stored as they go out (hub/FeedItems.h, hub schema 5) and joined by the store
// (SqlHubStore::appendFeedItems). These tests hold those pages, byte for byte, to what the hub sent before the items
// were stored: each page item written from the log's canonical text (storedEvents) and masked as it was read.
#include "HubStoreFixture.h"

#include "StoredJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

namespace {

// The items of a pull page as the hub wrote them from the log's text before it stored them.
QByteArray itemsMaskedOnRead(const StoredFeedPage &page)
{
    QByteArray out;
    for (const StoredFeedItem &item : page.items) {
        if (!out.isEmpty())
            out += ',';
        out += "{\"seq\":" + QByteArray::number(item.seq);
        if (!item.removed.isNull()) {
            out += ",\"removed\":\"" + item.removed.toByteArray(QUuid::WithoutBraces) + "\"}";
            continue;
        }
        out += ",\"event\":";
        StoredJson::appendMaskedEvent(out, item.event);
        if (!item.state.isEmpty()) {
            out += ",\"state\":";
            StoredJson::appendMaskedState(out, item.state);
        }
        if (!item.history.isEmpty()) {
            out += ',';
            StoredJson::appendMaskedHistory(out, item.history);
        }
        out += '}';
    }
    return out;
}

// Every page of a reader's stream from the stored items, checked page by page against the log's text; the pages.
QList<QByteArray> checkedPages(HubFixture &hub, const Actor &reader, int limit)
{
    QList<QByteArray> pages;
    qint64 after = 0;
    for (bool more = true; more;) {
        QByteArray items;
        const auto cursor = hub.store().appendFeedItems(after, limit, reader, items);
        INFO((cursor.ok() ? QString() : cursor.error().message).toStdString());
        REQUIRE(cursor.ok());
        const auto old = hub.store().storedEvents(after, limit, reader);
        REQUIRE(old.ok());
        CHECK(items == itemsMaskedOnRead(old.value()));
        CHECK(cursor->items == old->items.size());
        CHECK(cursor->next == old->next);
        CHECK(cursor->more == old->more);
        CHECK(QJsonDocument::fromJson("[" + items + "]").array().size() == cursor->items);
        pages.append(items);
        after = cursor->next;
        more = cursor->more;
        REQUIRE(pages.size() < 100);
    }
    return pages;
}

// Complaints whose texts hold a NIK and a phone number, one that moves between two OPDs (items with history, and
// "removed"), and one that stays with the command center.
void fillLog(HubFixture &hub)
{
    const QUuid moved = hub.dispatched(kDishub, u"Lampu mati, pelapor 081234567890"_s);
    hub.sendOk(liaisonOf(kDishub), CommandType::AddNote, moved, notePayload(u"NIK pelapor 3673012345678901"_s));
    hub.sendOk(liaisonOf(kDishub), CommandType::Return, moved, returnPayload());
    hub.sendOk(operatorActor(), CommandType::Dispatch, moved, dispatchPayload(kPupr));
    hub.dispatched(kDlh, u"Sampah menumpuk, hubungi 0812-3456-7891"_s);
    hub.intake(intakePayload(u"Jalan rusak, wa 6281234567892"_s), reporter());
}

const QList<Actor> kReaders = {operatorActor(), liaisonOf(kDishub), liaisonOf(kPupr), liaisonOf(kDlh)};

} // namespace

TEST_CASE("pull pages joined from stored items are the bytes the hub wrote from the log's text", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    fillLog(hub);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM event_items"_s) == hub.scalar(u"SELECT COUNT(*) FROM events"_s));
    for (const Actor &reader : kReaders) {
        CAPTURE(reader.user);
        for (const int limit : {1, 3, 1000}) {
            CAPTURE(limit);
            const QList<QByteArray> pages = checkedPages(hub, reader, limit);
            const QByteArray all = pages.join(',');
            // What a liaison of an OPD the complaint reached sees, masked.
            if (reader.opd != u"DLH"_s)
                CHECK(all.contains("3673************"));
            for (const char *number : {"081234567890", "3673012345678901", "0812-3456-7891", "6281234567892"}) {
                CAPTURE(number);
                CHECK_FALSE(all.contains(number));
            }
        }
    }
    // The log itself keeps the text as written: only what leaves the hub is masked.
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM events WHERE json LIKE '%3673012345678901%'"_s) == 1);
}

TEST_CASE("a store of hub schema 4 gets the page items of its whole log when it is upgraded", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    fillLog(hub);
    QList<QList<QByteArray>> before;
    for (const Actor &reader : kReaders)
        before.append(checkedPages(hub, reader, 2));

    for (const QString &sql : {u"DROP TABLE event_items"_s,
                               u"UPDATE hub_meta SET value = '4' WHERE key = 'schema_version'"_s}) {
        QSqlQuery q(hub.db()); // as it is: QPSQL cannot prepare a DROP
        REQUIRE(q.exec(sql));
    }
    hub.reopen();
    CHECK(hub.scalar(u"SELECT value FROM hub_meta WHERE key = 'schema_version'"_s) == kHubSchemaVersion);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM event_items"_s) == hub.scalar(u"SELECT COUNT(*) FROM events"_s));
    for (qsizetype i = 0; i < kReaders.size(); ++i) {
        CAPTURE(kReaders[i].user);
        CHECK(checkedPages(hub, kReaders[i], 2) == before[i]);
    }
    // And the upgraded store writes the items of what is appended next.
    const QUuid later = hub.dispatched(kPupr, u"Pohon tumbang, telp 081299998888"_s);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM event_items"_s) == hub.scalar(u"SELECT COUNT(*) FROM events"_s));
    const QList<QByteArray> pupr = checkedPages(hub, liaisonOf(kPupr), 1000);
    CHECK(pupr.join(',').contains(later.toByteArray(QUuid::WithoutBraces)));
    CHECK_FALSE(pupr.join(',').contains("081299998888"));
}

// QPSQL hands a forward-only query's rows over one at a time and leaves the end of its result unread on the
// connection after the last row, until its next statement clears it. The PostgreSQL page must run there (a read
// thread's connection has just answered another route); a page read through libpq with a guard on libpq's
// "statement in progress" refused exactly here (BENCHMARKS.md P7, twelfth session).
TEST_CASE("a PostgreSQL pull page runs after a forward-only query on its connection was read to the end", "[hub_store]")
{
    HubFixture hub(Backend::Postgres);
    fillLog(hub);
    const qint64 events = hub.scalar(u"SELECT COUNT(*) FROM events"_s);
    REQUIRE(events > 2);
    REQUIRE(events < 500);
    {
        QSqlQuery read(hub.db());
        read.setForwardOnly(true);
        REQUIRE(read.exec(u"SELECT seq FROM events ORDER BY seq"_s));
        qint64 seen = 0;
        while (read.next())
            ++seen;
        CHECK(seen == events);
    }
    QByteArray items;
    const auto page = hub.store().appendFeedItems(0, 500, operatorActor(), items);
    INFO((page.ok() ? QString() : page.error().message).toStdString());
    REQUIRE(page.ok());
    CHECK(page->items == events);
    CHECK(items.count("\"seq\":") >= events);
}
