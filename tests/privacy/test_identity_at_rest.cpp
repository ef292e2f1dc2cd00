// Issue 12, identity at rest: the hub's identity table sealed with a key kept outside the store.
#include "HubFixture.h"
#include "PrivacyFiles.h"

#include "Auth.h"
#include "IdentityKey.h"
#include "SqlHubStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kName = u"Wahyuningsih Prameswari"_s;
const QString kNik = u"3673014402910007"_s;
const QString kPhone = u"081398765432"_s;
const QString kAddress = u"Jl. Ki Mas Jong No. 17"_s;
const QString kTitleMarker = u"Trotoar-berlubang-penanda-7731"_s; // plaintext that must be found: the search works

QJsonObject intakeBody(const QUuid &id, bool anonim)
{
    return {{u"complaint_id"_s, uuidText(id)},
            {u"channel"_s, u"walk_in"_s},
            {u"title"_s, kTitleMarker},
            {u"body"_s, u"Trotoar di depan pasar berlubang dan membahayakan pejalan kaki."_s},
            {u"service"_s, u"pju"_s},
            {u"kecamatan"_s, u"SERANG"_s},
            {u"anonim"_s, anonim},
            {u"identity"_s, QJsonObject{{u"name"_s, kName}, {u"nik"_s, kNik}, {u"phone"_s, kPhone},
                                        {u"address"_s, kAddress}}}};
}

QString databaseFile(HubFixture &hub) { return hub.store().database().databaseName(); }

} // namespace

TEST_CASE("the hub store and its WAL hold no reporter's name, NIK, phone or address, while a supervisor still reads "
          "them through the identity route", "[privacy][identity]")
{
    HubFixture hub;
    const QUuid id = QUuid::createUuid();
    const HubResponse made = hub.post(hub.login(u"op.rina"_s), u"/api/v1/complaints"_s, intakeBody(id, false));
    INFO(made.body.toStdString());
    REQUIRE(made.status == 201);

    const HubResponse seen = hub.get(hub.login(u"spv.dewi"_s), u"/api/v1/complaints/%1/identity"_s.arg(uuidText(id)));
    REQUIRE(seen.status == 200);
    const QJsonObject identity = seen.object().value(u"identity"_s).toObject();
    CHECK(identity.value(u"name"_s).toString() == kName);
    CHECK(identity.value(u"nik"_s).toString() == kNik);
    CHECK(identity.value(u"phone"_s).toString() == kPhone);
    CHECK(identity.value(u"address"_s).toString() == kAddress);

    const auto files = storeFiles(databaseFile(hub));
    REQUIRE(files.size() >= 2); // the database and its WAL at least: the hub runs SQLite in WAL mode
    // The search finds plaintext where there is some: the complaint's title is in the log.
    REQUIRE_FALSE(filesContaining(files, kTitleMarker).isEmpty());
    for (const QString &personal : {kName, kNik, kPhone, kAddress}) {
        INFO("searching for " << personal.toStdString());
        CHECK(filesContaining(files, personal).isEmpty());
    }
    // The key is not in the store: it is the file beside it (a demo store) and the store holds its fingerprint only.
    const auto key = IdentityKey::load(SqlHubStore::identityKeyFileBeside(u"sqlite:"_s + databaseFile(hub)));
    REQUIRE(key.ok());
    QSqlQuery q(hub.store().database());
    REQUIRE(q.exec(u"SELECT json FROM identities WHERE complaint_id = '%1'"_s.arg(uuidText(id))));
    REQUIRE(q.next());
    CHECK(IdentityKey::isSealed(q.value(0).toString()));
    CHECK(key->open(q.value(0).toString()).value_or(QByteArray()).contains(kNik.toUtf8()));
}

TEST_CASE("a store opened with another identity key refuses it and says so", "[privacy][identity]")
{
    HubFixture hub;
    hub.intake(hub.login(u"op.rina"_s), u"Lampu jalan mati"_s, u"Lampu PJU mati sejak seminggu."_s);
    const Status refused = hub.store().setIdentityKey(IdentityKey::generate());
    REQUIRE(refused);
    CHECK(refused->code == u"identity_key_wrong"_s);
    CHECK(refused->message.contains(u"does not belong to this store"_s));
}

TEST_CASE("identities stored before the store had a key are sealed when it gets one", "[privacy][identity]")
{
    REQUIRE(initCrypto());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString spec = u"sqlite:"_s + dir.filePath(u"old.sqlite"_s);
    auto store = SqlHubStore::open(spec, StoreKind::Production, u"privacy-legacy"_s);
    REQUIRE(store.ok());
    QSqlQuery q(store.value()->database());
    REQUIRE(q.exec(u"INSERT INTO identities(complaint_id, salt, json) VALUES ('00000000-0000-0000-0000-000000000001', "
                   u"'00', '{\"name\":\"%1\",\"nik\":\"%2\"}')"_s.arg(kName, kNik)));
    const IdentityKey key = IdentityKey::generate();
    REQUIRE_FALSE(store.value()->setIdentityKey(key));
    REQUIRE(q.exec(u"SELECT json FROM identities"_s));
    REQUIRE(q.next());
    CHECK(IdentityKey::isSealed(q.value(0).toString()));
    const auto read = store.value()->identity(QUuid(u"00000000-0000-0000-0000-000000000001"_s));
    REQUIRE(read.ok());
    REQUIRE(read.value());
    CHECK(read.value()->nik == kNik);
    CHECK(read.value()->name == kName);
}

TEST_CASE("rabeg-hub key generate writes a key its owner alone may read and never overwrites one", "[privacy][identity]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"hub.key"_s);
    HubRun run = runHub({u"key"_s, u"generate"_s, u"--out"_s, file});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile::permissions(file) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                       | QFileDevice::WriteUser));
    CHECK(IdentityKey::load(file).ok());
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray before = in.readAll();

    run = runHub({u"key"_s, u"generate"_s, u"--out"_s, file});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"never overwritten"_s));
    in.seek(0);
    CHECK(in.readAll() == before);
}

TEST_CASE("a production hub does not start without its identity key, nor with another store's key",
          "[privacy][identity]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString store = u"sqlite:"_s + dir.filePath(u"hub.sqlite"_s);
    HubRun run = runHub({u"serve"_s, u"--store"_s, store, u"--listen"_s, u"127.0.0.1:0"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"A production hub needs its identity key: --identity-key FILE"_s));

    // The store takes the fingerprint of the first key it is served with, and refuses any other after.
    const QString first = dir.filePath(u"first.key"_s);
    const QString other = dir.filePath(u"other.key"_s);
    REQUIRE(runHub({u"key"_s, u"generate"_s, u"--out"_s, first}).exitCode == 0);
    REQUIRE(runHub({u"key"_s, u"generate"_s, u"--out"_s, other}).exitCode == 0);
    {
        REQUIRE(initCrypto());
        auto opened = SqlHubStore::open(store, StoreKind::Production, u"privacy-serve"_s);
        REQUIRE(opened.ok());
        REQUIRE_FALSE(opened.value()->setIdentityKey(IdentityKey::load(first).value()));
    }
    run = runHub({u"serve"_s, u"--store"_s, store, u"--listen"_s, u"127.0.0.1:0"_s, u"--identity-key"_s, other});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"The identity key does not belong to this store"_s));
}
