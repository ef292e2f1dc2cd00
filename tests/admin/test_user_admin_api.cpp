// The admin's account routes (hub/UserAdminRoute.h) and the audit route (hub/AdminAuditRoute.h) on a real hub
// in this process: each change and each refusal, what the log records of it, and what it does to the account's
// sessions and logins.
#include "TestHub.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kUsers = u"/api/v1/admin/users"_s;
const QString kStrong = u"Pintu-Gerbang-Serang-27"_s;

struct AdminHub
{
    TestHub hub;
    AdminHub()
    {
        hub.addUser(u"admin"_s, Role::Admin);
        hub.addUser(u"admin2"_s, Role::Admin);
    }

    HubResponse change(const QJsonObject &fields, const QUuid &commandId = QUuid::createUuid())
    {
        QJsonObject body = fields;
        body.insert(u"command_id"_s, commandId.toString(QUuid::WithoutBraces));
        if (!body.contains(u"reason"_s))
            body.insert(u"reason"_s, u"Mutasi pegawai per SK Wali Kota 800/112/2026"_s);
        return hub.post(u"admin"_s, kUsers, body);
    }
    HubResponse get(const QString &username, const QString &path, const QByteArray &token = {})
    {
        HubRequest request;
        request.method = "GET";
        request.path = path;
        request.headers.insert("authorization", "Bearer " + (token.isEmpty() ? hub.token(username) : token));
        return hub.api().handle(request);
    }
    HubResponse login(const QString &username, const QString &password)
    {
        HubRequest request;
        request.method = "POST";
        request.path = u"/api/v1/session"_s;
        request.headers.insert("content-type", "application/json");
        request.body = QJsonDocument(QJsonObject {{u"username"_s, username}, {u"password"_s, password}})
                           .toJson(QJsonDocument::Compact);
        return hub.api().handle(request);
    }
    QJsonObject listed(const QString &username)
    {
        const HubResponse response = get(u"admin"_s, kUsers);
        REQUIRE(response.status == 200);
        for (const QJsonValue &user : response.object().value(u"users"_s).toArray()) {
            if (user[u"username"_s].toString() == username)
                return user.toObject();
        }
        return {};
    }
    // The last reference event, as the audit route gives it.
    QJsonObject lastAudited()
    {
        const HubResponse response = get(u"admin"_s, u"/api/v1/admin/reference-events"_s);
        REQUIRE(response.status == 200);
        return response.object().value(u"events"_s).toArray().last().toObject();
    }
};

QString errorCode(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString errorMessage(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"message"_s).toString();
}

} // namespace

TEST_CASE("an admin creates a liaison who can then log in, and the log records who, why and the account, never "
          "the password")
{
    AdminHub a;
    const HubResponse created = a.change({{u"action"_s, u"create"_s},
                                          {u"username"_s, u"siti.dlh"_s},
                                          {u"name"_s, u"Siti Rahmawati"_s},
                                          {u"role"_s, u"liaison"_s},
                                          {u"opd"_s, u"DLH"_s},
                                          {u"password"_s, kStrong}});
    INFO(created.body.toStdString());
    REQUIRE(created.status == 200);
    CHECK_FALSE(created.body.contains(kStrong.toUtf8()));
    const QJsonObject user = a.listed(u"siti.dlh"_s);
    CHECK(user.value(u"name"_s).toString() == u"Siti Rahmawati"_s);
    CHECK(user.value(u"role"_s).toString() == u"liaison"_s);
    CHECK(user.value(u"opd"_s).toString() == u"DLH"_s);
    CHECK(user.value(u"active"_s).toBool());
    CHECK_FALSE(user.contains(u"password_hash"_s));
    CHECK(a.login(u"siti.dlh"_s, kStrong).status == 200);

    const QJsonObject event = a.lastAudited();
    CHECK(event.value(u"type"_s).toString() == u"user_created"_s);
    CHECK(event.value(u"user"_s).toString() == u"admin"_s);
    const QJsonObject payload = event.value(u"payload"_s).toObject();
    CHECK(payload.value(u"reason"_s).toString() == u"Mutasi pegawai per SK Wali Kota 800/112/2026"_s);
    CHECK(payload.value(u"after"_s).toObject().value(u"opd"_s).toString() == u"DLH"_s);
    CHECK_FALSE(payload.contains(u"before"_s));
    const QString log = a.hub.scalar(u"SELECT group_concat(json, ' ') FROM events"_s).toString();
    CHECK_FALSE(log.contains(kStrong));
    CHECK_FALSE(log.contains(u"argon2"_s));
    // Not in any liaison's feed: its OPD field names no OPD.
    CHECK(a.hub.scalar(u"SELECT opd_after FROM events ORDER BY seq DESC LIMIT 1"_s).toString() == u"-"_s);
}

