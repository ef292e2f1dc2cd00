// The sync engine with a session token from an earlier login (what the GUI reads from the keychain): it syncs
// without logging in again, falls back to the password when the hub has ended the session, reports every fresh
// token, and asks for a login (keeping the cache and outbox) when there is no password to fall back to.
#include "LoginFixture.h"
#include "store/ComplaintRepository.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

SyncSettings withToken(TestHub &hub, const QString &cachePath, const QByteArray &token, bool password)
{
    SyncSettings settings = settingsFor(hub.url(), u"operator"_s, cachePath);
    settings.token = token;
    if (!password)
        settings.password.clear();
    return settings;
}

} // namespace

TEST_CASE("a sync with the token of an earlier login does not log in again")
{
    TestHub hub;
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"operator.sqlite"_s);
    const QByteArray token = firstLogin(hub, cache);
    REQUIRE(sessionsAtHub(hub) == 1);

    SyncEngine engine(withToken(hub, cache, token, false));
    QSignalSpy fresh(&engine, &SyncEngine::sessionStarted);
    REQUIRE_FALSE(engine.open(newConnectionName()));
    const QUuid complaint = hub.intake(u"supervisor"_s);
    const Status synced = engine.syncOnce();
    INFO((synced ? synced->message.toStdString() : std::string()));
    REQUIRE_FALSE(synced);
    CHECK(fresh.isEmpty());
    CHECK(sessionsAtHub(hub) == 2); // the supervisor's intake above; none for the operator
    CHECK(engine.token() == token);
    CHECK(engine.status().online);
    CHECK_FALSE(engine.status().loginNeeded);
    CHECK(ComplaintRepository(engine.cache()).find(complaint).value().has_value());
}

TEST_CASE("a token the hub has ended falls back to the password and the fresh token is reported")
{
    TestHub hub;
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"operator.sqlite"_s);
    const QByteArray old = firstLogin(hub, cache);
    hub.exec(u"DELETE FROM tokens"_s); // the session ended at the hub (expired, or revoked)

    SyncEngine engine(withToken(hub, cache, old, true));
    QSignalSpy fresh(&engine, &SyncEngine::sessionStarted);
    REQUIRE_FALSE(engine.open(newConnectionName()));
    const Status synced = engine.syncOnce();
    INFO((synced ? synced->message.toStdString() : std::string()));
    REQUIRE_FALSE(synced);
    REQUIRE(fresh.count() == 1);
    const QByteArray renewed = fresh.at(0).at(0).toByteArray();
    CHECK(renewed != old);
    CHECK(engine.token() == renewed);
    CHECK(sessionsAtHub(hub) == 1);
}

TEST_CASE("a token the hub has ended, without a password, asks for a login and keeps the outbox until it is given")
{
    TestHub hub;
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"operator.sqlite"_s);
    const QUuid complaint = hub.intake(u"supervisor"_s);
    const QByteArray old = firstLogin(hub, cache);
    hub.exec(u"DELETE FROM tokens"_s);

    SyncEngine engine(withToken(hub, cache, old, false));
    QSignalSpy fresh(&engine, &SyncEngine::sessionStarted);
    REQUIRE_FALSE(engine.open(newConnectionName()));
    const qint64 version = ComplaintRepository(engine.cache()).find(complaint).value()->version;
    REQUIRE_FALSE(engine.enqueue(TestHub::command(CommandType::Verify, complaint, version, verifyPayload())));
    const Status refused = engine.syncOnce();
    REQUIRE(refused);
    CHECK(refused->code == u"login_needed"_s);
    CHECK(engine.status().loginNeeded);
    CHECK(engine.status().pending == 1);
    CHECK(fresh.isEmpty());

    engine.setPassword(QString::fromUtf8(kPassword));
    const Status synced = engine.syncOnce();
    INFO((synced ? synced->message.toStdString() : std::string()));
    REQUIRE_FALSE(synced);
    CHECK_FALSE(engine.status().loginNeeded);
    CHECK(engine.status().pending == 0);
    CHECK(fresh.count() == 1);
    CHECK(hub.version(complaint) > version);
}

TEST_CASE("a wrong password asks for a login again")
{
    TestHub hub;
    QTemporaryDir dir;
    SyncSettings settings = settingsFor(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    settings.password = u"not the password"_s;
    SyncEngine engine(settings);
    REQUIRE_FALSE(engine.open(newConnectionName()));
    const Status refused = engine.syncOnce();
    REQUIRE(refused);
    CHECK(refused->code == u"bad_credentials"_s);
    CHECK(engine.status().loginNeeded);
}

TEST_CASE("a token is not used over a cache that has not learned the user's role and OPD from a login")
{
    TestHub hub;
    QTemporaryDir dir;
    const QByteArray token = firstLogin(hub, dir.filePath(u"first.sqlite"_s));
    const QString fresh = dir.filePath(u"new.sqlite"_s);

    SECTION("without a password it asks for a login")
    {
        SyncEngine engine(withToken(hub, fresh, token, false));
        REQUIRE_FALSE(engine.open(newConnectionName()));
        const Status refused = engine.syncOnce();
        REQUIRE(refused);
        CHECK(refused->code == u"login_needed"_s);
        CHECK(engine.cache().meta(u"scope"_s).isEmpty());
    }
    SECTION("with a password it logs in and learns the scope")
    {
        SyncEngine engine(withToken(hub, fresh, token, true));
        QSignalSpy started(&engine, &SyncEngine::sessionStarted);
        REQUIRE_FALSE(engine.open(newConnectionName()));
        REQUIRE_FALSE(engine.syncOnce());
        CHECK(started.count() == 1);
        CHECK(engine.cache().meta(u"scope"_s) == u"operator/"_s);
    }
}

} // namespace rabeg::test
