// Network faults between the client and the hub (a proxy that cuts, resets, garbles or delays answers): a sync
// fails with an error and applies nothing of a broken answer, and the next sync without the fault converges.
#include "FaultProxy.h"
#include "TestClient.h"
#include "TestHub.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

using Fault = FaultProxy::Fault;

std::string faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::Cut:
        return "answer cut after half its bytes";
    case Fault::Reset:
        return "connection reset in the middle of the answer";
    case Fault::Garbage:
        return "garbage instead of an HTTP answer";
    case Fault::GarbageBody:
        return "200 OK with a body that is not JSON";
    case Fault::Delay:
        return "answer 2 s late";
    }
    return {};
}

// A sync that met a broken answer: an error a person can read, said to be a transport problem.
void requireFailedByFault(const Status &status, const FaultProxy &proxy)
{
    REQUIRE(status);
    INFO(status->message.toStdString());
    CHECK((status->code == u"network"_s || status->code == u"bad_reply"_s));
    CHECK_FALSE(status->message.isEmpty());
    CHECK(proxy.faulted() >= 1);
}

QList<QUuid> complaintIds(TestHub &hub)
{
    QList<QUuid> ids;
    QSqlQuery q(hub.store().database());
    REQUIRE(q.exec(u"SELECT id FROM complaints ORDER BY id"_s));
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    return ids;
}

} // namespace

TEST_CASE("a broken answer in the bootstrap applies nothing of it, and the next sync resumes after the last page")
{
    const Fault fault = GENERATE(Fault::Cut, Fault::Reset, Fault::Garbage, Fault::GarbageBody);
    INFO(faultName(fault));
    TestHub hub({40, StoreKind::Demo, true});
    QTemporaryDir dir;
    FaultProxy proxy(hub.url().port());
    TestClient client(proxy.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s), {9, 7});

    proxy.setFault(fault, 2); // the login and the first snapshot page pass; every later answer is broken
    requireFailedByFault(client.sync(), proxy);
    CHECK_FALSE(client.engine().status().online);
    CHECK(client.meta(u"bootstrapped"_s) != u"1"_s);
    CHECK(client.cursor() == 0);
    const QString key = client.meta(u"bootstrap_key"_s);
    REQUIRE_FALSE(key.isEmpty());
    CHECK(client.rows(u"complaints"_s) == 7); // exactly the first page, whole
    checkSameDump(client.dump(), hubDump(hub.store(), {u"id <= ?"_s, {key}, std::nullopt}));

    proxy.setFault(Fault::None);
    client.requireSync();
    REQUIRE_FALSE(proxy.requests().isEmpty());
    CHECK(proxy.requests().first().startsWith(QByteArray("GET /api/v1/snapshot?limit=7&after=" + key.toLatin1())));
    checkSameDump(client.dump(), hubDump(hub.store()));
    CHECK(client.cursor() == hub.head());
    CHECK(client.engine().status().online);
}

TEST_CASE("a broken answer in a pull applies nothing of that page: the cursor stays at the last whole page")
{
    const Fault fault = GENERATE(Fault::Cut, Fault::Reset, Fault::Garbage, Fault::GarbageBody);
    INFO(faultName(fault));
    TestHub hub({20, StoreKind::Demo, true});
    QTemporaryDir dir;
    FaultProxy proxy(hub.url().port());
    TestClient client(proxy.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s), {9, 7});
    client.requireSync();
    const qint64 start = client.cursor();

    // Thirty notes by the supervisor meanwhile: four pages of nine for the operator.
    const QList<QUuid> ids = complaintIds(hub);
    for (int i = 0; i < 30; ++i)
        hub.run(u"supervisor"_s, CommandType::AddNote, ids.at(i % ids.size()), {{u"text"_s, u"Catatan %1"_s.arg(i)}});

    proxy.setFault(fault, 1); // the first page passes, the second is broken
    requireFailedByFault(client.sync(), proxy);
    const qint64 afterFirstPage =
        hub.scalar(u"SELECT seq FROM events WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET 8"_s, {start}).toLongLong();
    CHECK(client.cursor() == afterFirstPage);
    checkSameDump(client.dump(), hubDump(hub.store(), {{}, {}, afterFirstPage}));

    // Broken from the first answer on: nothing changes at all.
    const SyncDump before = client.dump();
    proxy.setFault(fault, 0);
    requireFailedByFault(client.sync(), proxy);
    CHECK(client.cursor() == afterFirstPage);
    CHECK(client.dump() == before);

    proxy.setFault(Fault::None);
    client.requireSync();
    checkSameDump(client.dump(), hubDump(hub.store()));
    CHECK(client.cursor() == hub.head());
}

