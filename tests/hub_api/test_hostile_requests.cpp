#include "HostileBodies.h"
#include "HubFixture.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QByteArray kSql = "'; DROP TABLE events; --";

struct Hostile
{
    QByteArray name;
    QByteArray method;
    QString path;
    QByteArray authorization; // the whole header value; empty: no header
    QByteArray body;
    int status; // 0: any 4xx
    QString code; // empty: any code
    QList<std::pair<QString, QString>> query = {};
};

HubResponse sendRaw(HubFixture &hub, const Hostile &row)
{
    HubRequest request;
    request.method = row.method;
    request.path = row.path;
    for (const auto &[name, value] : row.query)
        request.query.addQueryItem(name, value);
    if (!row.authorization.isEmpty())
        request.headers.insert("authorization", row.authorization);
    request.headers.insert("x-rabeg-workstation", kSql);
    request.body = row.body;
    return hub.api().handle(request);
}

QList<Hostile> table(const QByteArray &token, const QUuid &known)
{
    const QByteArray bearer = "Bearer " + token;
    const QString id = uuidText(known);
    const QString item = u"/api/v1/complaints/"_s + id;
    QList<Hostile> rows;

    // Every route, and every protected route without a session or with a garbage one.
    const QList<std::pair<QByteArray, QString>> routes = {
        {"GET", u"/api/v1/events"_s},          {"GET", u"/api/v1/snapshot"_s},
        {"GET", u"/api/v1/reference"_s},       {"GET", item},
        {"GET", item + u"/events"_s},          {"GET", item + u"/identity"_s},
        {"POST", u"/api/v1/commands"_s},       {"POST", u"/api/v1/complaints"_s},
    };
    const QList<QByteArray> garbage = {
        "Bearer",
        "Bearer ",
        "bearer " + token,
        "Basic b3AucmluYTpzYW5kaQ==",
        "Token " + token,
        token,
        "Bearer " + QByteArray(300, 'x'),
        "Bearer " + QByteArray(10 * 1024 * 1024, 'x'),
        "Bearer \xFF\xFE\x00\x01",
        "Bearer " + kSql,
        "Bearer ' OR '1'='1",
        "Bearer " + token + token,
        "Bearer " + token.left(token.size() - 1),
        "Bearer " + token + "\r\nX-Injected: 1",
    };
    for (const auto &[method, path] : routes) {
        rows.append({"no token", method, path, {}, "{}", 401, u"missing_token"_s});
        for (const QByteArray &header : garbage)
            rows.append({"garbage authorization " + header.left(40), method, path, header, "{}", 401, {}});
    }

    // Methods a route does not take.
    const QList<std::pair<QByteArray, QString>> wrongMethods = {
        {"POST", u"/api/v1/health"_s},    {"DELETE", u"/api/v1/health"_s},  {"GET", u"/api/v1/session"_s},
        {"PUT", u"/api/v1/session"_s},    {"POST", u"/api/v1/events"_s},    {"DELETE", u"/api/v1/events"_s},
        {"POST", u"/api/v1/snapshot"_s},  {"PUT", u"/api/v1/reference"_s},  {"POST", item},
        {"DELETE", item},                 {"PUT", item + u"/events"_s},     {"POST", item + u"/identity"_s},
        {"GET", u"/api/v1/commands"_s},   {"PUT", u"/api/v1/commands"_s},   {"GET", u"/api/v1/complaints"_s},
        {"OTHER", u"/api/v1/complaints"_s}, {"", u"/api/v1/events"_s},     {"get", u"/api/v1/events"_s},
    };
    for (const auto &[method, path] : wrongMethods)
        rows.append({"wrong method", method, path, bearer, "{}", 405, u"method_not_allowed"_s});

    // Routes that do not exist.
    for (const QString &path :
         QStringList{u"/"_s, u""_s, u"/api"_s, u"/api/v2/events"_s, u"/api/v1/"_s, u"/api/v1/events/"_s, u"/API/V1/EVENTS"_s,
          u"/api/v1/complaints/not-a-uuid"_s, u"/api/v1/complaints/"_s + id + u"/history"_s,
          u"/api/v1/complaints/{"_s + id + u"}"_s, u"/api/v1/complaints/"_s + id + u"/"_s,
          u"/api/v1/../../etc/passwd"_s, u"/api/v1/complaints/"_s + QString::fromLatin1(kSql),
          u"/api/v1/complaints/"_s + id + QString::fromLatin1(kSql), QString::fromUtf8("/api/v1/\xC3\x28\xFF"),
          u"/api/v1/"_s + QString(100000, u'a')})
        rows.append({"unknown route", "GET", path, bearer, {}, 404, u"not_found"_s});
    rows.append({"unknown route outside the API, without a token", "GET", u"/admin"_s, {}, {}, 404, u"not_found"_s});

    // Bodies the strict parser refuses, on every route that takes a body.
    for (const QString &path : {u"/api/v1/session"_s, u"/api/v1/commands"_s, u"/api/v1/complaints"_s}) {
        for (const auto &[name, body] : malformedBodies())
            rows.append({"malformed body: " + name, "POST", path, bearer, body, 400, u"malformed_json"_s});
        rows.append({"a body over 1 MB", "POST", path, bearer, QByteArray(HubApi::kMaxJsonBody + 1, ' '), 413,
                     u"body_too_large"_s});
        rows.append({"a string of 10 MB", "POST", path, bearer,
                     "{\"title\":\"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}", 413, u"body_too_large"_s});
        rows.append({"a body over 1 MB without a token", "POST", path, {}, QByteArray(HubApi::kMaxJsonBody + 1, '{'),
                     413, u"body_too_large"_s});
    }

    // Query parameters.
    for (const QString &name : {u"after"_s, u"limit"_s}) {
        for (const QString &value : {QString::fromLatin1(kSql), u"-1"_s, u"1;2"_s, QString(5000, u'9'), u"\u0661"_s})
            rows.append({"bad " + name.toLatin1(), "GET", u"/api/v1/events"_s, bearer, {}, 400, u"bad_parameter"_s,
                         {{name, value}}});
    }
    rows.append({"bad snapshot limit", "GET", u"/api/v1/snapshot"_s, bearer, {}, 400, u"bad_parameter"_s,
                 {{u"limit"_s, QString::fromLatin1(kSql)}}});
    rows.append({"a snapshot key of 100 KB", "GET", u"/api/v1/snapshot"_s, bearer, {}, 400, u"bad_parameter"_s,
                 {{u"after"_s, QString(100 * 1024, u'k')}}});

    // The login's own shape.
    const QList<std::pair<QByteArray, QByteArray>> logins = {
        {"a number as user name", R"({"username":42,"password":"x"})"},
        {"no password", R"({"username":"op.rina"})"},
        {"an extra field", R"({"username":"op.rina","password":"x","role":"admin"})"},
        {"an object as password", R"({"username":"op.rina","password":{}})"},
        {"null user name", R"({"username":null,"password":"x"})"},
    };
    for (const auto &[name, body] : logins)
        rows.append({"login with " + name, "POST", u"/api/v1/session"_s, {}, body, 400, u"invalid_field"_s});
    for (const QByteArray &user : {kSql, QByteArray("op.rina' --"), QByteArray("op.rina\" OR \"1\"=\"1"),
                                   QByteArray("%"), QByteArray("op.rina\\u0000")}) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"username"_s, QString::fromUtf8(user)},
                                                          {u"password"_s, QString::fromLatin1(kSql)}})
                                    .toJson(QJsonDocument::Compact);
        rows.append({"login as " + user, "POST", u"/api/v1/session"_s, {}, body, 401, u"bad_credentials"_s});
    }
    rows.append({"login with a password of 10 KB", "POST", u"/api/v1/session"_s, {},
                 R"({"username":"op.rina","password":")" + QByteArray(10240, 'p') + "\"}", 401, u"bad_credentials"_s});
    return rows;
}

} // namespace

