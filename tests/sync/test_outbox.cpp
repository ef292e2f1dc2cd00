// The outbox: commands survive being offline and restarts, are sent in order per complaint, exactly once, and a
// refusal or a conflict holds back only its own complaint.
#include "FaultProxy.h"
#include "TestClient.h"
#include "TestHub.h"
#include "store/ComplaintRepository.h"
#include "store/OutboxView.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

// The event types of a complaint on the hub, by version.
QStringList hubHistory(TestHub &hub, const QUuid &complaint)
{
    QStringList types;
    const auto history = hub.store().history(complaint);
    REQUIRE(history.ok());
    for (const Event &event : history.value())
        types.append(event.typeName);
    return types;
}

qint64 hubEventsOfCommand(TestHub &hub, const QUuid &commandId)
{
    return hub.scalar(u"SELECT COUNT(*) FROM events WHERE json LIKE ?"_s,
                      {QString(u"%\"command_id\":\""_s + uuidText(commandId) + u"\"%"_s)})
        .toLongLong();
}

qint64 hubEventsOfType(TestHub &hub, const QUuid &complaint, const QString &type)
{
    return hub.scalar(u"SELECT COUNT(*) FROM events WHERE complaint_id = ? AND type = ?"_s, {uuidText(complaint), type})
        .toLongLong();
}

const QJsonObject kToDishub{{u"opd"_s, u"DISHUB"_s}};

} // namespace

