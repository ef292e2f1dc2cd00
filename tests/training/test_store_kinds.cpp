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
