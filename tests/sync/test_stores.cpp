// A cache belongs to one (store, user): a restored hub (new epoch) is bootstrapped again, another store or another
// user never gets the cache or its outbox.
#include "FaultProxy.h"
#include "TestClient.h"
#include "TestHub.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

qint64 hubEventsOfCommand(TestHub &hub, const QUuid &commandId)
{
    return hub.scalar(u"SELECT COUNT(*) FROM events WHERE json LIKE ?"_s,
                      {QString(u"%\"command_id\":\""_s + uuidText(commandId) + u"\"%"_s)})
        .toLongLong();
}

// "Restores the hub from a backup" taken before `lost` was taken in: its events, projection and identity are
// gone, and the store gets a new epoch (same store id).
void restoreBackupWithout(TestHub &hub, const QUuid &lost)
{
    for (const auto *table : {u"events", u"complaints", u"identities"}) {
        const QString column = QStringView(table) == u"complaints" ? u"id"_s : u"complaint_id"_s;
        hub.exec(u"DELETE FROM "_s + QString::fromUtf16(table) + u" WHERE "_s + column + u" = ?"_s, {uuidText(lost)});
    }
    hub.exec(u"UPDATE hub_meta SET value = ? WHERE key = 'epoch'"_s, {QString::number(hub.store().info().epoch + 1)});
    hub.reopen();
}

} // namespace

