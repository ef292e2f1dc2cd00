// The login limits (hub/LoginGuard.h): per account, per client address, the lockout; X-Real-IP believed only
// from a trusted proxy; the buckets shared by every hub process on one store.
#include "HubFixture.h"

#include "LoginGuard.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

HubResponse loginFrom(HubApi &api, const QString &username, const QByteArray &password, const QString &peer,
                      const QByteArray &realIp = {})
{
    HubRequest request;
    request.method = "POST";
    request.path = u"/api/v1/session"_s;
    request.headers.insert("content-type", "application/json");
    if (!realIp.isEmpty())
        request.headers.insert("x-real-ip", realIp);
    request.body = QJsonDocument(QJsonObject {{u"username"_s, username}, {u"password"_s, QString::fromUtf8(password)}})
                       .toJson(QJsonDocument::Compact);
    request.peer = QHostAddress(peer);
    return api.handle(request);
}

// The guard's clock held at one instant: every attempt of a test falls inside the buckets' windows however long
// the password hashes take on a loaded machine (20 unknown names at the interactive cost can outlast 6 s).
void holdClock(HubApi &api, const QDateTime &at = QDateTime::fromString(u"2026-03-17T03:00:00Z"_s, Qt::ISODate))
{
    api.loginGuard().setClock([at] { return at; });
}

qint64 retryAfter(const HubResponse &response)
{
    for (const auto &[name, value] : response.headers) {
        if (name == "Retry-After")
            return value.toLongLong();
    }
    return -1;
}

} // namespace

TEST_CASE("after five wrong passwords an account is throttled for a minute, even for the right password")
{
    HubFixture hub(0);
    holdClock(hub.api());
    for (int i = 0; i < 5; ++i)
        requireError(loginFrom(hub.api(), u"op.rina"_s, "salah", u"10.1.1.1"_s), 401, u"bad_credentials"_s);
    const HubResponse refused = loginFrom(hub.api(), u"op.rina"_s, kPassword, u"10.1.1.2"_s);
    requireError(refused, 429, u"too_many_attempts"_s);
    CHECK(retryAfter(refused) == 60); // the clock held: a whole interval ahead
    CHECK(errorOf(refused).value(u"message"_s).toString().contains(QString::number(retryAfter(refused))));

    SECTION("other accounts are not affected")
    {
        CHECK(loginFrom(hub.api(), u"op.budi"_s, kPassword, u"10.1.1.1"_s).status == 200);
    }
    SECTION("a made-up user name is throttled exactly alike, so the answers tell nothing about accounts")
    {
        for (int i = 0; i < 5; ++i)
            CHECK(loginFrom(hub.api(), u"op.nobody"_s, "salah", u"10.1.1.3"_s).body
                  == loginFrom(hub.api(), u"op.rina2"_s, "salah", u"10.1.1.4"_s).body);
        CHECK(loginFrom(hub.api(), u"op.nobody"_s, "salah", u"10.1.1.3"_s).status == 429);
    }
}

TEST_CASE("a good login empties the account's buckets")
{
    HubFixture hub(0);
    holdClock(hub.api());
    for (int i = 0; i < 4; ++i)
        requireError(loginFrom(hub.api(), u"op.rina"_s, "salah", u"10.1.1.1"_s), 401, u"bad_credentials"_s);
    REQUIRE(loginFrom(hub.api(), u"op.rina"_s, kPassword, u"10.1.1.1"_s).status == 200);
    for (int i = 0; i < 5; ++i)
        requireError(loginFrom(hub.api(), u"op.rina"_s, "salah", u"10.1.1.1"_s), 401, u"bad_credentials"_s);
    requireError(loginFrom(hub.api(), u"op.rina"_s, "salah", u"10.1.1.1"_s), 429, u"too_many_attempts"_s);
}

TEST_CASE("one address guessing across many accounts is throttled while another address logs in")
{
    HubFixture hub(0);
    holdClock(hub.api());
    for (int i = 0; i < 20; ++i)
        requireError(loginFrom(hub.api(), u"tebak.%1"_s.arg(i), "salah", u"203.0.113.9"_s), 401, u"bad_credentials"_s);
    const HubResponse refused = loginFrom(hub.api(), u"op.rina"_s, kPassword, u"203.0.113.9"_s);
    requireError(refused, 429, u"too_many_attempts"_s);
    CHECK(retryAfter(refused) == 6);
    CHECK(loginFrom(hub.api(), u"op.rina"_s, kPassword, u"198.51.100.7"_s).status == 200);
}

