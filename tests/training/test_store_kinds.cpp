#include <catch2/catch.hpp>

#include "../sync/TestClient.h"
#include "../sync/TestHub.h"
#include "HubProcess.h"
#include "SqlHubStore.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::test::HubProcess;
using rabeg::test::TestClient;
using rabeg::test::TestHub;

namespace {

const QString kScenario = QStringLiteral(RABEG_TRAINING_DATA "/class-of-three.json");

QString storeOfKind(const QTemporaryDir &dir, StoreKind kind)
{
    const QString spec = u"sqlite:"_s + dir.filePath(toCode(kind) + u".sqlite"_s);
    REQUIRE(SqlHubStore::open(spec, kind, u"kind-test"_s).ok());
    QSqlDatabase::removeDatabase(u"kind-test"_s);
    return spec;
}

} // namespace

TEST_CASE("production and training stores refuse each other, both ways, with a message that says so")
{
    QTemporaryDir dir;
    const QString production = storeOfKind(dir, StoreKind::Production);
    const QString training = storeOfKind(dir, StoreKind::Training);

    auto run = HubProcess::run({u"serve"_s, u"--training"_s, kScenario, u"--store"_s, production});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"This is a production store: a training class never runs in it"_s));

    run = HubProcess::run({u"serve"_s, u"--store"_s, training});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"This is a training store: serve it with --training SCENARIO"_s));

    run = HubProcess::run({u"serve"_s, u"--demo"_s, u"10"_s, u"--store"_s, training});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"This is a training store"_s));

    run = HubProcess::run({u"training"_s, u"roster"_s, u"--store"_s, production, kScenario});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"This is a production store: class accounts go into a training store only."_s));

    run = HubProcess::run(
        {u"training"_s, u"roster"_s, u"--password-cost"_s, u"minimal"_s, u"--store"_s, training, kScenario});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(u"4 accounts made"_s));
    CHECK(run.out.contains(u"ani\toperator\t(from the roster)"_s));
}

TEST_CASE("training check reads a scenario as a training hub would, and names its first problem")
{
    auto run = HubProcess::run({u"training"_s, u"check"_s, kScenario});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(
        u"ok: \"Kelas uji: tiga peserta, lima aduan\", 3 trainees, 5 complaints over 120 minutes"_s));

    QTemporaryDir dir;
    QFile file(dir.filePath(u"broken.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    QFile good(kScenario);
    REQUIRE(good.open(QIODevice::ReadOnly));
    file.write(
        good.readAll().replace("\"opd\": \"PUPR\", \"within_minutes\"", "\"opd\": \"PUPRR\", \"within_minutes\""));
    file.close();
    run = HubProcess::run({u"training"_s, u"check"_s, file.fileName()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"broken.json: complaints[4].expected.opd: unknown OPD \"PUPRR\""_s));
}

TEST_CASE("a workstation's cache from a training hub is refused by a production hub, and nothing of it is sent")
{
    TestHub classroom({0, StoreKind::Training, true});
    TestHub production({0, StoreKind::Production, false});
    production.addUser(u"operator"_s, Role::Operator);
    const QUuid id = classroom.intake(u"operator"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operator.sqlite"_s);
    {
        TestClient client(classroom.url(), u"operator"_s, path);
        client.requireSync();
        client.enqueue(CommandType::AddNote, id, {{u"text"_s, u"Latihan, belum terkirim."_s}});
    }
    const qint64 head = production.head();
    TestClient client(production.url(), u"operator"_s, path);
    const Status status = client.sync();
    REQUIRE(status);
    CHECK(status->code == u"other_store"_s);
    CHECK(status->message.contains(u"training"_s));
    CHECK(status->message.contains(classroom.store().info().storeId));
    CHECK(production.head() == head);
    REQUIRE(client.outbox().size() == 1);
    CHECK(client.outbox().at(0).status == u"pending"_s);
}

TEST_CASE("a training store keeps the scenario its roster was made for, and a class of another scenario is refused")
{
    QTemporaryDir dir;
    const QString training = storeOfKind(dir, StoreKind::Training);
    // Another scenario: the same file under another id (its roster's accounts are the same people).
    const QString other = dir.filePath(u"other.json"_s);
    {
        QFile good(kScenario);
        REQUIRE(good.open(QIODevice::ReadOnly));
        QFile file(other);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(good.readAll().replace("\"id\": \"uji-kelas-tiga\"", "\"id\": \"kelas-lain\""));
    }
    auto run = HubProcess::run(
        {u"training"_s, u"roster"_s, u"--password-cost"_s, u"minimal"_s, u"--store"_s, training, kScenario});
    REQUIRE(run.exitCode == 0);

    const QString refusal = u"This training store was made for the scenario \"uji-kelas-tiga\""_s;
    run = HubProcess::run({u"training"_s, u"roster"_s, u"--password-cost"_s, u"minimal"_s, u"--store"_s, training,
                           other});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(refusal));
    CHECK(run.err.contains(u"not \"kelas-lain\""_s));

    // The class itself: refused before it listens, with the way out in the sentence.
    HubProcess hub({u"--training"_s, other, u"--store"_s, training});
    REQUIRE(hub.waitFor(QRegularExpression(u"listening on|rabeg-hub: This training store"_s)));
    hub.kill();
    INFO(hub.output().toStdString());
    CHECK_FALSE(hub.output().contains(u"listening on"_s));
    CHECK(hub.output().contains(refusal));
    CHECK(hub.output().contains(u"give \"kelas-lain\" a new store file"_s));
    CHECK_FALSE(hub.output().contains(u"accounts made"_s));

    // A roster file alone names no scenario: it adds accounts to the class whatever its scenario.
    const QString rosterOnly = dir.filePath(u"roster.json"_s);
    {
        QFile file(rosterOnly);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"trainees": [{"username": "dewi", "name": "Dewi Lestari", "password": "dewi-rahasia-1"}]})");
    }
    run = HubProcess::run({u"training"_s, u"roster"_s, u"--password-cost"_s, u"minimal"_s, u"--store"_s, training,
                           rosterOnly});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(u"1 accounts made"_s));
}