TEST_CASE("a hub restored from a backup makes the client bootstrap again and send what it had queued once")
{
    TestHub hub({20, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operator.sqlite"_s);
    const QString storeId = hub.store().info().storeId;
    const QUuid kept = QUuid::fromString(hub.scalar(u"SELECT id FROM complaints ORDER BY id LIMIT 1"_s).toString());
    const QUuid lost = hub.intake(u"supervisor"_s); // the backup was taken before this one
    FaultProxy proxy(hub.url().port());
    Command note;

    SECTION("a running client meets the new epoch in a page")
    {
        TestClient client(proxy.url(), u"operator"_s, path, {6, 6});
        client.requireSync();
        REQUIRE(client.cached(lost));
        note = client.enqueue(CommandType::AddNote, kept, {{u"text"_s, u"Dicatat sebelum hub dipulihkan."_s}});

        restoreBackupWithout(hub, lost);
        REQUIRE(hub.store().info().epoch == 2);
        proxy.setUpstreamPort(hub.url().port());
        proxy.setFault(FaultProxy::Fault::None);
        client.requireSync();
        CHECK(client.meta(u"epoch"_s) == u"2"_s);
        CHECK(client.outbox().isEmpty());
        CHECK_FALSE(client.cached(lost));
        checkSameDump(client.dump(), hubDump(hub.store()));
        CHECK(client.cursor() == hub.head());
    }
    SECTION("a restarted client meets the new epoch when it logs in")
    {
        {
            TestClient client(proxy.url(), u"operator"_s, path, {6, 6});
            client.requireSync();
            REQUIRE(client.cached(lost));
            note = client.enqueue(CommandType::AddNote, kept, {{u"text"_s, u"Dicatat sebelum hub dipulihkan."_s}});
        }
        restoreBackupWithout(hub, lost);
        proxy.setUpstreamPort(hub.url().port());
        proxy.setFault(FaultProxy::Fault::None);
        TestClient client(proxy.url(), u"operator"_s, path, {6, 6});
        client.requireSync();
        CHECK(client.meta(u"epoch"_s) == u"2"_s);
        CHECK(client.outbox().isEmpty());
        CHECK_FALSE(client.cached(lost));
        checkSameDump(client.dump(), hubDump(hub.store()));
        CHECK(client.cursor() == hub.head());
    }
    CHECK(proxy.requests().contains("GET /api/v1/snapshot?limit=6 HTTP/1.1")); // bootstrapped from the start
    CHECK(hub.store().info().storeId == storeId);
    CHECK(hubEventsOfCommand(hub, note.commandId) == 1);
}

TEST_CASE("a cache made against one store is never used against another, and its outbox never reaches it")
{
    TestHub demo({10, StoreKind::Demo, true});
    // Another hub: a production store, where "operator" is a supervisor.
    TestHub production({0, StoreKind::Production, false});
    production.addUser(u"operator"_s, Role::Supervisor);
    production.intake(u"operator"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operator.sqlite"_s);
    const QUuid id = QUuid::fromString(demo.scalar(u"SELECT id FROM complaints ORDER BY id LIMIT 1"_s).toString());
    SyncDump before;
    Command note;
    {
        TestClient client(demo.url(), u"operator"_s, path);
        client.requireSync();
        note = client.enqueue(CommandType::AddNote, id, {{u"text"_s, u"Belum terkirim."_s}});
        before = client.dump();
    }
    const auto productionLog = [&production] {
        return std::pair{production.scalar(u"SELECT COUNT(*) FROM events"_s).toLongLong(),
                         production.scalar(u"SELECT COUNT(*) FROM commands"_s).toLongLong()};
    };
    const auto logBefore = productionLog();
    REQUIRE(logBefore.first == 1);

    TestClient client(production.url(), u"operator"_s, path);
    for (int attempt = 0; attempt < 2; ++attempt) { // the second time with a valid session on that hub
        CAPTURE(attempt);
        const Status status = client.sync();
        REQUIRE(status);
        CHECK(status->code == u"other_store"_s);
        CHECK(status->message.contains(demo.store().info().storeId));
        CHECK(status->message.contains(production.store().info().storeId));
        CHECK(status->message.contains(u"demo"_s));
        CHECK(status->message.contains(u"production"_s));
        CHECK(client.engine().status().lastError == status->message);
        CHECK(productionLog() == logBefore);
        CHECK(client.dump() == before);
        CHECK(client.meta(u"store_id"_s) == demo.store().info().storeId);
        CHECK(client.meta(u"scope"_s) == u"operator/"_s);
        REQUIRE(client.outbox().size() == 1);
        CHECK(client.outbox().at(0).status == u"pending"_s);
    }

    SECTION("and back on its own hub the cache syncs and sends what it kept")
    {
        TestClient home(demo.url(), u"operator"_s, path);
        home.requireSync();
        CHECK(home.outbox().isEmpty());
        CHECK(hubEventsOfCommand(demo, note.commandId) == 1);
        checkSameDump(home.dump(), hubDump(demo.store()));
    }
}

TEST_CASE("a role change met by the pull or by a command starts the stream afresh, and the command still goes out")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QUuid id = QUuid::fromString(hub.scalar(u"SELECT id FROM complaints ORDER BY id LIMIT 1"_s).toString());
    FaultProxy proxy(hub.url().port());
    TestClient client(proxy.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s), {4, 4});
    client.requireSync();
    REQUIRE(client.meta(u"scope"_s) == u"operator/"_s);
    const Command note = client.enqueue(CommandType::AddNote, id, {{u"text"_s, u"Ditulis sebelum naik jabatan."_s}});

    // The admin makes the operator a supervisor just before the client's next request of a kind reaches the hub:
    // the session's scope is stale from then on (409 scope_changed).
    QByteArray trigger;
    SECTION("met by the pull")
    {
        trigger = "GET /api/v1/events";
    }
    SECTION("met by the command")
    {
        trigger = "POST /api/v1/commands";
    }
    bool promoted = false;
    proxy.setFault(FaultProxy::Fault::None);
    proxy.setOnRequest([&](const QByteArray &line) {
        if (promoted || !line.startsWith(trigger))
            return;
        promoted = true;
        hub.exec(u"UPDATE users SET role = 'supervisor', scope_version = scope_version + 1 "
                 u"WHERE username = 'operator'"_s);
    });
    client.requireSync();
    REQUIRE(promoted);
    CHECK(client.meta(u"scope"_s) == u"supervisor/"_s);
    CHECK(proxy.requests().contains("GET /api/v1/snapshot?limit=4 HTTP/1.1"));
    CHECK(client.outbox().isEmpty()); // not mistaken for a conflict of the command
    CHECK(hubEventsOfCommand(hub, note.commandId) == 1);
    checkSameDump(client.dump(), hubDump(hub.store()));
    CHECK(client.cursor() == hub.head());
}

TEST_CASE("a cache opened by another user is refused, and nothing of it is sent under their name")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared-workstation.sqlite"_s);
    const QUuid id = QUuid::fromString(hub.scalar(u"SELECT id FROM complaints ORDER BY id LIMIT 1"_s).toString());
    Command note;
    {
        TestClient client(hub.url(), u"operator"_s, path);
        client.requireSync();
        note = client.enqueue(CommandType::AddNote, id, {{u"text"_s, u"Milik operator."_s}});
    }
    const qint64 head = hub.head();

    SyncEngine engine(settingsFor(hub.url(), u"supervisor"_s, path));
    const Status opened = engine.open(newConnectionName());
    REQUIRE(opened);
    CHECK(opened->code == u"cache_of_another_user"_s);
    CHECK(opened->message.contains(u"\"operator\""_s));
    CHECK(opened->message.contains(path));

    // A caller that goes on regardless gets nothing done with the refused cache.
    const Status synced = engine.syncOnce();
    REQUIRE(synced);
    CHECK(synced->code == u"not_open"_s);
    CHECK(engine.enqueue(TestHub::command(CommandType::AddNote, id, 1, {{u"text"_s, u"x"_s}})));
    CHECK(hub.head() == head);
    CHECK(hubEventsOfCommand(hub, note.commandId) == 0);
}
