#include "TestClient.h"
#include "TestHub.h"
#include "routing/ReferenceVersions.h"
#include "store/SopCatalogQuery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kOpds = u"/api/v1/admin/opds"_s;
const QString kAgencies = u"/api/v1/admin/agencies"_s;
const QString kRouting = u"/api/v1/admin/routing-table"_s;

QJsonObject change(const QString &action, const QString &code, const QString &name, const QString &reason)
{
    QJsonObject body {{u"command_id"_s, uuidText(QUuid::createUuid())}, {u"action"_s, action}, {u"code"_s, code},
                      {u"reason"_s, reason}};
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    return body;
}

HubResponse get(TestHub &hub, const QString &user, const QString &path)
{
    HubRequest request;
    request.method = "GET";
    request.path = path;
    request.headers.insert("authorization", "Bearer " + hub.token(user));
    return hub.api().handle(request);
}

QString message(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"message"_s).toString();
}

QString errorCode(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QJsonObject eventOf(const HubResponse &response)
{
    return response.object().value(u"events"_s).toArray().first().toObject();
}

// The shipped table with street lights moved to Perkim: the whole table, as the editor sends it.
QJsonObject tableWith(const TestHub &hub, int version, const QString &pjuRoute, const QString &reason)
{
    QJsonArray rules;
    const RoutingTable shipped = RoutingTable::fromReferenceData(hub.reference());
    for (RoutingRule rule : shipped.rules()) {
        if (rule.service == u"pju"_s && rule.kecamatan.isEmpty())
            rule.route = pjuRoute;
        rules.append(ReferenceVersions::encodeRules({rule}).first());
    }
    return {{u"command_id"_s, uuidText(QUuid::createUuid())}, {u"version"_s, version}, {u"reason"_s, reason},
            {u"rules"_s, rules}};
}

} // namespace

TEST_CASE("an admin adds, renames and deactivates an OPD, each an event with the reason; never a deletion")
{
    TestHub hub;
    hub.addUser(u"admin"_s, Role::Admin);
    const QJsonObject add = change(u"add"_s, u"DISPORA"_s, u"Dinas Pemuda dan Olahraga"_s, u"Perda 2026 OPD baru"_s);
    const HubResponse added = hub.post(u"admin"_s, kOpds, add);
    REQUIRE(added.status == 200);
    CHECK(eventOf(added).value(u"type"_s).toString() == u"opd_added"_s);
    CHECK(eventOf(added).value(u"payload"_s).toObject().value(u"reason"_s).toString() == u"Perda 2026 OPD baru"_s);
    CHECK(eventOf(added).value(u"actor"_s).toObject().value(u"user"_s).toString() == u"admin"_s);

    // The same command again is the same answer, appended once; the same id for another body is refused.
    const qint64 head = hub.head();
    CHECK(hub.post(u"admin"_s, kOpds, add).object() == added.object());
    CHECK(hub.head() == head);
    QJsonObject reused = add;
    reused.insert(u"name"_s, u"Dispora"_s);
    CHECK(errorCode(hub.post(u"admin"_s, kOpds, reused)) == u"command_id_reused"_s);

    const HubResponse renamed
        = hub.post(u"admin"_s, kOpds, change(u"rename"_s, u"DISPORA"_s, u"Dinas Pemuda, Olahraga dan Pariwisata"_s,
                                             u"Nomenklatur baru"_s));
    REQUIRE(renamed.status == 200);
    CHECK(eventOf(renamed).value(u"type"_s).toString() == u"opd_renamed"_s);
    const HubResponse off
        = hub.post(u"admin"_s, kOpds, change(u"deactivate"_s, u"DISPORA"_s, {}, u"Digabung ke DINDIKBUD"_s));
    REQUIRE(off.status == 200);
    CHECK(eventOf(off).value(u"type"_s).toString() == u"opd_deactivated"_s);

    const QJsonArray opds = get(hub, u"admin"_s, kOpds).object().value(u"opds"_s).toArray();
    const auto dispora = std::find_if(opds.begin(), opds.end(), [](const QJsonValue &v) {
        return v.toObject().value(u"code"_s).toString() == u"DISPORA"_s;
    });
    REQUIRE(dispora != opds.end());
    CHECK(dispora->toObject().value(u"name"_s).toString() == u"Dinas Pemuda, Olahraga dan Pariwisata"_s);
    CHECK_FALSE(dispora->toObject().value(u"active"_s).toBool());
    CHECK(opds.size() == hub.reference().opds.size() + 1);
}

