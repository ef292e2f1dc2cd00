// Hostile requests on the routes added after the first hostile table: administration (SLA policy, calendar, users,
// OPDs, agencies, routing table, categories, services, the audit feed), SOP templates and the identity routes
// (held, prefetch, reveal, views). Each answers 4xx with a sentence, the hub keeps serving, the store is unchanged.
#include "HostileBodies.h"
#include "HubFixture.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QByteArray kSql = "'; DROP TABLE users; --";

HubResponse sendRaw(HubFixture &hub, const QByteArray &method, const QString &path, const QByteArray &token,
                    const QByteArray &body)
{
    HubRequest request;
    request.method = method;
    request.path = path;
    if (!token.isEmpty())
        request.headers.insert("authorization", "Bearer " + token);
    request.headers.insert("x-rabeg-workstation", kSql);
    request.body = body;
    return hub.api().handle(request);
}

QByteArray newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }

// Bodies that parse but have the wrong types, miss what every change needs, or carry SQL in every string field.
QList<std::pair<QByteArray, QByteArray>> badShapes()
{
    const QByteArray &sql = kSql;
    return {
        {"a number as command id", R"({"command_id":42,"reason":"x"})"},
        {"a command id that is no UUID", R"({"command_id":"not-a-uuid","reason":"x"})"},
        {"nothing but a command id", R"({"command_id":")" + newId() + R"("})"},
        {"a number as reason", R"({"command_id":")" + newId() + R"(","reason":42})"},
        {"wrong types everywhere",
         R"({"command_id":")" + newId()
             + R"(","reason":"uji","action":42,"username":[],"code":{},"name":true,"role":1,"opd":[],)"
               R"("rules":"x","ids":"x","complaint_ids":42,"version":"satu","days":{},"password":7})"},
        {"SQL in every string field",
         R"({"command_id":")" + newId() + R"(","reason":")" + sql + R"(","action":")" + sql + R"(","username":")" + sql
             + R"(","code":")" + sql + R"(","role":")" + sql + R"(","opd":")" + sql + R"(","version":")" + sql
             + R"("})"},
        {"deep nesting in a field", R"({"command_id":")" + newId() + R"(","reason":"x","rules":)" + nested(5000) + "}"},
    };
}

} // namespace

TEST_CASE("hostile requests on the administration, SOP and identity routes are refused with a 4xx and change "
          "nothing")
{
    HubFixture hub(6);
    const QByteArray admin = hub.login(u"admin.iwan"_s);
    const QByteArray operatorToken = hub.login(u"op.rina"_s);
    const QUuid known = hub.dispatched(u"DISHUB"_s);
    const QString item = u"/api/v1/complaints/"_s + uuidText(known);
    const StoreDump before = hub.dump();

    const QStringList admins = {u"/api/v1/admin/sla-policy"_s, u"/api/v1/admin/calendar"_s,
                                u"/api/v1/admin/users"_s,      u"/api/v1/admin/opds"_s,
                                u"/api/v1/admin/agencies"_s,   u"/api/v1/admin/routing-table"_s,
                                u"/api/v1/admin/categories"_s, u"/api/v1/admin/services"_s};
    QStringList posts = admins;
    posts << u"/api/v1/sop/templates"_s << u"/api/v1/identity/held"_s << u"/api/v1/identity/prefetch"_s
          << item + u"/identity/reveal"_s << item + u"/identity/views"_s;
    int refused = 0;
    const auto expectRefusal = [&](const HubResponse &response, const QByteArray &what, const QString &path,
                                   int status) {
        INFO(what.toStdString() << " | " << path.toStdString() << " -> " << response.status << " "
                                << response.body.left(300).toStdString());
        requireRefusal(response, status, {});
        ++refused;
    };

    for (const QString &path : posts) {
        expectRefusal(sendRaw(hub, "POST", path, {}, "{}"), "no token", path, 401);
        for (const auto &[name, body] : malformedBodies())
            expectRefusal(sendRaw(hub, "POST", path, admin, body), "malformed body: " + name, path, 0);
        for (const auto &[name, body] : badShapes())
            expectRefusal(sendRaw(hub, "POST", path, admin, body), name, path, 0);
        expectRefusal(sendRaw(hub, "POST", path, admin, "{\"reason\":\"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}"),
                      "a string of 10 MB", path, 413);
        expectRefusal(sendRaw(hub, "POST", path, admin, QByteArray(HubApi::kMaxJsonBody + 1, '{')), "a body over 1 MB",
                      path, 413);
    }
    QStringList reads = admins;
    reads << u"/api/v1/admin/reference-events"_s;
    for (const QString &path : reads) {
        expectRefusal(sendRaw(hub, "GET", path, {}, {}), "no token", path, 401);
        // The SLA policy and the calendar in force are readable by every role (deadlines are computed with them).
        if (path != u"/api/v1/admin/sla-policy"_s && path != u"/api/v1/admin/calendar"_s)
            expectRefusal(sendRaw(hub, "GET", path, operatorToken, {}), "an operator", path, 403);
        expectRefusal(sendRaw(hub, "POST", path, operatorToken, "{\"command_id\":\"" + newId() + "\",\"reason\":\"x\"}"),
                      "an operator's change", path, 403);
        expectRefusal(sendRaw(hub, "DELETE", path, admin, {}), "DELETE", path, 0);
    }
    CHECK(refused > 500);

    CHECK(hub.dump() == before);
    CHECK(hub.store().verifyChain().value() == std::nullopt);
    // The hub keeps serving: an admin still reads the users and the reference events.
    CHECK(hub.get(admin, u"/api/v1/admin/users"_s).status == 200);
    CHECK(hub.get(admin, u"/api/v1/admin/reference-events"_s).status == 200);
}