TEST_CASE("the same command id sent twice creates one account and answers the same")
{
    AdminHub a;
    const QUuid id = QUuid::createUuid();
    const QJsonObject body {{u"action"_s, u"create"_s}, {u"username"_s, u"budi"_s}, {u"name"_s, u"Budi"_s},
                            {u"role"_s, u"operator"_s}, {u"password"_s, kStrong}};
    const HubResponse first = a.change(body, id);
    REQUIRE(first.status == 200);
    const qint64 head = a.hub.head();
    const HubResponse again = a.change(body, id);
    CHECK(again.status == 200);
    CHECK(again.object() == first.object());
    CHECK(a.hub.head() == head);
}

TEST_CASE("a change of OPD ends the liaison's sessions of the old scope with 409 scope_changed")
{
    AdminHub a;
    const QByteArray token = a.hub.token(u"liaison-dishub"_s);
    REQUIRE(a.get(u"liaison-dishub"_s, u"/api/v1/events"_s, token).status == 200);
    const HubResponse changed = a.change(
        {{u"action"_s, u"change"_s}, {u"username"_s, u"liaison-dishub"_s}, {u"role"_s, u"liaison"_s}, {u"opd"_s, u"DLH"_s}});
    INFO(changed.body.toStdString());
    REQUIRE(changed.status == 200);
    const HubResponse stale = a.get(u"liaison-dishub"_s, u"/api/v1/events"_s, token);
    CHECK(stale.status == 409);
    CHECK(errorCode(stale) == u"scope_changed"_s);
    CHECK(a.listed(u"liaison-dishub"_s).value(u"opd"_s).toString() == u"DLH"_s);
    const QJsonObject payload = a.lastAudited().value(u"payload"_s).toObject();
    CHECK(payload.value(u"before"_s).toObject().value(u"opd"_s).toString() == u"DISHUB"_s);
    CHECK(payload.value(u"after"_s).toObject().value(u"opd"_s).toString() == u"DLH"_s);
}

TEST_CASE("a password reset ends the user's sessions and only the new password logs in")
{
    AdminHub a;
    const QByteArray token = a.hub.token(u"operator"_s);
    const HubResponse reset = a.change(
        {{u"action"_s, u"reset_password"_s}, {u"username"_s, u"operator"_s}, {u"password"_s, kStrong}});
    REQUIRE(reset.status == 200);
    CHECK(a.get(u"operator"_s, u"/api/v1/events"_s, token).status == 401);
    CHECK(a.login(u"operator"_s, QString::fromLatin1(kPassword)).status == 401);
    CHECK(a.login(u"operator"_s, kStrong).status == 200);
    CHECK(a.lastAudited().value(u"type"_s).toString() == u"user_password_reset"_s);
}

TEST_CASE("a deactivated account cannot log in, its sessions end, its history stays, and it can be reactivated")
{
    AdminHub a;
    const QUuid complaint = a.hub.intake(u"operator"_s);
    const QByteArray token = a.hub.token(u"operator"_s);
    const qint64 events = a.hub.scalar(u"SELECT COUNT(*) FROM events WHERE actor_user = 'operator'"_s).toLongLong();
    REQUIRE(a.change({{u"action"_s, u"deactivate"_s}, {u"username"_s, u"operator"_s}}).status == 200);
    CHECK(a.get(u"operator"_s, u"/api/v1/events"_s, token).status == 401);
    CHECK(a.login(u"operator"_s, QString::fromLatin1(kPassword)).status == 401);
    CHECK_FALSE(a.listed(u"operator"_s).value(u"active"_s).toBool());
    CHECK(a.hub.scalar(u"SELECT COUNT(*) FROM events WHERE actor_user = 'operator'"_s).toLongLong() == events);
    CHECK(a.hub.version(complaint) == 1);

    const HubResponse twice = a.change({{u"action"_s, u"deactivate"_s}, {u"username"_s, u"operator"_s}});
    CHECK(twice.status == 409);
    CHECK(errorCode(twice) == u"already_inactive"_s);
    REQUIRE(a.change({{u"action"_s, u"reactivate"_s}, {u"username"_s, u"operator"_s}}).status == 200);
    CHECK(a.login(u"operator"_s, QString::fromLatin1(kPassword)).status == 200);
    CHECK(a.lastAudited().value(u"type"_s).toString() == u"user_reactivated"_s);
}