TEST_CASE("the hub refuses OPD and agency changes with sentences that name the field")
{
    TestHub hub;
    hub.addUser(u"admin"_s, Role::Admin);
    HubResponse r = hub.post(u"admin"_s, kOpds, change(u"add"_s, u"DISHUB"_s, u"Dinas Perhubungan 2"_s, u"uji"_s));
    CHECK(r.status == 422);
    CHECK(message(r) == u"code: DISHUB is already the OPD \"Dinas Perhubungan\"; choose another code, or rename that "
                        u"one."_s);
    r = hub.post(u"admin"_s, kOpds, change(u"add"_s, u"dispora baru"_s, u"Dispora"_s, u"uji"_s));
    CHECK(errorCode(r) == u"invalid_code"_s);
    CHECK(message(r).startsWith(u"code: give the new OPD a short code"_s));
    r = hub.post(u"admin"_s, kOpds, change(u"rename"_s, u"DISHUBB"_s, u"Dishub"_s, u"uji"_s));
    CHECK(message(r) == u"code: there is no OPD with the code \"DISHUBB\"."_s);
    r = hub.post(u"admin"_s, kOpds, change(u"rename"_s, u"DISHUB"_s, u"Dinas Perhubungan"_s, u"uji"_s));
    CHECK(message(r) == u"name: DISHUB is already called \"Dinas Perhubungan\"."_s);
    r = hub.post(u"admin"_s, kOpds, change(u"rename"_s, u"DISHUB"_s, u"Dishub Kota Serang"_s, u"  "_s));
    CHECK(errorCode(r) == u"reason_required"_s);
    CHECK(message(r) == u"reason: say what changes and why (1 to 500 characters)."_s);
    r = hub.post(u"admin"_s, kOpds, change(u"deactivate"_s, u"DISHUB"_s, {}, u"uji"_s));
    CHECK(r.status == 409);
    CHECK(message(r).startsWith(u"DISHUB still receives complaints under routing table version 0 ("_s));
    r = hub.post(u"admin"_s, kOpds, change(u"delete"_s, u"DISHUB"_s, {}, u"uji"_s));
    CHECK(message(r) == u"action: expected add, rename or deactivate."_s);
    r = hub.post(u"admin"_s, kAgencies, change(u"rename"_s, u"DISHUB"_s, u"Dishub"_s, u"uji"_s));
    CHECK(message(r) == u"code: there is no external agency with the code \"DISHUB\"."_s);
}

TEST_CASE("an admin adds and renames an external agency")
{
    TestHub hub;
    hub.addUser(u"admin"_s, Role::Admin);
    const QString code = hub.reference().agencies.first().code;
    const HubResponse renamed = hub.post(u"admin"_s, kAgencies, change(u"rename"_s, code, u"Nama baru"_s, u"uji"_s));
    REQUIRE(renamed.status == 200);
    CHECK(eventOf(renamed).value(u"type"_s).toString() == u"agency_renamed"_s);
    const HubResponse added
        = hub.post(u"admin"_s, kAgencies, change(u"add"_s, u"BPOM"_s, u"Balai POM di Serang"_s, u"obat dan makanan"_s));
    REQUIRE(added.status == 200);
    CHECK(eventOf(added).value(u"type"_s).toString() == u"agency_added"_s);
    const QJsonArray agencies = get(hub, u"admin"_s, kAgencies).object().value(u"agencies"_s).toArray();
    CHECK(agencies.last().toObject().value(u"code"_s).toString() == u"BPOM"_s);
}

TEST_CASE("an operator, a supervisor and a liaison are refused every reference change and read")
{
    TestHub hub;
    const QString liaison = u"liaison-dishub"_s;
    for (const QString &user : {u"operator"_s, u"supervisor"_s, liaison}) {
        INFO(user.toStdString());
        HubResponse r = hub.post(user, kOpds, change(u"add"_s, u"DISPORA"_s, u"Dispora"_s, u"uji"_s));
        CHECK(r.status == 403);
        CHECK(message(r) == u"Only an administrator adds, renames or deactivates OPDs and external agencies."_s);
        r = hub.post(user, kRouting, tableWith(hub, 1, u"PERKIM"_s, u"uji"_s));
        CHECK(r.status == 403);
        CHECK(message(r) == u"Only an administrator publishes the routing table."_s);
        CHECK(get(hub, user, kRouting).status == 403);
        CHECK(get(hub, user, kAgencies).status == 403);
    }
}