TEST_CASE("a broken answer to a command keeps it queued, and it is applied exactly once when an answer comes through")
{
    const Fault fault = GENERATE(Fault::Cut, Fault::Reset, Fault::Garbage, Fault::GarbageBody);
    INFO(faultName(fault));
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    FaultProxy proxy(hub.url().port());
    TestClient client(proxy.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    client.requireSync();
    const QUuid id = hub.verified(u"supervisor"_s);
    client.requireSync();
    client.enqueue(CommandType::Dispatch, id, {{u"opd"_s, u"DISHUB"_s}});

    proxy.setFault(fault, 1); // the pull passes; the command's answer is broken
    requireFailedByFault(client.sync(), proxy);
    REQUIRE(client.outbox().size() == 1);
    CHECK(client.outbox().at(0).status == u"pending"_s);
    CHECK(client.cached(id)->state == ComplaintState::Verified); // nothing of the broken answer applied
    CHECK(hub.version(id) == 3); // the hub did apply it

    proxy.setFault(Fault::None);
    client.requireSync();
    CHECK(client.outbox().isEmpty());
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM events WHERE complaint_id = ? AND type = 'dispatched'"_s, {uuidText(id)})
              .toLongLong()
          == 1);
    CHECK(client.cached(id)->state == ComplaintState::Dispatched);
    checkSameDump(client.dump(), hubDump(hub.store()));
}

TEST_CASE("a slow hub that answers 2 s late still syncs, and one slower than the timeout is a network error")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    FaultProxy proxy(hub.url().port());
    const QString path = dir.filePath(u"operator.sqlite"_s);
    const QUuid id = QUuid::fromString(hub.scalar(u"SELECT id FROM complaints ORDER BY id LIMIT 1"_s).toString());

    SECTION("within the timeout")
    {
        TestClient client(proxy.url(), u"operator"_s, path);
        client.requireSync();
        client.enqueue(CommandType::AddNote, id, {{u"text"_s, u"Jaringan lambat."_s}});
        hub.run(u"supervisor"_s, CommandType::AddNote, id, {{u"text"_s, u"Dari meja lain."_s}});
        proxy.setFault(Fault::Delay);
        QElapsedTimer elapsed;
        elapsed.start();
        client.requireSync();
        CHECK(elapsed.elapsed() >= FaultProxy::kDelayMs);
        CHECK(proxy.faulted() >= 3); // pull, command, pull
        CHECK(client.outbox().isEmpty());
        checkSameDump(client.dump(), hubDump(hub.store()));
        CHECK(client.cursor() == hub.head());
    }
    SECTION("beyond the timeout")
    {
        TestClient client(proxy.url(), u"operator"_s, path, {500, 200, 500});
        client.requireSync();
        hub.run(u"supervisor"_s, CommandType::AddNote, id, {{u"text"_s, u"Dari meja lain."_s}});
        const SyncDump before = client.dump();
        const qint64 cursor = client.cursor();
        proxy.setFault(Fault::Delay);
        const Status status = client.sync();
        REQUIRE(status);
        CHECK(status->code == u"network"_s);
        CHECK(client.cursor() == cursor);
        CHECK(client.dump() == before);
    }
}
