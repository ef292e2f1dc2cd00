#include "HubStoreFixture.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

namespace {

FeedPage everything(HubFixture &hub, const Actor &reader, qint64 after = 0)
{
    const auto page = hub.store().events(after, 1000, reader);
    REQUIRE(page.ok());
    CHECK_FALSE(page->more);
    CHECK(page->next == hub.head());
    return page.value();
}

QList<qint64> versionsOf(const QList<Event> &events)
{
    QList<qint64> versions;
    for (const Event &event : events)
        versions.append(event.version);
    return versions;
}

QList<qint64> upTo(qint64 last)
{
    QList<qint64> versions;
    for (qint64 v = 1; v <= last; ++v)
        versions.append(v);
    return versions;
}

// An item that carries an event and the complaint's state after it.
void checkEventItem(const FeedItem &item, EventType type, qint64 version)
{
    REQUIRE(item.event.has_value());
    REQUIRE(item.state.has_value());
    CHECK(item.removed.isNull());
    CHECK(item.event->type == type);
    CHECK(item.event->version == version);
    CHECK(item.event->seq == item.seq);
    CHECK(item.state->version == version);
}

} // namespace

TEST_CASE("a complaint returned by one OPD and dispatched to another moves between the liaisons' streams",
          "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const Actor dishub = liaisonOf(kDishub);
    const Actor pupr = liaisonOf(kPupr);

    const QUuid id = hub.dispatched(kDishub); // v1 received, v2, v3
    hub.sendOk(dishub, CommandType::AddNote, id, notePayload(u"Kami cek dulu."_s)); // v4
    hub.sendOk(dishub, CommandType::Return, id, returnPayload()); // v5 back to the center
    hub.sendOk(operatorActor(), CommandType::Dispatch, id, dispatchPayload(kPupr)); // v6
    hub.sendOk(pupr, CommandType::Acknowledge, id); // v7

    // The operator sees every step, each with the state after it.
    const FeedPage all = everything(hub, operatorActor());
    REQUIRE(all.items.size() == 7);
    const QList<EventType> steps
        = {EventType::Received, EventType::Verified,   EventType::Dispatched,  EventType::NoteAdded,
           EventType::Returned, EventType::Dispatched, EventType::Acknowledged};
    QHash<qint64, qint64> seqOfVersion;
    for (qsizetype i = 0; i < all.items.size(); ++i) {
        CAPTURE(i);
        checkEventItem(all.items[i], steps[i], i + 1);
        CHECK(all.items[i].history.isEmpty());
        seqOfVersion.insert(i + 1, all.items[i].seq);
    }

    SECTION("the first OPD's stream shows the complaint from its dispatch, then its removal")
    {
        const FeedPage page = everything(hub, dishub);
        REQUIRE(page.items.size() == 3);
        checkEventItem(page.items[0], EventType::Dispatched, 3);
        CHECK(page.items[0].seq == seqOfVersion[3]);
        CHECK(page.items[0].state->opd == QString::fromUtf16(kDishub));
        CHECK(versionsOf(page.items[0].history) == upTo(2)); // it entered the scope: its history before
        checkEventItem(page.items[1], EventType::NoteAdded, 4);
        CHECK(page.items[1].history.isEmpty());
        CHECK(page.items[2].seq == seqOfVersion[5]);
        CHECK(page.items[2].removed == id);
        CHECK_FALSE(page.items[2].event.has_value());
        CHECK_FALSE(page.items[2].state.has_value());
    }
    SECTION("the second OPD's stream shows the complaint with its earlier history when it enters")
    {
        const FeedPage page = everything(hub, pupr);
        REQUIRE(page.items.size() == 2);
        checkEventItem(page.items[0], EventType::Dispatched, 6);
        CHECK(page.items[0].seq == seqOfVersion[6]);
        CHECK(page.items[0].state->opd == QString::fromUtf16(kPupr));
        CHECK(versionsOf(page.items[0].history) == upTo(5));
        checkEventItem(page.items[1], EventType::Acknowledged, 7);
        CHECK(page.items[1].history.isEmpty());
    }
    SECTION("an OPD it never reached sees nothing of it")
    {
        CHECK(everything(hub, liaisonOf(kDlh)).items.isEmpty());
    }
    SECTION("the snapshot holds it for the OPD it is with, and not for the one that returned it")
    {
        const auto forPupr = hub.store().snapshot(QString(), 50, pupr);
        REQUIRE(forPupr.ok());
        CHECK(forPupr->head == hub.head());
        REQUIRE(forPupr->entries.size() == 1);
        CHECK(forPupr->entries[0].state.id == id);
        CHECK(forPupr->entries[0].state.version == 7);
        CHECK(forPupr->entries[0].state.state == ComplaintState::InProgress);
        CHECK(versionsOf(forPupr->entries[0].history) == upTo(7));
        CHECK(forPupr->next.isEmpty());

        const auto forDishub = hub.store().snapshot(QString(), 50, dishub);
        REQUIRE(forDishub.ok());
        CHECK(forDishub->entries.isEmpty());

        const auto forOperator = hub.store().snapshot(QString(), 50, operatorActor());
        REQUIRE(forOperator.ok());
        CHECK(forOperator->entries.size() == 1);
    }
    SECTION("a complaint that comes back to an OPD enters its stream again with everything since")
    {
        const qint64 dishubCursor = hub.head();
        hub.sendOk(pupr, CommandType::Return, id, returnPayload()); // v8
        hub.sendOk(operatorActor(), CommandType::Dispatch, id, dispatchPayload(kDishub)); // v9
        const FeedPage page = everything(hub, dishub, dishubCursor);
        REQUIRE(page.items.size() == 1);
        checkEventItem(page.items[0], EventType::Dispatched, 9);
        CHECK(versionsOf(page.items[0].history) == upTo(8));

        const FeedPage left = everything(hub, pupr, dishubCursor);
        REQUIRE(left.items.size() == 1);
        CHECK(left.items[0].removed == id);
    }
}

TEST_CASE("the snapshot is paged by key and visits every complaint in scope once", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    QSet<QUuid> dishubIds;
    QSet<QUuid> allIds;
    for (int i = 0; i < 7; ++i) {
        const QUuid id = hub.dispatched(i % 3 == 0 ? kPupr : kDishub, u"Keluhan %1"_s.arg(i));
        allIds.insert(id);
        if (i % 3 != 0)
            dishubIds.insert(id);
    }
    allIds.insert(hub.intake()); // still with the command center

    for (const Actor &reader : {operatorActor(), liaisonOf(kDishub)}) {
        CAPTURE(reader.user);
        const QSet<QUuid> &expected = reader.role == Role::Liaison ? dishubIds : allIds;
        QSet<QUuid> seen;
        QString after;
        int pages = 0;
        do {
            const auto page = hub.store().snapshot(after, 2, reader);
            REQUIRE(page.ok());
            CHECK(page->head == (after.isEmpty() ? hub.head() : 0));
            for (const SnapshotEntry &entry : page->entries) {
                CHECK_FALSE(seen.contains(entry.state.id));
                seen.insert(entry.state.id);
                CHECK(entry.history.size() == entry.state.version);
            }
            after = page->next;
            REQUIRE(++pages <= 10);
        } while (!after.isEmpty());
        CHECK(seen == expected);
    }
}
