// A PostgreSQL store's pull pages for readers who see every event come from the process's cache of whole blocks of
// page items (hub/ItemCache.h) when the hub keeps one. What must hold: every page, with any cursor and limit, is byte
// for byte the page read from the store without the cache (same cursor); a block is kept only once it is whole, so
// events appended after a page was read are never missed; the cache really answers from memory; a new epoch (a
// restore) drops the old log's blocks; a cache smaller than a page still gives whole pages; read threads share it.
#include "HubStoreFixture.h"

#include "ItemCache.h"

#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

namespace {

struct Page
{
    QByteArray items;
    FeedCursor cursor;
};

Page readPage(SqlHubStore &store, qint64 after, int limit)
{
    Page page;
    const auto cursor = store.appendFeedItems(after, limit, operatorActor(), page.items);
    INFO((cursor.ok() ? QString() : cursor.error().message).toStdString());
    REQUIRE(cursor.ok());
    page.cursor = cursor.value();
    return page;
}

void requireSamePage(SqlHubStore &cached, SqlHubStore &plain, qint64 after, int limit)
{
    CAPTURE(after, limit);
    const Page mine = readPage(cached, after, limit);
    const Page theirs = readPage(plain, after, limit);
    CHECK(mine.items == theirs.items);
    CHECK(mine.cursor.items == theirs.cursor.items);
    CHECK(mine.cursor.next == theirs.cursor.next);
    CHECK(mine.cursor.more == theirs.cursor.more);
}

// Complaints enough for several blocks of events, texts of varied length, some dispatched.
void fillLog(HubFixture &hub, int complaints)
{
    for (int i = 0; i < complaints; ++i) {
        const QString title = u"Aduan %1: "_s.arg(i) + QString(i % 37, u'x');
        if (i % 9 == 0)
            hub.dispatched(kDishub, title);
        else
            hub.intake(intakePayload(title));
    }
}

constexpr qint64 kBlock = ItemCache::kBlockSeqs;
const QList<qint64> kLimits = {1, 7, kBlock - 1, kBlock, kBlock + 1, 500, 1000};

// Block edges and their neighbours, a few blocks in, and the last ones before the head.
QList<qint64> cursorsOf(qint64 head)
{
    QList<qint64> cursors = {0, 1, kBlock / 2, kBlock - 1, kBlock, kBlock + 1, 4 * kBlock - 1, 4 * kBlock,
                             4 * kBlock + 1, head - 300, head - kBlock - 1, head - 2, head - 1, head};
    cursors.removeIf([head](qint64 c) { return c < 0 || c > head; });
    return cursors;
}

} // namespace

TEST_CASE("a cached PostgreSQL pull page is the page read from the store, for any cursor and limit", "[hub_store]")
{
    HubFixture hub(Backend::Postgres);
    fillLog(hub, 640);
    const qint64 head = hub.head();
    REQUIRE(head > 3 * ItemCache::kBlockSeqs);
    REQUIRE(head % ItemCache::kBlockSeqs != 0); // the head's block is not whole

    // The head read from the store for every page here; the shared head's own test is below.
    auto cache = std::make_shared<ItemCache>(64 * 1024 * 1024, 0);
    const std::unique_ptr<SqlHubStore> cached = hub.openAnother(u"cached"_s);
    cached->setItemCache(cache);
    for (int pass = 0; pass < 2; ++pass) { // the first fills the cache, the second reads from it
        CAPTURE(pass);
        for (const qint64 after : cursorsOf(head))
            for (const qint64 limit : kLimits)
                requireSamePage(*cached, hub.sqlStore(), after, int(limit));
    }
    const ItemCache::Stats stats = cache->stats();
    CHECK(stats.hits > 0);
    CHECK(stats.blocks == head / ItemCache::kBlockSeqs); // every whole block, and not the head's
    CHECK(stats.bytes > 0);

    SECTION("events appended after a page was read are in the next page: a block is kept only once whole")
    {
        const qint64 lastWhole = head / ItemCache::kBlockSeqs * ItemCache::kBlockSeqs;
        fillLog(hub, 300);
        const qint64 later = hub.head();
        REQUIRE(later > lastWhole + ItemCache::kBlockSeqs);
        for (const qint64 after : {lastWhole - 3, lastWhole, head - 1, head, later - 1})
            for (const qint64 limit : kLimits)
                requireSamePage(*cached, hub.sqlStore(), after, int(limit));
        // Reading the whole stream page by page from the old head misses nothing.
        qint64 after = head - 5;
        qint64 seen = 0;
        for (bool more = true; more;) {
            const Page page = readPage(*cached, after, 100);
            seen += page.cursor.items;
            after = page.cursor.next;
            more = page.cursor.more;
        }
        CHECK(seen == later - (head - 5));
        CHECK(cache->stats().blocks == later / ItemCache::kBlockSeqs);
    }

    SECTION("whole blocks are answered from memory, until a new epoch says the log is another")
    {
        const Page before = readPage(*cached, 0, 500);
        REQUIRE(before.cursor.items == 500);
        // Taken out of the store behind the hub's back: the whole blocks still come from memory.
        hub.exec(u"DELETE FROM event_items WHERE seq <= 300"_s);
        CHECK(readPage(*cached, 0, 500).items == before.items);
        CHECK(readPage(hub.sqlStore(), 0, 500).items != before.items);
        // A restore gives the store a new epoch: the cache drops the old log's blocks and reads the store again.
        const auto epoch = hub.sqlStore().beginNewEpoch();
        REQUIRE(epoch.ok());
        requireSamePage(*cached, hub.sqlStore(), 0, 500);
        CHECK(readPage(*cached, 0, 500).items != before.items);
    }

    SECTION("a cache smaller than one block still gives whole pages, read from the store")
    {
        auto tiny = std::make_shared<ItemCache>(1024, 0);
        cached->setItemCache(tiny);
        for (const qint64 after : cursorsOf(head))
            for (const qint64 limit : {1LL, 300LL, 1000LL})
                requireSamePage(*cached, hub.sqlStore(), after, int(limit));
        CHECK(tiny->stats().blocks == 0);
        CHECK(tiny->stats().bytes == 0);
    }

    SECTION("a cache with room for two blocks stays within its budget and still gives whole pages")
    {
        const qsizetype block = [&] {
            auto probe = std::make_shared<ItemCache>(64 * 1024 * 1024, 0);
            cached->setItemCache(probe);
            readPage(*cached, 0, int(ItemCache::kBlockSeqs));
            return probe->stats().bytes;
        }();
        REQUIRE(block > 0);
        auto small = std::make_shared<ItemCache>(block * 2 + block / 2, 0);
        cached->setItemCache(small);
        for (const qint64 after : cursorsOf(head))
            requireSamePage(*cached, hub.sqlStore(), after, 300);
        CHECK(small->stats().blocks <= 2);
        CHECK(small->stats().bytes <= block * 2 + block / 2);
    }
}