TEST_CASE("an admin publishes a routing table version; the hub validates the whole table")
{
    TestHub hub;
    hub.addUser(u"admin"_s, Role::Admin);
    HubResponse r = hub.post(u"admin"_s, kRouting, tableWith(hub, 1, u"PERKIM"_s, u"PJU pindah ke Perkim"_s));
    INFO(message(r).toStdString());
    REQUIRE(r.status == 200);
    CHECK(eventOf(r).value(u"type"_s).toString() == u"routing_table_published"_s);
    const QJsonObject inForce = get(hub, u"admin"_s, kRouting).object();
    CHECK(inForce.value(u"version"_s).toInt() == 1);
    CHECK(inForce.value(u"published_by"_s).toString() == u"admin"_s);
    CHECK(inForce.value(u"reason"_s).toString() == u"PJU pindah ke Perkim"_s);

    r = hub.post(u"admin"_s, kRouting, tableWith(hub, 1, u"DISHUB"_s, u"balik"_s));
    CHECK(r.status == 409);
    CHECK(message(r) == u"version: version 1 is in force, so this one is 2; someone published in between. Reload, "
                        u"check the changes, and publish again."_s);
    r = hub.post(u"admin"_s, kRouting, tableWith(hub, 2, u"DISHUBB"_s, u"salah ketik"_s));
    CHECK(r.status == 422);
    CHECK(message(r).endsWith(u".route: there is no OPD or external agency \"DISHUBB\"."_s));
    QJsonObject empty = tableWith(hub, 2, u"DISHUB"_s, u"kosong"_s);
    empty.insert(u"rules"_s, QJsonArray {});
    CHECK(message(hub.post(u"admin"_s, kRouting, empty)) == u"rules: a routing table needs at least one rule."_s);
    QJsonObject doubled = tableWith(hub, 2, u"DISHUB"_s, u"ganda"_s);
    QJsonArray rules = doubled.value(u"rules"_s).toArray();
    rules.append(rules.first());
    doubled.insert(u"rules"_s, rules);
    CHECK(message(hub.post(u"admin"_s, kRouting, doubled)).contains(u"already has rules[0]; keep one."_s));

    // Nothing routes to Dishub's street lights now... but its other services do: deactivation still refused.
    r = hub.post(u"admin"_s, kOpds, change(u"deactivate"_s, u"DISHUB"_s, {}, u"uji"_s));
    CHECK(message(r).startsWith(u"DISHUB still receives complaints under routing table version 1"_s));
    // A deactivated OPD cannot be routed to.
    REQUIRE(hub.post(u"admin"_s, kOpds, change(u"add"_s, u"DISPORA"_s, u"Dispora"_s, u"baru"_s)).status == 200);
    REQUIRE(hub.post(u"admin"_s, kOpds, change(u"deactivate"_s, u"DISPORA"_s, {}, u"batal"_s)).status == 200);
    r = hub.post(u"admin"_s, kRouting, tableWith(hub, 2, u"DISPORA"_s, u"uji"_s));
    CHECK(message(r).endsWith(u".route: DISPORA is deactivated; route service pju to an active OPD or agency."_s));
}

TEST_CASE("a liaison's workstation converges on the renamed OPD and the published table after sync")
{
    TestHub hub;
    hub.addUser(u"admin"_s, Role::Admin);
    QTemporaryDir dir;
    TestClient liaison(hub.url(), u"liaison-dishub"_s, dir.filePath(u"liaison.sqlite"_s));
    liaison.requireSync();
    const auto before = ReferenceVersions::fold(hub.reference(), SopCatalogQuery(liaison.cache()).referenceEvents().value());
    REQUIRE(before.ok());
    CHECK(before->reference().routeName(u"DISHUB"_s) == u"Dinas Perhubungan"_s);

    REQUIRE(hub.post(u"admin"_s, kOpds,
                     change(u"rename"_s, u"DISHUB"_s, u"Dinas Perhubungan Kota Serang"_s, u"Perwal 2026"_s))
                .status
            == 200);
    REQUIRE(hub.post(u"admin"_s, kRouting, tableWith(hub, 1, u"PERKIM"_s, u"PJU ke Perkim"_s)).status == 200);
    liaison.requireSync();
    const auto after = ReferenceVersions::fold(hub.reference(), SopCatalogQuery(liaison.cache()).referenceEvents().value());
    REQUIRE(after.ok());
    CHECK(after->reference().routeName(u"DISHUB"_s) == u"Dinas Perhubungan Kota Serang"_s);
    CHECK(after->routingVersion() == 1);
    CHECK(after->routing().find(u"pju"_s, u"SERANG"_s)->route == u"PERKIM"_s);
    // A page applied again is learnt once.
    liaison.requireSync();
    CHECK(ReferenceVersions::fold(hub.reference(), SopCatalogQuery(liaison.cache()).referenceEvents().value())
              ->routingVersion()
          == 1);
}

