// Issue 14's must-hold: a user whose OPD an admin changes is re-bootstrapped on their next sync and keeps their
// outbox. The change goes through the admin route (not SQL), the workstation is a real SyncEngine on its cache.
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

void moveLiaison(TestHub &hub, const QString &username, const QString &opd)
{
    const HubResponse moved = hub.post(u"admin"_s, u"/api/v1/admin/users"_s,
                                       {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                        {u"action"_s, u"change"_s},
                                        {u"username"_s, username},
                                        {u"role"_s, u"liaison"_s},
                                        {u"opd"_s, opd},
                                        {u"reason"_s, u"Mutasi ke %1 per SK 800/45/2026"_s.arg(opd)}});
    INFO(moved.body.toStdString());
    REQUIRE(moved.status == 200);
}

} // namespace

TEST_CASE("a liaison moved to another OPD is re-bootstrapped on the next sync, and the queued commands still go out")
{
    TestHub hub({20, StoreKind::Demo, true});
    hub.addUser(u"admin"_s, Role::Admin);
    QTemporaryDir dir;
    const QString liaison = u"liaison-dishub"_s;
    // One complaint at each OPD: the liaison works on the DISHUB one, then moves to DLH.
    const QUuid atDishub = hub.verified(u"operator"_s);
    hub.run(u"operator"_s, CommandType::Dispatch, atDishub, {{u"opd"_s, u"DISHUB"_s}});
    const QUuid atDlh = hub.verified(u"operator"_s);
    hub.run(u"operator"_s, CommandType::Dispatch, atDlh, {{u"opd"_s, u"DLH"_s}});

    TestClient client(hub.url(), liaison, dir.filePath(u"dishub.sqlite"_s), {4, 4});
    client.requireSync();
    REQUIRE(client.meta(u"scope"_s) == u"liaison/DISHUB"_s);
    REQUIRE(client.cached(atDishub));
    REQUIRE_FALSE(client.cached(atDlh));

    // Written while the admin moves her: queued, not sent yet.
    const Command note
        = client.enqueue(CommandType::AddNote, atDishub, {{u"text"_s, u"Sudah dicek ke lokasi, menunggu material."_s}});
    moveLiaison(hub, liaison, u"DLH"_s);
    REQUIRE(client.outbox().size() == 1);

    client.requireSync();
    // Re-bootstrapped under the new scope: the DLH complaint is there, the DISHUB one gone.
    CHECK(client.meta(u"scope"_s) == u"liaison/DLH"_s);
    CHECK(client.cached(atDlh));
    CHECK_FALSE(client.cached(atDishub));
    CHECK(client.cursor() == hub.head());
    // The note was kept through the re-bootstrap and sent under the new session: the hub answered it (as the
    // complaint is no longer hers, with a refusal the outbox keeps, its text and the hub's sentence, for her to
    // pass on), never dropped unsent.
    const QList<OutboxEntry> outbox = client.outbox();
    REQUIRE(outbox.size() == 1);
    CHECK(outbox.at(0).command.commandId == note.commandId);
    CHECK(outbox.at(0).status == u"refused"_s);
    CHECK(outbox.at(0).errorCode == u"out_of_scope"_s);
    CHECK(outbox.at(0).attempts >= 1);
    CHECK(hubEventsOfCommand(hub, note.commandId) == 0);

    // A command she queues now, on her new OPD's complaint, goes out under the new scope.
    const Command acknowledged = client.enqueue(CommandType::Acknowledge, atDlh, {});
    client.requireSync();
    CHECK(hubEventsOfCommand(hub, acknowledged.commandId) == 1);
}
