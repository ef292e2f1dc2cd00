// After a sync the cache shows exactly what the hub shows its user, and later syncs carry exactly the changes.
#include "TestClient.h"
#include "TestHub.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

HubView opdView(const QString &opd) { return {u"opd = ?"_s, {opd}, std::nullopt}; }

} // namespace

TEST_CASE("after one sync the cache equals what the hub shows its user, for every role")
{
    TestHub hub({60, StoreKind::Demo, true});
    const QStringList opds = hub.busiestOpds(2);
    REQUIRE(opds.size() == 2);
    QTemporaryDir dir;

    // Small pages, so that the bootstrap and the pull both take several rounds.
    const TestClient::Limits limits{7, 9};
    SECTION("the operator sees every complaint")
    {
        TestClient client(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s), limits);
        client.requireSync();
        checkSameDump(client.dump(), hubDump(hub.store()));
        CHECK(client.rows(u"complaints"_s) == 60);
        CHECK(client.cursor() == hub.head());
        CHECK(client.meta(u"store_id"_s) == hub.store().info().storeId);
        CHECK(client.meta(u"kind"_s) == u"demo"_s);
        CHECK(client.meta(u"user"_s) == u"operator"_s);
        CHECK(client.engine().status().online);
        CHECK(client.engine().status().storeKind == u"demo"_s);
    }
    SECTION("the supervisor sees every complaint")
    {
        TestClient client(hub.url(), u"supervisor"_s, dir.filePath(u"supervisor.sqlite"_s), limits);
        client.requireSync();
        checkSameDump(client.dump(), hubDump(hub.store()));
        CHECK(client.cursor() == hub.head());
    }
    SECTION("each liaison sees the complaints dispatched to their OPD, with their whole history")
    {
        for (const QString &opd : opds) {
            CAPTURE(opd);
            TestClient client(hub.url(), u"liaison-"_s + opd.toLower(), dir.filePath(opd + u".sqlite"_s), limits);
            client.requireSync();
            const SyncDump expected = hubDump(hub.store(), opdView(opd));
            CHECK_FALSE(expected.states.isEmpty());
            checkSameDump(client.dump(), expected);
            CHECK(client.cursor() == hub.head());
        }
    }
}

TEST_CASE("a second sync with no change applies nothing, and new commands on the hub arrive on the next one")
{
    TestHub hub({30, StoreKind::Demo, true});
    QTemporaryDir dir;
    TestClient client(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s), {5, 8});
    client.requireSync();
    const SyncDump first = client.dump();
    const qint64 cursor = client.cursor();
    REQUIRE(cursor == hub.head());
    client.takeCacheChanges();

    client.requireSync();
    CHECK(client.takeCacheChanges() == 0);
    CHECK(client.cursor() == cursor);
    CHECK(client.dump() == first);

    // Meanwhile, at other workstations: the supervisor takes in a complaint, verifies and escalates it, notes on
    // another; the cursor moves past all of them.
    const QUuid fresh = hub.verified(u"supervisor"_s);
    hub.run(u"supervisor"_s, CommandType::Escalate, fresh, {{u"reason"_s, u"Sudah viral di media sosial."_s}});
    const QUuid other = QUuid::fromString(hub.scalar(u"SELECT id FROM complaints ORDER BY id LIMIT 1"_s).toString());
    hub.run(u"supervisor"_s, CommandType::AddNote, other, {{u"text"_s, u"Warga menelepon lagi."_s}});

    client.requireSync();
    CHECK(client.takeCacheChanges() > 0);
    CHECK(client.cursor() == hub.head());
    CHECK(client.cursor() == cursor + 4);
    checkSameDump(client.dump(), hubDump(hub.store()));
    const auto cached = client.cached(fresh);
    REQUIRE(cached);
    CHECK(cached->state == ComplaintState::Verified);
    CHECK(cached->escalated);
    CHECK(client.cached(other)->version == hub.version(other));
}

TEST_CASE("a complaint enters a liaison's cache with its history when dispatched there, and leaves when returned")
{
    TestHub hub({20, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QString opd = u"DISHUB"_s;
    const QString liaison = u"liaison-dishub"_s;
    TestClient client(hub.url(), liaison, dir.filePath(u"dishub.sqlite"_s), {4, 4});
    client.requireSync();
    checkSameDump(client.dump(), hubDump(hub.store(), opdView(opd)));

    const QUuid id = hub.verified(u"operator"_s);
    client.requireSync();
    CHECK_FALSE(client.cached(id)); // not dispatched yet: the liaison may not see it

    hub.run(u"operator"_s, CommandType::Dispatch, id, {{u"opd"_s, opd}});
    client.requireSync();
    const auto arrived = client.cached(id);
    REQUIRE(arrived);
    CHECK(arrived->state == ComplaintState::Dispatched);
    checkSameDump(client.dump(), hubDump(hub.store(), opdView(opd)));
    CHECK(client.cursor() == hub.head());

    SECTION("returned through the liaison's own outbox")
    {
        client.enqueue(CommandType::Return, id, {{u"reason"_s, u"other_opd"_s}});
        client.requireSync();
        CHECK(client.outbox().isEmpty());
    }
    SECTION("returned from another workstation of the OPD")
    {
        hub.run(liaison, CommandType::Return, id, {{u"reason"_s, u"other_opd"_s}});
        client.requireSync();
    }
    CHECK_FALSE(client.cached(id));
    CHECK(hub.version(id) == 4);
    checkSameDump(client.dump(), hubDump(hub.store(), opdView(opd)));
    CHECK(client.cursor() == hub.head());
}
