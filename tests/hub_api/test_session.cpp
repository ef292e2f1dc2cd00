#include "HubFixture.h"

#include "Auth.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

struct Route
{
    const char *method;
    QString path;
};

// Every route that needs a session, with a method it accepts.
QList<Route> protectedRoutes()
{
    const QString id = u"0b6c7a52-9e1f-4c3d-a5b7-c9d1e3f5a7b9"_s;
    return {{"GET", u"/api/v1/events"_s},
            {"GET", u"/api/v1/snapshot"_s},
            {"GET", u"/api/v1/reference"_s},
            {"GET", u"/api/v1/complaints/"_s + id},
            {"GET", u"/api/v1/complaints/"_s + id + u"/events"_s},
            {"GET", u"/api/v1/complaints/"_s + id + u"/identity"_s},
            {"POST", u"/api/v1/commands"_s},
            {"POST", u"/api/v1/complaints"_s},
            {"GET", u"/api/v1/no-such-route"_s}};
}

} // namespace

TEST_CASE("a good login gives a token, the user and the store's envelope")
{
    HubFixture hub(0);
    const HubResponse response = hub.loginAs(u"liaison-dishub"_s, kPassword);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
    const QJsonObject body = response.object();
    CHECK(body.value(u"token"_s).toString().size() >= 40);
    const QJsonObject user = body.value(u"user"_s).toObject();
    CHECK(user.value(u"name"_s).toString() == u"liaison-dishub"_s);
    CHECK(user.value(u"role"_s).toString() == u"liaison"_s);
    CHECK(user.value(u"opd"_s).toString() == u"DISHUB"_s);
    CHECK(user.value(u"id"_s).isDouble());
    CHECK(body.value(u"store_id"_s).toString() == hub.store().info().storeId);
    CHECK(body.value(u"kind"_s).toString() == u"demo"_s);

    SECTION("the token opens the other routes")
    {
        const QByteArray token = body.value(u"token"_s).toString().toLatin1();
        CHECK(hub.get(token, u"/api/v1/events"_s).status == 200);
        CHECK(hub.get(token, u"/api/v1/reference"_s).status == 200);
    }
    SECTION("two logins give two different tokens")
    {
        CHECK(hub.loginAs(u"liaison-dishub"_s, kPassword).object().value(u"token"_s)
              != body.value(u"token"_s));
    }
}

TEST_CASE("a wrong password or an unknown user is refused with bad_credentials")
{
    HubFixture hub(0);
    const qint64 tokensBefore = hub.dump().tokens;
    requireError(hub.loginAs(u"op.rina"_s, "salah"), 401, u"bad_credentials"_s);
    requireError(hub.loginAs(u"op.rina"_s, ""), 401, u"bad_credentials"_s);
    requireError(hub.loginAs(u"op.RINA"_s, kPassword), 401, u"bad_credentials"_s);
    requireError(hub.loginAs(u"nobody"_s, kPassword), 401, u"bad_credentials"_s);
    requireError(hub.loginAs(QString(), kPassword), 401, u"bad_credentials"_s);
    requireError(hub.loginAs(QString(65, u'a'), kPassword), 401, u"bad_credentials"_s);

    SECTION("the two refusals cannot be told apart")
    {
        CHECK(hub.loginAs(u"op.rina"_s, "salah").body == hub.loginAs(u"nobody"_s, "salah").body);
    }
    SECTION("a deactivated user cannot log in, and their sessions end")
    {
        const QByteArray token = hub.login(u"op.budi"_s);
        hub.exec(u"UPDATE users SET active = 0 WHERE username = 'op.budi'"_s);
        requireError(hub.loginAs(u"op.budi"_s, kPassword), 401, u"bad_credentials"_s);
        requireError(hub.get(token, u"/api/v1/events"_s), 401, u"invalid_token"_s);
    }
    CHECK(hub.dump().tokens <= tokensBefore + 1);
}

TEST_CASE("every route but health and session needs a valid token")
{
    HubFixture hub(0);
    CHECK(hub.get({}, u"/api/v1/health"_s).status == 200);
    for (const Route &route : protectedRoutes()) {
        INFO(route.method << " " << route.path.toStdString());
        requireError(hub.request(route.method, route.path, {}, "{}"), 401, u"missing_token"_s);
        requireError(hub.request(route.method, route.path, "made-up-token", "{}"), 401, u"invalid_token"_s);
    }
}

TEST_CASE("a session that has expired is refused")
{
    HubFixture hub(0);
    const auto rina = hub.store().user(u"op.rina"_s);
    REQUIRE(rina.ok());
    REQUIRE(rina.value());
    const QByteArray expired = newToken();
    const QByteArray fresh = newToken();
    REQUIRE_FALSE(hub.store().addToken(tokenDigest(expired), rina.value()->id, 1, HubClock::realNow().addSecs(-60)));
    REQUIRE_FALSE(hub.store().addToken(tokenDigest(fresh), rina.value()->id, 1, HubClock::realNow().addSecs(60)));
    requireError(hub.get(expired, u"/api/v1/events"_s), 401, u"invalid_token"_s);
    CHECK(hub.get(fresh, u"/api/v1/events"_s).status == 200);
}

TEST_CASE("a token made before a change of role or OPD gets 409 scope_changed")
{
    HubFixture hub(0);
    const QByteArray old = hub.login(u"liaison-dishub"_s);
    REQUIRE(hub.get(old, u"/api/v1/snapshot"_s).status == 200);
    hub.exec(u"UPDATE users SET opd = 'DLH', scope_version = scope_version + 1 WHERE username = 'liaison-dishub'"_s);

    for (const Route &route : protectedRoutes()) {
        INFO(route.method << " " << route.path.toStdString());
        requireError(hub.request(route.method, route.path, old, "{}"), 409, u"scope_changed"_s);
    }
    SECTION("a new login works under the new scope")
    {
        const HubResponse again = hub.loginAs(u"liaison-dishub"_s, kPassword);
        REQUIRE(again.status == 200);
        CHECK(again.object().value(u"user"_s).toObject().value(u"opd"_s).toString() == u"DLH"_s);
        const QByteArray token = again.object().value(u"token"_s).toString().toLatin1();
        CHECK(hub.get(token, u"/api/v1/snapshot"_s).status == 200);
    }
}

TEST_CASE("health answers without a session and names the head")
{
    HubFixture hub(3);
    const HubResponse response = hub.get({}, u"/api/v1/health"_s);
    REQUIRE(response.status == 200);
    const QJsonObject body = response.object();
    CHECK(body.value(u"status"_s).toString() == u"ok"_s);
    CHECK(body.value(u"head"_s).toInteger() == hub.dump().head);
    CHECK(body.value(u"head"_s).toInteger() > 0);
}
