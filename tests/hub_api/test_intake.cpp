#include "HubFixture.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QJsonObject walkIn(const QString &title, const QString &body)
{
    return {{u"channel"_s, u"walk_in"_s}, {u"title"_s, title}, {u"body"_s, body}};
}

} // namespace

TEST_CASE("an intake through POST /api/v1/complaints answers 201 with the ids")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = QUuid::createUuid();
    QJsonObject complaint = walkIn(u"Jalan berlubang"_s, u"Di depan pasar Rau."_s);
    complaint.insert(u"complaint_id"_s, uuidText(id));
    const StoreDump before = hub.dump();

    const HubResponse created = hub.post(rina, u"/api/v1/complaints"_s, complaint);
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    const QJsonObject ids = created.object();
    CHECK(ids.value(u"complaint_id"_s).toString() == uuidText(id));
    const QString tracking = ids.value(u"tracking_id"_s).toString();
    CHECK(QRegularExpression(u"^SRG-2026-[0-9]{7}$"_s).match(tracking).hasMatch());
    CHECK(hub.dump().head == before.head + 1);
    CHECK(hub.dump().complaints == before.complaints + 1);

    SECTION("sent again with the same complaint id, it is the same complaint")
    {
        const StoreDump after = hub.dump();
        const HubResponse again = hub.post(rina, u"/api/v1/complaints"_s, complaint);
        CHECK(again.status == 201);
        CHECK(again.object() == ids);
        CHECK(hub.dump() == after);
    }
    SECTION("sent again by another operator with the same complaint id, it is the same complaint")
    {
        const QByteArray budi = hub.login(u"op.budi"_s);
        const StoreDump after = hub.dump();
        const HubResponse again = hub.post(budi, u"/api/v1/complaints"_s, complaint);
        CHECK(again.status == 201);
        CHECK(again.object() == ids);
        CHECK(hub.dump() == after);
    }
    SECTION("the complaint reads back as received")
    {
        const HubResponse read = hub.get(rina, u"/api/v1/complaints/"_s + uuidText(id));
        REQUIRE(read.status == 200);
        const QJsonObject state = read.object().value(u"state"_s).toObject();
        CHECK(state.value(u"state"_s).toString() == u"received"_s);
        CHECK(state.value(u"tracking_id"_s).toString() == tracking);
        CHECK(state.value(u"channel"_s).toString() == u"walk_in"_s);
    }
}

TEST_CASE("an intake with a known external reference is the complaint already received")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    QJsonObject complaint = walkIn(u"KTP belum jadi"_s, u"Sudah tiga bulan."_s);
    complaint.insert(u"channel"_s, u"lapor"_s);
    complaint.insert(u"external_ref"_s, u"LAPOR-2611-0042"_s);
    complaint.insert(u"complaint_id"_s, uuidText(QUuid::createUuid()));
    const HubResponse first = hub.post(rina, u"/api/v1/complaints"_s, complaint);
    REQUIRE(first.status == 201);
    const StoreDump after = hub.dump();

    complaint.insert(u"complaint_id"_s, uuidText(QUuid::createUuid())); // another workstation imported it too
    const HubResponse second = hub.post(hub.login(u"op.budi"_s), u"/api/v1/complaints"_s, complaint);
    CHECK(second.status == 201);
    CHECK(second.object() == first.object());
    CHECK(hub.dump().head == after.head);
    CHECK(hub.dump().complaints == after.complaints);
}

TEST_CASE("an intake without a complaint id gets one from the hub")
{
    HubFixture hub;
    const HubResponse created =
        hub.post(hub.login(u"op.rina"_s), u"/api/v1/complaints"_s, walkIn(u"Sampah"_s, u"Menumpuk."_s));
    REQUIRE(created.status == 201);
    CHECK_FALSE(QUuid::fromString(created.object().value(u"complaint_id"_s).toString()).isNull());
}