// A reason or a name made only of invisible characters (a right-to-left mark, a NUL, a zero-width space) was taken:
// the identity was revealed and the audit showed a blank reason; an OPD and an account got a blank-looking name. What
// must hold: such text is refused like empty text, and nothing changes.
TEST_CASE("a reason or a name of invisible characters only is refused like an empty one")
{
    HubFixture hub(6);
    const QByteArray admin = hub.login(u"admin.iwan"_s);
    const QByteArray supervisor = hub.login(u"spv.dewi"_s);
    const QUuid known = hub.intake(hub.login(u"op.rina"_s), u"Pungli di kelurahan"_s, u"Diminta uang."_s, true);
    const QString invisible = QString(QChar(0x202E)) + QChar(0x0000) + QChar(0x200B) + u" \t"_s;
    const StoreDump before = hub.dump();
    const auto id = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };

    const HubResponse reveal = hub.post(supervisor, u"/api/v1/complaints/"_s + uuidText(known) + u"/identity/reveal"_s,
                                        QJsonObject{{u"reason"_s, invisible}});
    INFO(reveal.body.toStdString());
    requireError(reveal, 422, u"invalid_field"_s);
    requireError(hub.post(admin, u"/api/v1/admin/opds"_s,
                          QJsonObject{{u"command_id"_s, id()}, {u"action"_s, u"add"_s}, {u"code"_s, u"DISPORA"_s},
                                      {u"name"_s, u"Dinas Pemuda dan Olahraga"_s}, {u"reason"_s, invisible}}),
                 422, u"reason_required"_s);
    requireError(hub.post(admin, u"/api/v1/admin/opds"_s,
                          QJsonObject{{u"command_id"_s, id()}, {u"action"_s, u"add"_s}, {u"code"_s, u"DISPORA"_s},
                                      {u"name"_s, invisible}, {u"reason"_s, u"Perda 2026"_s}}),
                 422, u"name_required"_s);
    const QJsonObject account{{u"command_id"_s, id()}, {u"action"_s, u"create"_s}, {u"username"_s, u"siti.dlh"_s},
                              {u"role"_s, u"operator"_s}, {u"opd"_s, QString()},
                              {u"password"_s, u"Pintu-Gerbang-Serang-27"_s}};
    QJsonObject blankReason = account;
    blankReason.insert(u"name"_s, u"Siti Rahmawati"_s);
    blankReason.insert(u"reason"_s, invisible);
    requireError(hub.post(admin, u"/api/v1/admin/users"_s, blankReason), 422, u"reason_required"_s);
    QJsonObject blankName = account;
    blankName.insert(u"name"_s, invisible);
    blankName.insert(u"reason"_s, u"Operator baru"_s);
    requireError(hub.post(admin, u"/api/v1/admin/users"_s, blankName), 422, u"invalid_name"_s);
    QJsonObject longName = blankName;
    longName.insert(u"command_id"_s, id());
    longName.insert(u"name"_s, QString(600, u'a'));
    requireError(hub.post(admin, u"/api/v1/admin/users"_s, longName), 422, u"invalid_name"_s);
    CHECK(hub.dump() == before);

    // Visible text with those characters around it is still taken.
    QJsonObject named = blankName;
    named.insert(u"command_id"_s, id());
    named.insert(u"name"_s, QString(QString(QChar(0x200B)) + u"Siti Rahmawati"_s));
    CHECK(hub.post(admin, u"/api/v1/admin/users"_s, named).status == 200);
}