TEST_CASE("commands queued offline survive a restart and are applied in order when the hub is back on a new port")
{
    TestHub hub({10, StoreKind::Demo, true});
    const QUuid id = hub.intake(u"supervisor"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operator.sqlite"_s);
    {
        TestClient client(hub.url(), u"operator"_s, path);
        client.requireSync();
        const qint64 seen = client.cachedVersion(id);
        REQUIRE(seen == 1);

        hub.stop();
        const Status offline = client.sync();
        REQUIRE(offline);
        CHECK(offline->code == u"network"_s);
        CHECK_FALSE(offline->message.isEmpty());
        CHECK_FALSE(client.engine().status().online);

        // Verify, then dispatch, both from the cached version: the client has not seen its verify confirmed.
        client.enqueue(CommandType::Verify, id, verifyPayload(), seen);
        client.enqueue(CommandType::Dispatch, id, kToDishub, seen);
        CHECK(client.sync()); // still offline: nothing is lost
        CHECK(client.outbox().size() == 2);
        CHECK(client.engine().status().pending == 2);
    } // the workstation restarts

    hub.start();
    TestClient restarted(hub.url(), u"operator"_s, path);
    CHECK(restarted.engine().status().pending == 2);
    restarted.requireSync();
    CHECK(restarted.outbox().isEmpty());
    const SyncStatus status = restarted.engine().status();
    CHECK(status.pending == 0);
    CHECK(status.conflicts == 0);
    CHECK(status.refused == 0);
    CHECK(status.online);

    const auto cached = restarted.cached(id);
    REQUIRE(cached);
    CHECK(cached->state == ComplaintState::Dispatched);
    CHECK(cached->opd == u"DISHUB"_s);
    CHECK(cached->version == 3);
    CHECK(hubHistory(hub, id) == QStringList{u"received"_s, u"verified"_s, u"dispatched"_s});
    checkSameDump(restarted.dump(), hubDump(hub.store()));
    CHECK(restarted.cursor() == hub.head());
}

TEST_CASE("two clients dispatch the same verified complaint from the same version: one wins, the other is held")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QUuid id = hub.verified(u"supervisor"_s);
    TestClient operatorClient(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    TestClient supervisorClient(hub.url(), u"supervisor"_s, dir.filePath(u"supervisor.sqlite"_s));
    operatorClient.requireSync();
    supervisorClient.requireSync();
    REQUIRE(operatorClient.cachedVersion(id) == 2);
    REQUIRE(supervisorClient.cachedVersion(id) == 2);

    operatorClient.enqueue(CommandType::Dispatch, id, kToDishub);
    const Command loser = supervisorClient.enqueue(CommandType::Dispatch, id, {{u"opd"_s, u"DLH"_s}});
    const Command later = supervisorClient.enqueue(CommandType::AddNote, id, {{u"text"_s, u"Mohon segera."_s}});
    operatorClient.requireSync();
    REQUIRE(operatorClient.outbox().isEmpty());
    supervisorClient.requireSync(); // a refused or conflicting command is not a failed sync

    const QList<OutboxEntry> outbox = supervisorClient.outbox();
    REQUIRE(outbox.size() == 2);
    CHECK(outbox.at(0).command.commandId == loser.commandId);
    // The loser sees a conflict with the hub's version beside its own: its dispatch is impossible only because
    // someone else moved the complaint on after the version it worked from.
    CHECK(outbox.at(0).status == u"conflict"_s);
    CHECK(outbox.at(0).errorCode == u"conflict"_s);
    CHECK_FALSE(outbox.at(0).errorMessage.isEmpty());
    const QJsonObject serverState = QJsonDocument::fromJson(outbox.at(0).serverState.toUtf8()).object();
    CHECK(serverState.value(u"state"_s).toString() == u"dispatched"_s);
    CHECK(serverState.value(u"opd"_s).toString() == u"DISHUB"_s);
    // Its later command on the same complaint is held back, unsent.
    CHECK(outbox.at(1).command.commandId == later.commandId);
    CHECK(outbox.at(1).status == u"pending"_s);
    CHECK(outbox.at(1).attempts == 0);
    CHECK(supervisorClient.engine().status().conflicts == 1);

    CHECK(hubEventsOfType(hub, id, u"dispatched"_s) == 1);
    CHECK(hubEventsOfType(hub, id, u"note_added"_s) == 0);
    // Both caches show the winner's dispatch.
    CHECK(supervisorClient.cached(id)->opd == u"DISHUB"_s);
    checkSameDump(supervisorClient.dump(), hubDump(hub.store()));
    checkSameDump(operatorClient.dump(), hubDump(hub.store()));
}

TEST_CASE("a command after a state change the author has not seen becomes a conflict holding the hub's state")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QUuid id = hub.verified(u"supervisor"_s);
    const QUuid elsewhere = hub.intake(u"operator"_s);
    TestClient operatorClient(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    TestClient supervisorClient(hub.url(), u"supervisor"_s, dir.filePath(u"supervisor.sqlite"_s));
    operatorClient.requireSync();
    supervisorClient.requireSync();

    // Both dispatch from version 2. The operator's goes first; DISHUB returns it before the supervisor's arrives,
    // so the state machine allows the supervisor's dispatch again ("verified"), but the base version does not.
    operatorClient.enqueue(CommandType::Dispatch, id, kToDishub);
    const Command loser = supervisorClient.enqueue(CommandType::Dispatch, id, {{u"opd"_s, u"DLH"_s}});
    const Command later = supervisorClient.enqueue(CommandType::AddNote, id, {{u"text"_s, u"Mohon segera."_s}});
    const Command unrelated = supervisorClient.enqueue(CommandType::Verify, elsewhere, verifyPayload());
    operatorClient.requireSync();
    hub.run(u"liaison-dishub"_s, CommandType::Return, id, {{u"reason"_s, u"other_opd"_s}});
    REQUIRE(hub.version(id) == 4);
    supervisorClient.requireSync();

    const QList<OutboxEntry> outbox = supervisorClient.outbox();
    REQUIRE(outbox.size() == 2);
    CHECK(outbox.at(0).command.commandId == loser.commandId);
    CHECK(outbox.at(0).status == u"conflict"_s);
    CHECK(outbox.at(0).errorCode == u"conflict"_s);
    REQUIRE_FALSE(outbox.at(0).serverState.isEmpty());
    const QJsonObject serverState = QJsonDocument::fromJson(outbox.at(0).serverState.toUtf8()).object();
    CHECK(serverState.value(u"version"_s).toInteger() == 4);
    CHECK(serverState.value(u"state"_s).toString() == u"verified"_s);
    CHECK(outbox.at(1).command.commandId == later.commandId);
    CHECK(outbox.at(1).status == u"pending"_s);
    CHECK(outbox.at(1).attempts == 0);
    const SyncStatus status = supervisorClient.engine().status();
    CHECK(status.conflicts == 1);
    CHECK(status.pending == 1);

    // The hub has exactly the operator's dispatch; the unrelated complaint went through.
    CHECK(hubEventsOfType(hub, id, u"dispatched"_s) == 1);
    CHECK(hubEventsOfType(hub, id, u"note_added"_s) == 0);
    CHECK(hubEventsOfCommand(hub, unrelated.commandId) == 1);
    checkSameDump(supervisorClient.dump(), hubDump(hub.store()));
}

TEST_CASE("a command whose answer was lost is sent again and applied exactly once")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QUuid id = QUuid::fromString(hub.scalar(u"SELECT id FROM complaints ORDER BY id LIMIT 1"_s).toString());
    FaultProxy proxy(hub.url().port());
    TestClient client(proxy.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    client.requireSync();
    const Command note = client.enqueue(CommandType::AddNote, id, {{u"text"_s, u"Sudah dicek di lokasi."_s}});

    SECTION("the first copy reached the hub by another way (sent directly with the same command id)")
    {
        const HubResponse direct = hub.send(u"operator"_s, note);
        INFO(direct.body.toStdString());
        REQUIRE(direct.status == 200);
    }
    SECTION("the engine's own first send lost its answer on the way back")
    {
        proxy.setFault(FaultProxy::Fault::Cut, 1); // the pull's page passes; the command's answer is cut
        const Status lost = client.sync();
        REQUIRE(lost);
        CHECK(lost->code == u"network"_s);
        CHECK(proxy.faulted() >= 1);
        REQUIRE(client.outbox().size() == 1);
        CHECK(client.outbox().at(0).status == u"pending"_s);
        CHECK(client.outbox().at(0).attempts == 1);
    }
    REQUIRE(hubEventsOfCommand(hub, note.commandId) == 1); // the hub applied the first copy

    proxy.setFault(FaultProxy::Fault::None);
    client.requireSync();
    CHECK(proxy.requests().contains("POST /api/v1/commands HTTP/1.1")); // the queued copy was sent
    CHECK(client.outbox().isEmpty());
    CHECK(hubEventsOfCommand(hub, note.commandId) == 1);
    CHECK(client.engine().status().pending == 0);
    checkSameDump(client.dump(), hubDump(hub.store()));
    const auto history = ComplaintRepository(client.cache()).history(id);
    REQUIRE(history.ok());
    CHECK(history->last().commandId == note.commandId);
}

TEST_CASE("a refused command holds back only the later commands on its complaint")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QUuid held = hub.verified(u"supervisor"_s);
    const QUuid other = hub.intake(u"supervisor"_s);
    TestClient client(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    client.requireSync();

    const Command refused = client.enqueue(CommandType::Dispatch, held, {{u"opd"_s, u"DINAS-FIKTIF"_s}});
    const Command later = client.enqueue(CommandType::AddNote, held, {{u"text"_s, u"Menunggu disposisi."_s}});
    const Command through = client.enqueue(CommandType::Verify, other, verifyPayload());
    client.requireSync();

    for (int round = 0; round < 2; ++round) { // and a later sync does not send the held command either
        CAPTURE(round);
        const QList<OutboxEntry> outbox = client.outbox();
        REQUIRE(outbox.size() == 2);
        CHECK(outbox.at(0).command.commandId == refused.commandId);
        CHECK(outbox.at(0).status == u"refused"_s);
        CHECK(outbox.at(0).errorCode == u"unknown_opd"_s);
        CHECK(outbox.at(0).errorMessage.contains(u"DINAS-FIKTIF"_s));
        CHECK(outbox.at(0).serverState.isEmpty());
        CHECK(outbox.at(1).command.commandId == later.commandId);
        CHECK(outbox.at(1).status == u"pending"_s);
        CHECK(outbox.at(1).attempts == 0);
        const SyncStatus status = client.engine().status();
        CHECK(status.refused == 1);
        CHECK(status.pending == 1);
        CHECK(hubEventsOfCommand(hub, through.commandId) == 1);
        CHECK(hubEventsOfCommand(hub, later.commandId) == 0);
        CHECK(hub.version(held) == 2);
        CHECK(client.cached(other)->state == ComplaintState::Verified);
        checkSameDump(client.dump(), hubDump(hub.store()));
        client.requireSync();
    }
}

TEST_CASE("a screen reads the cached state and the outbox as of one moment though the sync commits between its reads")
{
    TestHub hub({5, StoreKind::Demo, true});
    const QUuid id = hub.intake(u"supervisor"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operator.sqlite"_s);
    TestClient client(hub.url(), u"operator"_s, path);
    client.requireSync();
    const Command verify = client.enqueue(CommandType::Verify, id, verifyPayload());
    // The screens' connection to the same file, as the GUI thread has beside the sync thread's.
    LocalCache screen;
    REQUIRE_FALSE(screen.open(path, newConnectionName()));

    // The sync sends the verify, the hub confirms it and the cache takes its events and drops it from the outbox,
    // all after the screen has read the cached state and before it reads the outbox.
    const auto reads = OutboxView(screen).pendingReads(id, true, [&] { client.requireSync(); });
    REQUIRE(reads.ok());
    REQUIRE(reads->cached);
    CHECK(client.outbox().isEmpty());
    CHECK(client.cached(id)->state == ComplaintState::Verified);
    // Read apart, the screen would see the complaint as received with nothing on its way: the verify lost from view.
    CHECK(reads->cached->state == ComplaintState::Received);
    REQUIRE(reads->entries.size() == 1);
    CHECK(reads->entries.first().command.commandId == verify.commandId);
    CHECK_FALSE(reads->confirmed.contains(verify.commandId));

    const auto after = OutboxView(screen).pendingReads(id, true);
    REQUIRE(after.ok());
    CHECK(after->cached->state == ComplaintState::Verified);
    CHECK(after->entries.isEmpty());
    CHECK(after->confirmed.contains(verify.commandId));
    CHECK_FALSE(OutboxView(screen).pendingReads(QUuid::createUuid(), true)->cached);
}