TEST_CASE("read threads share one item cache and each gets the store's pages", "[hub_store]")
{
    HubFixture hub(Backend::Postgres);
    fillLog(hub, 700);
    const qint64 head = hub.head();
    QList<Page> expected;
    for (qint64 after = 0; after < head; after += 97)
        expected.append(readPage(hub.sqlStore(), after, 300));

    // Room for about half the log, so that threads evict blocks others are reading; one shared head.
    auto cache = std::make_shared<ItemCache>(head * 700);
    std::atomic<int> mismatches = 0;
    std::atomic<int> failures = 0;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&, t] {
            // Not openAnother: Catch's assertions are for the test's own thread.
            auto opened = SqlHubStore::open(hub.spec(), StoreKind::Production, u"reader-%1"_s.arg(t));
            if (!opened.ok()) {
                ++failures;
                return;
            }
            auto &store = opened.value();
            store->setItemCache(cache);
            for (int round = 0; round < 3; ++round) {
                for (qsizetype i = (t + round) % expected.size(); i < expected.size(); i += 2) {
                    QByteArray items;
                    const auto cursor = store->appendFeedItems(qint64(i) * 97, 300, operatorActor(), items);
                    if (!cursor.ok())
                        ++failures;
                    else if (items != expected.at(i).items || cursor->next != expected.at(i).cursor.next)
                        ++mismatches;
                }
            }
        }));
        threads.constLast()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    CHECK(failures == 0);
    CHECK(mismatches == 0);
    CHECK(cache->stats().hits > 0);
}

TEST_CASE("a page goes up to the head the process shares: raised by each announced append, read again when old",
          "[hub_store]")
{
    HubFixture hub(Backend::Postgres);
    fillLog(hub, 300);
    const qint64 head = hub.head();
    // A head that never ages on its own: only announcements and cursors past it move it.
    auto cache = std::make_shared<ItemCache>(64 * 1024 * 1024, 3'600'000);
    const std::unique_ptr<SqlHubStore> cached = hub.openAnother(u"cached"_s);
    cached->setItemCache(cache);
    CHECK(readPage(*cached, 0, 1000).cursor.next == head);

    fillLog(hub, 20);
    const qint64 later = hub.head();
    REQUIRE(later > head);
    // Not announced yet: the page ends at the shared head, and says so (next = that head, no more); nothing is lost,
    // the reader comes back from there.
    const Page stale = readPage(*cached, head - 3, 1000);
    CHECK(stale.cursor.items == 3);
    CHECK(stale.cursor.next == head);
    CHECK_FALSE(stale.cursor.more);
    // A reader who knows of newer events (its cursor past the shared head) makes the process read the store.
    requireSamePage(*cached, hub.sqlStore(), head + 1, 1000);
    // Announced (as HubServer::announce does before a notice goes out): the next page reaches it.
    fillLog(hub, 20);
    const qint64 announced = hub.head();
    cache->advance(announced);
    requireSamePage(*cached, hub.sqlStore(), head - 3, 1000);
    CHECK(readPage(*cached, head - 3, 1000).cursor.next == announced);

    SECTION("a head that has aged is read from the store again")
    {
        auto young = std::make_shared<ItemCache>(64 * 1024 * 1024, 50);
        cached->setItemCache(young);
        CHECK(readPage(*cached, 0, 1000).cursor.next == announced);
        fillLog(hub, 5);
        QThread::msleep(80);
        requireSamePage(*cached, hub.sqlStore(), announced - 1, 1000);
        CHECK(readPage(*cached, announced - 1, 1000).cursor.next == hub.head());
    }
}
