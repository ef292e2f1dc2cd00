// Issue 12, "Must hold": hostile requests on the identity routes (which copies the hub holds, the prefetch for a
// workstation's vault, a view shown offline, the reveal) are answered 4xx with a message, the hub keeps serving,
// and neither the store nor the audit log changes. The other routes are covered by tests/hub_api
// test_hostile_requests.cpp and the fuzz_hub_request target.
#include "HubFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QByteArray kSql = "'; DROP TABLE identities; --";

qint64 auditRows(HubFixture &hub)
{
    QSqlQuery q(hub.store().database());
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM audit_log"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

HubResponse postRaw(HubFixture &hub, const QByteArray &token, const QString &path, const QByteArray &body)
{
    HubRequest request;
    request.method = "POST";
    request.path = path;
    request.headers.insert("authorization", "Bearer " + token);
    request.headers.insert("x-rabeg-workstation", kSql);
    request.body = body;
    return hub.api().handle(request);
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
}

// Bodies no identity route accepts: malformed JSON, wrong types, missing fields, huge and hostile values.
QList<std::pair<QByteArray, QByteArray>> hostileBodies()
{
    const QByteArray sql = "\"" + kSql + "\"";
    return {
        {"empty", ""},
        {"an array", "[]"},
        {"null", "null"},
        {"truncated", "{\"complaint_ids\":["},
        {"duplicate keys", "{\"complaint_ids\":[],\"complaint_ids\":[]}"},
        {"deep nesting", "{\"complaint_ids\":" + nested(40) + "}"},
        {"very deep nesting", "{\"complaint_ids\":" + nested(200000) + "}"},
        {"invalid UTF-8", "{\"complaint_ids\":[\"\xC3\x28\"],\"reason\":\"\xC3\x28\"}"},
        {"an encoded surrogate", "{\"reason\":\"\xED\xA0\x80\"}"},
        {"a raw NUL", QByteArray("{\"reason\":\"a") + '\0' + QByteArray("b\"}")},
        {"a string of 10 MB", "{\"complaint_ids\":[\"" + QByteArray(10 * 1024 * 1024, 'a') + "\"]}"},
        {"missing fields", "{}"},
        {"wrong types", "{\"complaint_ids\":\"all\",\"view_id\":1,\"offline\":\"yes\",\"reason\":7}"},
        {"numbers for ids", "{\"complaint_ids\":[1,2],\"view_id\":42}"},
        {"null ids", "{\"complaint_ids\":[null],\"view_id\":null,\"at_workstation\":null,\"offline\":null}"},
        {"SQL metacharacters",
         "{\"complaint_ids\":[" + sql + "],\"view_id\":" + sql + ",\"at_workstation\":" + sql
             + ",\"last_hub_time\":" + sql + ",\"offline\":true,\"reason\":\"\",\"x\":" + sql + "}"},
    };
}

} // namespace

TEST_CASE("hostile requests on the identity routes are refused with a 4xx error and a message, the hub keeps serving, "
          "and neither the store nor the audit log changes",
          "[privacy]")
{
    HubFixture hub(6);
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QByteArray dewi = hub.login(u"spv.dewi"_s);
    const QJsonObject complaint {{u"channel"_s, u"lapor"_s},
                                 {u"external_ref"_s, u"LAPOR-HOSTILE-1"_s},
                                 {u"title"_s, u"Pungutan di loket kelurahan"_s},
                                 {u"body"_s, u"Petugas meminta uang."_s},
                                 {u"anonim"_s, true},
                                 {u"identity"_s, QJsonObject {{u"name"_s, u"Pelapor Rahasia"_s}}}};
    const HubResponse created = hub.post(rina, u"/api/v1/complaints"_s, complaint);
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    const QString anonim = created.object().value(u"complaint_id"_s).toString();
    const QString known = uuidText(hub.dispatched(u"DISHUB"_s));
    const StoreDump before = hub.dump();
    const qint64 auditBefore = auditRows(hub);

    const QList<std::pair<QByteArray, QString>> routes = {
        {rina, u"/api/v1/identity/held"_s},
        {rina, u"/api/v1/identity/prefetch"_s},
        {rina, u"/api/v1/complaints/%1/identity/views"_s.arg(known)},
        {dewi, u"/api/v1/complaints/%1/identity/reveal"_s.arg(anonim)},
    };
    int refused = 0;
    for (const auto &[token, path] : routes) {
        for (const auto &[name, body] : hostileBodies()) {
            INFO(path.toStdString() << " | " << name.toStdString());
            const HubResponse response = postRaw(hub, token, path, body);
            CHECK(response.status >= 400);
            CHECK(response.status < 500);
            const QJsonObject error = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject();
            CHECK_FALSE(error.value(u"code"_s).toString().isEmpty());
            CHECK_FALSE(error.value(u"message"_s).toString().isEmpty());
            ++refused;
        }
    }
    CHECK(refused == 4 * int(hostileBodies().size()));
    CHECK(hub.dump() == before);
    CHECK(auditRows(hub) == auditBefore);
    CHECK(hub.store().verifyChain().value() == std::nullopt);

    // Still serving: the prefetch sends the open complaint's identity, once audited.
    const HubResponse prefetch
        = hub.post(rina, u"/api/v1/identity/prefetch"_s, QJsonObject {{u"complaint_ids"_s, QJsonArray {known}}});
    REQUIRE(prefetch.status == 200);
    CHECK(prefetch.object().value(u"identities"_s).toArray().size() == 1);
    CHECK(auditRows(hub) == auditBefore + 1);
}