TEST_CASE("an intake the hub cannot take is refused before anything is stored")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QByteArray liaison = hub.login(u"liaison-dlh"_s);
    const StoreDump before = hub.dump();
    requireError(hub.post(rina, u"/api/v1/complaints"_s, QJsonObject{{u"channel"_s, u"walk_in"_s}}), 422,
                 u"invalid_field"_s);
    requireError(hub.post(rina, u"/api/v1/complaints"_s, walkIn(u"  "_s, u"x"_s)), 422, u"invalid_field"_s);
    QJsonObject badService = walkIn(u"Sampah"_s, u"x"_s);
    badService.insert(u"service"_s, u"no-such-service"_s);
    requireError(hub.post(rina, u"/api/v1/complaints"_s, badService), 422, u"unknown_service"_s);
    QJsonObject badTime = walkIn(u"Sampah"_s, u"x"_s);
    badTime.insert(u"received_at"_s, u"2031-01-01T00:00:00.000Z"_s);
    requireError(hub.post(rina, u"/api/v1/complaints"_s, badTime), 422, u"received_at_out_of_bounds"_s);
    QJsonObject badNik = walkIn(u"Sampah"_s, u"x"_s);
    badNik.insert(u"identity"_s, QJsonObject{{u"nik"_s, u"12345"_s}});
    requireError(hub.post(rina, u"/api/v1/complaints"_s, badNik), 422, u"invalid_field"_s);
    requireError(hub.post(liaison, u"/api/v1/complaints"_s, walkIn(u"Sampah"_s, u"x"_s)), 403,
                 u"role_not_allowed"_s);
    CHECK(hub.dump() == before);
}

TEST_CASE("an intake through POST /api/v1/commands answers 200 with the received event")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = QUuid::createUuid();
    const HubResponse response =
        hub.send(rina, HubFixture::command(u"intake"_s, id, 0, walkIn(u"Lampu mati"_s, u"Gelap."_s)));
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
    const QJsonObject body = response.object();
    CHECK(body.value(u"complaint_id"_s).toString() == uuidText(id));
    CHECK(body.value(u"events"_s).toArray().at(0).toObject().value(u"type"_s).toString() == u"received"_s);
    CHECK(body.value(u"state"_s).toObject().value(u"version"_s).toInteger() == 1);
}

TEST_CASE("the identity route shows the reporter and the unmasked text to the command center only")
{
    HubFixture hub;
    const QUuid id = hub.dispatched(u"DISHUB"_s, u"Lampu mati"_s, u"Hubungi saya di 081234567890."_s);
    const QString path = u"/api/v1/complaints/"_s + uuidText(id) + u"/identity"_s;

    for (const QString &user : {u"op.rina"_s, u"spv.dewi"_s}) {
        INFO(user.toStdString());
        const HubResponse response = hub.get(hub.login(user), path);
        REQUIRE(response.status == 200);
        const QJsonObject body = response.object();
        const QJsonObject identity = body.value(u"identity"_s).toObject();
        CHECK(identity.value(u"name"_s).toString() == u"Siti Aminah"_s);
        CHECK(identity.value(u"nik"_s).toString() == u"3673015507880002"_s);
        CHECK(identity.value(u"phone"_s).toString() == u"087812345678"_s);
        CHECK(body.value(u"body"_s).toString() == u"Hubungi saya di 081234567890."_s);
        CHECK(body.value(u"title"_s).toString() == u"Lampu mati"_s);
        CHECK(body.value(u"store_id"_s).toString() == hub.store().info().storeId);
    }
    SECTION("the liaison of the OPD may not see it")
    {
        requireError(hub.get(hub.login(u"liaison-dishub"_s), path), 403, u"identity_forbidden"_s);
    }
    SECTION("an admin may not see it")
    {
        requireError(hub.get(hub.login(u"admin.iwan"_s), path), 403, u"identity_forbidden"_s);
    }
    SECTION("another OPD's liaison does not learn that the complaint exists")
    {
        requireError(hub.get(hub.login(u"liaison-dlh"_s), path), 404, u"not_found"_s);
    }
    SECTION("an unknown complaint is not found")
    {
        requireError(hub.get(hub.login(u"op.rina"_s), u"/api/v1/complaints/"_s + uuidText(QUuid::createUuid())
                                                          + u"/identity"_s),
                     404, u"not_found"_s);
    }
}

