#include "HubFixture.h"

#include "Auth.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("a logout ends that session at once and leaves the user's other sessions open")
{
    HubFixture hub(0);
    const QByteArray office = hub.loginAs(u"op.rina"_s, kPassword).object().value(u"token"_s).toString().toLatin1();
    const QByteArray laptop = hub.loginAs(u"op.rina"_s, kPassword).object().value(u"token"_s).toString().toLatin1();
    REQUIRE(hub.get(office, u"/api/v1/events"_s).status == 200);

    const HubResponse out = hub.request("DELETE", u"/api/v1/session"_s, office);
    CHECK(out.status == 204);
    CHECK(out.body.isEmpty());
    CHECK(out.contentType.isEmpty()); // found by fuzz_hub_request: a JSON content type promises a JSON body
    requireError(hub.get(office, u"/api/v1/events"_s), 401, u"invalid_token"_s);
    CHECK(hub.get(laptop, u"/api/v1/events"_s).status == 200);

    SECTION("a second logout with the same token is refused, and so is one without a token")
    {
        requireError(hub.request("DELETE", u"/api/v1/session"_s, office), 401, u"invalid_token"_s);
        requireError(hub.request("DELETE", u"/api/v1/session"_s), 401, u"missing_token"_s);
    }
}

TEST_CASE("an admin's revoke ends every session of a user and no one else's")
{
    HubFixture hub(0);
    const QByteArray first = hub.loginAs(u"op.budi"_s, kPassword).object().value(u"token"_s).toString().toLatin1();
    const QByteArray second = hub.loginAs(u"op.budi"_s, kPassword).object().value(u"token"_s).toString().toLatin1();
    const QByteArray other = hub.login(u"op.rina"_s);
    const auto budi = hub.store().user(u"op.budi"_s);
    REQUIRE(budi.ok());
    REQUIRE(budi.value());

    const auto ended = hub.store().revokeTokens(budi.value()->id);
    REQUIRE(ended.ok());
    CHECK(ended.value() == 2);
    requireError(hub.get(first, u"/api/v1/events"_s), 401, u"invalid_token"_s);
    requireError(hub.get(second, u"/api/v1/events"_s), 401, u"invalid_token"_s);
    CHECK(hub.get(other, u"/api/v1/events"_s).status == 200);
    SECTION("the user can log in again")
    {
        CHECK(hub.loginAs(u"op.budi"_s, kPassword).status == 200);
    }
}

TEST_CASE("a new password takes effect and the old one no longer opens a session")
{
    HubFixture hub(0);
    const auto rina = hub.store().user(u"op.rina"_s);
    REQUIRE(rina.ok());
    REQUIRE(rina.value());
    REQUIRE_FALSE(hub.store().setPassword(rina.value()->id, hashPassword("gunung karang pagi", PasswordCost::minimal())));
    requireError(hub.loginAs(u"op.rina"_s, kPassword), 401, u"bad_credentials"_s);
    CHECK(hub.loginAs(u"op.rina"_s, "gunung karang pagi").status == 200);
    CHECK(hub.store().setPassword(987654, u"x"_s).has_value());
}