TEST_CASE("hostile requests on every route are refused with a 4xx error and change nothing")
{
    HubFixture hub(6);
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid known = hub.dispatched(u"DISHUB"_s);
    const StoreDump before = hub.dump();
    const QJsonArray firstEvents = hub.get(rina, u"/api/v1/events?limit=1000"_s).object().value(u"items"_s).toArray();

    const QList<Hostile> rows = table(rina, known);
    REQUIRE(rows.size() > 250);
    for (const Hostile &row : rows) {
        INFO(row.name.toStdString() << " | " << row.method.toStdString() << " " << row.path.left(80).toStdString());
        requireRefusal(sendRaw(hub, row), row.status, row.code);
    }

    CHECK(hub.dump() == before);
    CHECK(hub.store().verifyChain().value() == std::nullopt);
    CHECK(hub.get(rina, u"/api/v1/events?limit=1000"_s).object().value(u"items"_s).toArray() == firstEvents);
    SECTION("and a normal request still works afterwards")
    {
        CHECK(hub.get(rina, u"/api/v1/snapshot"_s).status == 200);
        const HubResponse note = hub.send(
            rina, HubFixture::command(u"add_note"_s, known, hub.version(known), {{u"text"_s, u"Masih normal."_s}}));
        CHECK(note.status == 200);
        CHECK(hub.dump().head == before.head + 1);
    }
}