TEST_CASE("X-Real-IP names the client only when the request comes from a trusted proxy")
{
    HubFixture hub(0);
    holdClock(hub.api());
    SECTION("without a trusted proxy, a made-up X-Real-IP changes nothing: the connecting address is counted")
    {
        for (int i = 0; i < 20; ++i)
            loginFrom(hub.api(), u"tebak.%1"_s.arg(i), "salah", u"203.0.113.9"_s,
                      "192.0.2.%1"_ba.replace("%1", QByteArray::number(i)));
        requireError(loginFrom(hub.api(), u"op.rina"_s, kPassword, u"203.0.113.9"_s, "192.0.2.200"), 429,
                     u"too_many_attempts"_s);
    }
    SECTION("behind nginx on 127.0.0.1, the address nginx gives is counted, so one client does not lock out all")
    {
        hub.api().loginGuard().setTrustedProxies({QHostAddress(u"127.0.0.1"_s)});
        for (int i = 0; i < 20; ++i)
            loginFrom(hub.api(), u"tebak.%1"_s.arg(i), "salah", u"127.0.0.1"_s, "203.0.113.9");
        requireError(loginFrom(hub.api(), u"op.rina"_s, kPassword, u"127.0.0.1"_s, "203.0.113.9"), 429,
                     u"too_many_attempts"_s);
        CHECK(loginFrom(hub.api(), u"op.rina"_s, kPassword, u"127.0.0.1"_s, "198.51.100.7").status == 200);
        CHECK(hub.api().loginGuard().clientAddress(HubRequest {}) == u"unknown"_s);
    }
}

TEST_CASE("the login limits are shared by two hub processes on one store")
{
    HubFixture hub(0);
    holdClock(hub.api());
    auto second = SqlHubStore::open(u"sqlite:"_s + hub.store().database().databaseName(), StoreKind::Demo,
                                    u"hub-login-second"_s);
    REQUIRE(second.ok());
    HubApi other(*second.value(), hub.reference(), HubClock::real());
    holdClock(other);
    for (int i = 0; i < 3; ++i)
        requireError(loginFrom(hub.api(), u"op.rina"_s, "salah", u"10.1.1.1"_s), 401, u"bad_credentials"_s);
    for (int i = 0; i < 2; ++i)
        requireError(loginFrom(other, u"op.rina"_s, "salah", u"10.1.1.2"_s), 401, u"bad_credentials"_s);
    requireError(loginFrom(hub.api(), u"op.rina"_s, kPassword, u"10.1.1.3"_s), 429, u"too_many_attempts"_s);
    requireError(loginFrom(other, u"op.rina"_s, kPassword, u"10.1.1.3"_s), 429, u"too_many_attempts"_s);
}

TEST_CASE("ten failures without a rest lock an account for half an hour, until it rests or an admin unlocks it")
{
    HubFixture hub(0);
    QDateTime now = QDateTime::fromString(u"2026-11-30T08:00:00Z"_s, Qt::ISODate);
    LoginGuard guard(hub.store(), LoginLimits {}, [&now] { return now; });
    const QString address = u"10.2.2.2"_s;
    // One failure a minute and a bit: the account's short throttle never refuses, the lockout counts them all.
    for (int i = 0; i < 10; ++i) {
        const auto check = guard.check(u"op.rina"_s, address);
        REQUIRE(check.ok());
        INFO("failure " << i + 1);
        REQUIRE_FALSE(check.value());
        REQUIRE_FALSE(guard.recordFailure(u"op.rina"_s, address));
        now = now.addSecs(61);
    }
    auto locked = guard.check(u"op.rina"_s, address);
    REQUIRE(locked.ok());
    REQUIRE(locked.value());
    CHECK(locked.value()->locked);
    // Ten failures filled the lockout bucket to 10 x 30 min ahead of the first; 10 x 61 s have passed since.
    CHECK(locked.value()->retryAfterSeconds == 30 * 60 - 10 * 61);
    const HubResponse response = LoginGuard::refusalResponse(*locked.value());
    requireError(response, 429, u"account_locked"_s);

    SECTION("waiting out the lock allows one more try")
    {
        now = now.addSecs(locked.value()->retryAfterSeconds);
        const auto after = guard.check(u"op.rina"_s, address);
        REQUIRE(after.ok());
        CHECK_FALSE(after.value());
    }
    SECTION("an admin's unlock (rabeg-hub user unlock) lifts it at once")
    {
        REQUIRE_FALSE(guard.unlock(u"op.rina"_s));
        const auto after = guard.check(u"op.rina"_s, address);
        REQUIRE(after.ok());
        CHECK_FALSE(after.value());
    }
    SECTION("the lock is the account's, not the address's: another account from there is let through")
    {
        const auto other = guard.check(u"op.budi"_s, address);
        REQUIRE(other.ok());
        CHECK_FALSE(other.value());
    }
}