TEST_CASE("an admin adds, renames, moves and deactivates categories and services; refusals name the field")
{
    TestHub hub;
    hub.addUser(u"admin"_s, Role::Admin);
    const QString categories = u"/api/v1/admin/categories"_s;
    const QString services = u"/api/v1/admin/services"_s;
    const auto tree = [](const QString &action, const QString &key, const QString &id, const QString &name,
                         const QString &place, const QString &where) {
        QJsonObject body {{u"command_id"_s, uuidText(QUuid::createUuid())}, {u"action"_s, action}, {key, id},
                          {u"reason"_s, u"uji pohon"_s}};
        if (!name.isEmpty())
            body.insert(u"name"_s, name);
        if (!place.isEmpty())
            body.insert(place, where);
        return body;
    };
    HubResponse r = hub.post(u"admin"_s, categories,
                             tree(u"add"_s, u"id"_s, u"pariwisata"_s, u"Pariwisata"_s, u"parent"_s, QString()));
    REQUIRE(r.status == 200);
    CHECK(eventOf(r).value(u"type"_s).toString() == u"category_added"_s);
    r = hub.post(u"admin"_s, categories,
                 tree(u"add"_s, u"id"_s, u"pariwisata-objek"_s, u"Objek wisata"_s, u"parent"_s, u"pariwisata"_s));
    REQUIRE(r.status == 200);
    r = hub.post(u"admin"_s, services, tree(u"add"_s, u"code"_s, u"wisata-banten-lama"_s, u"Kawasan Banten Lama"_s,
                                            u"category"_s, u"pariwisata-objek"_s));
    REQUIRE(r.status == 200);
    CHECK(eventOf(r).value(u"type"_s).toString() == u"service_added"_s);
    r = hub.post(u"admin"_s, services,
                 tree(u"rename"_s, u"code"_s, u"wisata-banten-lama"_s, u"Kawasan Kesultanan Banten Lama"_s, {}, {}));
    CHECK(eventOf(r).value(u"type"_s).toString() == u"service_renamed"_s);
    r = hub.post(u"admin"_s, services,
                 tree(u"move"_s, u"code"_s, u"pju"_s, {}, u"category"_s, u"pariwisata-objek"_s));
    CHECK(eventOf(r).value(u"type"_s).toString() == u"service_moved"_s);

    // Refusals, each a sentence.
    r = hub.post(u"admin"_s, categories,
                 tree(u"add"_s, u"id"_s, u"wisata-kuliner"_s, u"Kuliner"_s, u"parent"_s, u"pariwisata-objek"_s));
    CHECK(message(r) == u"parent: pariwisata-objek is itself under pariwisata; the tree has two levels, so choose a "
                        u"root category."_s);
    r = hub.post(u"admin"_s, categories, tree(u"deactivate"_s, u"id"_s, u"pariwisata"_s, {}, {}, {}));
    CHECK(r.status == 409);
    CHECK(message(r) == u"pariwisata still holds 1 active categories and 0 active services; move or deactivate them "
                        u"first."_s);
    r = hub.post(u"admin"_s, services, tree(u"deactivate"_s, u"code"_s, u"pju"_s, {}, {}, {}));
    CHECK(message(r).startsWith(u"pju still has "_s));
    r = hub.post(u"admin"_s, services, tree(u"add"_s, u"code"_s, u"ktp-el"_s, u"KTP"_s, u"category"_s,
                                            u"adminduk-ktp"_s));
    CHECK(message(r) == u"code: ktp-el is already a service; choose another, or rename that one."_s);
    r = hub.post(u"operator"_s, services, tree(u"rename"_s, u"code"_s, u"pju"_s, u"PJU"_s, {}, {}));
    CHECK(r.status == 403);
    CHECK(message(r) == u"Only an administrator changes the category and service tree."_s);

    // A service with no rule yet is deactivated; the routing table may not name it afterwards.
    REQUIRE(hub.post(u"admin"_s, services, tree(u"deactivate"_s, u"code"_s, u"wisata-banten-lama"_s, {}, {}, {}))
                .status
            == 200);
    QJsonObject table = tableWith(hub, 1, u"DISHUB"_s, u"uji"_s);
    QJsonArray rules = table.value(u"rules"_s).toArray();
    rules.append(QJsonObject {{u"service"_s, u"wisata-banten-lama"_s}, {u"route"_s, u"DISKOMINFO"_s}});
    table.insert(u"rules"_s, rules);
    CHECK(message(hub.post(u"admin"_s, kRouting, table))
              .endsWith(u".service: wisata-banten-lama is deactivated; leave it out of the table."_s));

    const QJsonArray listed = get(hub, u"admin"_s, services).object().value(u"services"_s).toArray();
    const auto pju = std::find_if(listed.begin(), listed.end(), [](const QJsonValue &v) {
        return v.toObject().value(u"code"_s).toString() == u"pju"_s;
    });
    REQUIRE(pju != listed.end());
    CHECK(pju->toObject().value(u"category"_s).toString() == u"pariwisata-objek"_s);
}