TEST_CASE("SQL metacharacters in free text are kept as text")
{
    HubFixture hub(3);
    const QByteArray rina = hub.login(u"op.rina"_s);
    const StoreDump before = hub.dump();
    const QString sql = QString::fromLatin1(kSql);
    const QString quoted = u"Robert'); DROP TABLE complaints;-- \"x\" \\ %_ ;"_s;
    const QJsonObject complaint{{u"channel"_s, u"lapor"_s},
                                {u"external_ref"_s, sql},
                                {u"title"_s, sql},
                                {u"body"_s, quoted},
                                {u"address"_s, sql},
                                {u"identity"_s, QJsonObject{{u"name"_s, quoted}, {u"email"_s, sql}}}};
    const HubResponse created = hub.post(rina, u"/api/v1/complaints"_s, complaint);
    REQUIRE(created.status == 201);
    const QUuid id = QUuid::fromString(created.object().value(u"complaint_id"_s).toString());
    hub.run(rina, u"add_note"_s, id, {{u"text"_s, sql}});
    // An assignee must be a command center user of this hub: one made of SQL is refused, by its name, as text.
    const HubResponse refused =
        hub.send(rina, HubFixture::command(u"assign"_s, id, hub.version(id), {{u"assignee"_s, sql}}));
    CHECK(refused.status == 422);
    CHECK(refused.object().value(u"error"_s).toObject().value(u"message"_s).toString().contains(sql));
    hub.run(rina, u"assign"_s, id, {{u"assignee"_s, u"op.rina"_s}, {u"note"_s, quoted}});

    const QJsonObject state =
        hub.get(rina, u"/api/v1/complaints/"_s + uuidText(id)).object().value(u"state"_s).toObject();
    CHECK(state.value(u"title"_s).toString() == sql);
    CHECK(state.value(u"body"_s).toString() == quoted);
    CHECK(state.value(u"external_ref"_s).toString() == sql);
    CHECK(state.value(u"assignee"_s).toString() == u"op.rina"_s);
    const QJsonObject identity =
        hub.get(rina, u"/api/v1/complaints/"_s + uuidText(id) + u"/identity"_s).object().value(u"identity"_s).toObject();
    CHECK(identity.value(u"name"_s).toString() == quoted);
    const QJsonArray events =
        hub.get(rina, u"/api/v1/complaints/"_s + uuidText(id) + u"/events"_s).object().value(u"events"_s).toArray();
    REQUIRE(events.size() == 3);
    CHECK(events.at(1).toObject().value(u"payload"_s).toObject().value(u"text"_s).toString() == sql);
    CHECK(events.at(1).toObject().value(u"workstation"_s).toString() == u"WS-UJI-01"_s);

    const StoreDump after = hub.dump();
    CHECK(after.events == before.events + 3);
    CHECK(after.complaints == before.complaints + 1);
    CHECK(after.users == before.users);
    CHECK(hub.store().verifyChain().value() == std::nullopt);

    SECTION("the same external reference finds the same complaint")
    {
        const HubResponse again = hub.post(rina, u"/api/v1/complaints"_s, complaint);
        CHECK(again.object() == created.object());
    }
    SECTION("a snapshot key made of SQL is only a key")
    {
        const HubResponse page = hub.get(rina, u"/api/v1/snapshot?after=%27%3B%20DROP%20TABLE%20events%3B%20--"_s);
        CHECK(page.status == 200);
        CHECK(hub.dump() == after);
    }
}