TEST_CASE("the identity of an anonymous reporter stays hidden")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = hub.intake(rina, u"Pungli di kelurahan"_s, u"Saya takut dikenali."_s, true);
    requireError(hub.get(rina, u"/api/v1/complaints/"_s + uuidText(id) + u"/identity"_s), 403,
                 u"identity_anonymous"_s);
    requireError(hub.get(hub.login(u"spv.dewi"_s), u"/api/v1/complaints/"_s + uuidText(id) + u"/identity"_s), 403,
                 u"identity_anonymous"_s);
}

// An intake of a complaint the hub already has answers with that complaint's state (idempotent on the complaint id
// and on the LAPOR! reference). A liaison may not take complaints in: sent by one, it must be refused like any
// intake, and tell nothing of a complaint outside their OPD (a hostile-input review found it answered 200 with the
// full state of another OPD's complaint, for a complaint id or a LAPOR! reference).
TEST_CASE("an intake repeating a known complaint tells a liaison nothing of it")
{
    HubFixture hub;
    const QUuid id = hub.dispatched(u"DISHUB"_s, u"Lampu mati di Jalan Ahmad Yani"_s, u"Sudah seminggu."_s);
    const QByteArray rina = hub.login(u"op.rina"_s);
    QJsonObject lapor = walkIn(u"KTP belum jadi"_s, u"Sudah tiga bulan."_s);
    lapor.insert(u"channel"_s, u"lapor"_s);
    lapor.insert(u"external_ref"_s, u"LPR5446219"_s);
    lapor.insert(u"complaint_id"_s, uuidText(QUuid::createUuid()));
    REQUIRE(hub.post(rina, u"/api/v1/complaints"_s, lapor).status == 201);
    const QByteArray dlh = hub.login(u"liaison-dlh"_s);
    const StoreDump before = hub.dump();

    // The same complaint id, through both intake routes.
    const HubResponse byCommand = hub.send(dlh, HubFixture::command(u"intake"_s, id, 0, walkIn(u"x"_s, u"y"_s)));
    INFO(byCommand.body.toStdString());
    requireError(byCommand, 403, u"role_not_allowed"_s);
    CHECK_FALSE(byCommand.body.contains("Ahmad Yani"));
    QJsonObject sameId = walkIn(u"x"_s, u"y"_s);
    sameId.insert(u"complaint_id"_s, uuidText(id));
    const HubResponse byRoute = hub.post(dlh, u"/api/v1/complaints"_s, sameId);
    requireError(byRoute, 403, u"role_not_allowed"_s);
    CHECK_FALSE(byRoute.body.contains("SRG-"));
    // A LAPOR! reference under a new id.
    QJsonObject probe = lapor;
    probe.insert(u"complaint_id"_s, uuidText(QUuid::createUuid()));
    const HubResponse byReference = hub.post(dlh, u"/api/v1/complaints"_s, probe);
    requireError(byReference, 403, u"role_not_allowed"_s);
    CHECK_FALSE(byReference.body.contains("KTP belum jadi"));
    CHECK(hub.dump() == before);

    // The liaison of the OPD holding it is refused too: taking complaints in is not a liaison's work.
    requireError(hub.send(hub.login(u"liaison-dishub"_s),
                          HubFixture::command(u"intake"_s, id, 0, walkIn(u"x"_s, u"y"_s))),
                 403, u"role_not_allowed"_s);
    // The command center still gets the complaint back.
    const HubResponse again = hub.send(rina, HubFixture::command(u"intake"_s, id, 0, walkIn(u"x"_s, u"y"_s)));
    REQUIRE(again.status == 200);
    CHECK(again.object().value(u"known"_s).toBool());
}
