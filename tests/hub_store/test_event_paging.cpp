#include "HubStoreFixture.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

namespace {

// A small city's morning: complaints dispatched to two OPDs, worked, one returned and sent on.
void busyMorning(HubFixture &hub)
{
    const Actor dishub = liaisonOf(kDishub);
    const Actor pupr = liaisonOf(kPupr);
    for (int i = 0; i < 4; ++i) {
        const QUuid toDishub = hub.dispatched(kDishub, u"Lampu PJU mati %1"_s.arg(i));
        const QUuid toPupr = hub.dispatched(kPupr, u"Jalan rusak %1"_s.arg(i));
        hub.sendOk(dishub, CommandType::Acknowledge, toDishub);
        hub.sendOk(operatorActor(), CommandType::AddNote, toPupr, notePayload(u"Pelapor menelepon lagi."_s));
        if (i == 1) {
            hub.sendOk(dishub, CommandType::Return, toDishub, returnPayload());
            hub.sendOk(operatorActor(), CommandType::Dispatch, toDishub, dispatchPayload(kPupr));
        }
        hub.intake(intakePayload(u"Belum diverifikasi %1"_s.arg(i)));
    }
}

QList<qint64> allSeqs(HubFixture &hub)
{
    QSqlQuery q(hub.db());
    REQUIRE(q.exec(u"SELECT seq FROM events ORDER BY seq"_s));
    QList<qint64> seqs;
    while (q.next())
        seqs.append(q.value(0).toLongLong());
    return seqs;
}

// Follows the cursor from `after` in pages of `limit`, checking that each page agrees with its next and more.
QList<qint64> walk(HubFixture &hub, const Actor &reader, int limit, qint64 after = 0)
{
    const qint64 head = hub.head();
    QList<qint64> seen;
    for (int pages = 0;; ++pages) {
        REQUIRE(pages <= 200);
        const auto page = hub.store().events(after, limit, reader);
        REQUIRE(page.ok());
        CHECK(page->items.size() <= limit);
        qint64 last = after;
        for (const FeedItem &item : page->items) {
            CHECK(item.seq > last); // increasing, and past the cursor
            last = item.seq;
            seen.append(item.seq);
        }
        CHECK(page->next >= last); // the cursor never falls behind what was handed out
        if (!page->more) {
            CHECK(page->next == head);
            return seen;
        }
        CHECK(page->next > after);
        CHECK(page->next < head);
        CHECK(page->items.size() == limit); // only a full page leaves more behind
        after = page->next;
    }
}

} // namespace

TEST_CASE("pages of events visit every seq once and their next and more agree", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    busyMorning(hub);
    const QList<qint64> seqs = allSeqs(hub);
    REQUIRE(seqs.size() > 30);
    REQUIRE(seqs.last() == hub.head());

    for (int limit : {1, 2, 3, 7, static_cast<int>(seqs.size()), 1000}) {
        CAPTURE(limit);
        CHECK(walk(hub, operatorActor(), limit) == seqs);
    }
}

TEST_CASE("a liaison's cursor advances past events they may not see", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    busyMorning(hub);
    const Actor dishub = liaisonOf(kDishub);

    const auto whole = hub.store().events(0, 1000, dishub);
    REQUIRE(whole.ok());
    QList<qint64> visible;
    for (const FeedItem &item : whole->items)
        visible.append(item.seq);
    REQUIRE(visible.size() >= 8);
    REQUIRE(visible.last() < hub.head()); // the log goes on with things this OPD does not see

    for (int limit : {1, 2, 3, 5}) {
        CAPTURE(limit);
        CHECK(walk(hub, dishub, limit) == visible);
    }

    // Nothing for this OPD after its last event: an empty page that still moves the cursor to the head.
    const auto tail = hub.store().events(visible.last(), 2, dishub);
    REQUIRE(tail.ok());
    CHECK(tail->items.isEmpty());
    CHECK(tail->next == hub.head());
    CHECK_FALSE(tail->more);

    // An OPD nothing was dispatched to follows the log with empty pages.
    const auto none = hub.store().events(0, 5, liaisonOf(kDlh));
    REQUIRE(none.ok());
    CHECK(none->items.isEmpty());
    CHECK(none->next == hub.head());
    CHECK_FALSE(none->more);

    // Later events elsewhere move it again, and the OPD's own next event is found after them.
    const qint64 cursor = none->next;
    hub.dispatched(kPupr, u"Drainase tersumbat"_s);
    const QUuid mine = hub.dispatched(kDlh, u"Sampah menumpuk"_s);
    const auto later = hub.store().events(cursor, 5, liaisonOf(kDlh));
    REQUIRE(later.ok());
    REQUIRE(later->items.size() == 1);
    CHECK(later->items[0].event->complaintId == mine);
    CHECK(later->items[0].history.size() == 2);
    CHECK(later->next == hub.head());
}

TEST_CASE("an empty log gives an empty last page at seq zero", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    for (const Actor &reader : {operatorActor(), liaisonOf(kDishub)}) {
        const auto page = hub.store().events(0, 10, reader);
        REQUIRE(page.ok());
        CHECK(page->items.isEmpty());
        CHECK(page->next == 0);
        CHECK_FALSE(page->more);
    }
}

TEST_CASE("a page limit below one is read as one, never as a page that skips everything", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    hub.dispatched(kDishub);
    const Actor dishub = liaisonOf(kDishub);

    for (int limit : {0, -5}) {
        CAPTURE(limit);
        const auto page = hub.store().events(0, limit, operatorActor());
        REQUIRE(page.ok());
        REQUIRE(page->items.size() == 1);
        CHECK(page->next == page->items[0].seq);
        CHECK(page->more);

        const auto liaisonPage = hub.store().events(0, limit, dishub);
        REQUIRE(liaisonPage.ok());
        CHECK(liaisonPage->items.size() == 1);

        const auto snapshot = hub.store().snapshot(QString(), limit, operatorActor());
        REQUIRE(snapshot.ok());
        CHECK(snapshot->entries.size() == 1);
    }
}