TEST_CASE("each refusal is a sentence with its code, and nothing is recorded")
{
    AdminHub a;
    const qint64 head = a.hub.head();
    struct Case
    {
        const char *what;
        QJsonObject body;
        int status;
        QString code;
        QString sentence;
    };
    const QJsonObject liaison {{u"action"_s, u"create"_s}, {u"username"_s, u"rina"_s}, {u"name"_s, u"Rina"_s},
                               {u"role"_s, u"liaison"_s}, {u"opd"_s, u"DLH"_s}, {u"password"_s, kStrong}};
    const auto with = [&](const QString &key, const QString &value) {
        QJsonObject body = liaison;
        body.insert(key, value);
        return body;
    };
    QJsonObject noReason = liaison;
    noReason.insert(u"reason"_s, u"  "_s);
    const QList<Case> cases {
        {"unknown role", with(u"role"_s, u"bupati"_s), 422, u"unknown_role"_s, u"There is no role \"bupati\""_s},
        {"liaison without OPD", with(u"opd"_s, QString()), 422, u"liaison_needs_opd"_s, u"A liaison needs an OPD"_s},
        {"operator with an OPD", with(u"role"_s, u"operator"_s), 422, u"opd_only_for_liaison"_s,
         u"Only a liaison has an OPD"_s},
        {"unknown OPD", with(u"opd"_s, u"DINAS-X"_s), 422, u"unknown_opd"_s, u"There is no OPD with the code"_s},
        {"duplicate user name", with(u"username"_s, u"operator"_s), 409, u"duplicate_username"_s,
         u"There is already an account \"operator\""_s},
        {"weak password", with(u"password"_s, u"rahasia"_s), 422, u"weak_password"_s, u"10"_s},
        {"no reason", noReason, 422, u"reason_required"_s, u"Say why the account changes"_s},
        {"deactivating yourself", {{u"action"_s, u"deactivate"_s}, {u"username"_s, u"admin"_s}}, 422,
         u"deactivate_yourself"_s, u"You cannot deactivate your own account"_s},
        {"taking the admin role from yourself",
         {{u"action"_s, u"change"_s}, {u"username"_s, u"admin"_s}, {u"role"_s, u"operator"_s}}, 422, u"own_role"_s,
         u"ask another admin"_s},
        {"unknown account", {{u"action"_s, u"reactivate"_s}, {u"username"_s, u"nobody"_s}}, 404, u"unknown_user"_s,
         u"There is no account \"nobody\""_s},
        {"nothing changed",
         {{u"action"_s, u"change"_s}, {u"username"_s, u"supervisor"_s}, {u"role"_s, u"supervisor"_s},
          {u"name"_s, u"supervisor"_s}},
         422, u"nothing_changed"_s, u"already has this role"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const HubResponse response = a.change(c.body);
        INFO(response.body.toStdString());
        CHECK(response.status == c.status);
        CHECK(errorCode(response) == c.code);
        CHECK(errorMessage(response).contains(c.sentence));
    }
    CHECK(a.hub.head() == head);
    CHECK(a.listed(u"rina"_s).isEmpty());
}

TEST_CASE("only an admin lists or changes accounts or reads the audit; others get 403 with a sentence")
{
    AdminHub a;
    for (const QString &user : {u"operator"_s, u"supervisor"_s, u"liaison-dlh"_s}) {
        INFO(user.toStdString());
        const HubResponse listed = a.get(user, kUsers);
        CHECK(listed.status == 403);
        CHECK(errorMessage(listed) == u"Only an admin manages accounts. Ask Kominfo's administrator."_s);
        const HubResponse changed = a.hub.post(user, kUsers,
                                               {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                {u"action"_s, u"deactivate"_s},
                                                {u"username"_s, u"admin"_s},
                                                {u"reason"_s, u"x"_s}});
        CHECK(changed.status == 403);
        CHECK(a.get(user, u"/api/v1/admin/reference-events"_s).status == 403);
    }
    CHECK(a.listed(u"admin"_s).value(u"active"_s).toBool());
}

TEST_CASE("the audit route lists every reference event whatever its type, oldest first")
{
    AdminHub a;
    REQUIRE(a.change({{u"action"_s, u"deactivate"_s}, {u"username"_s, u"supervisor"_s}}).status == 200);
    REQUIRE(a.change({{u"action"_s, u"change"_s}, {u"username"_s, u"admin2"_s}, {u"role"_s, u"supervisor"_s}}).status
            == 200);
    const HubResponse response = a.get(u"admin"_s, u"/api/v1/admin/reference-events"_s);
    REQUIRE(response.status == 200);
    const QJsonArray events = response.object().value(u"events"_s).toArray();
    REQUIRE_FALSE(events.isEmpty());
    qint64 previous = 0;
    for (const QJsonValue &event : events) {
        CHECK(event[u"version"_s].toInteger() > previous);
        previous = event[u"version"_s].toInteger();
    }
    CHECK(events.last()[u"type"_s].toString() == u"user_changed"_s);
    CHECK(events.last()[u"payload"_s][u"after"_s][u"role"_s].toString() == u"supervisor"_s);
    CHECK(events.last()[u"workstation"_s].toString() == u"WS-LAIN-02"_s);
}
