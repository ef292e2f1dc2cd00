#include "HubFixture.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QJsonObject kVerify{{u"classification"_s, u"pengaduan"_s},
                          {u"category"_s, u"perhubungan-pju"_s},
                          {u"service"_s, u"pju"_s}};

QString stateOf(const HubResponse &response)
{
    return response.object().value(u"state"_s).toObject().value(u"state"_s).toString();
}

} // namespace

TEST_CASE("a verify then a dispatch answer 200 with the events and the state after them")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = hub.intake(rina, u"Lampu jalan mati"_s, u"Gelap di Jalan Ayip Usman."_s);
    const qint64 headBefore = hub.dump().head;

    const HubResponse verified = hub.send(rina, HubFixture::command(u"verify"_s, id, 1, kVerify));
    INFO(verified.body.toStdString());
    REQUIRE(verified.status == 200);
    const QJsonArray events = verified.object().value(u"events"_s).toArray();
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).toObject().value(u"type"_s).toString() == u"verified"_s);
    CHECK(events.at(0).toObject().value(u"version"_s).toInteger() == 2);
    CHECK(events.at(0).toObject().value(u"seq"_s).toInteger() == headBefore + 1);
    CHECK(events.at(0).toObject().value(u"actor"_s).toObject().value(u"user"_s).toString() == u"op.rina"_s);
    CHECK(events.at(0).toObject().value(u"workstation"_s).toString() == u"WS-UJI-01"_s);
    CHECK(stateOf(verified) == u"verified"_s);

    const HubResponse dispatched =
        hub.send(rina, HubFixture::command(u"dispatch"_s, id, 2, {{u"opd"_s, u"DISHUB"_s}}));
    REQUIRE(dispatched.status == 200);
    const QJsonObject state = dispatched.object().value(u"state"_s).toObject();
    CHECK(state.value(u"state"_s).toString() == u"dispatched"_s);
    CHECK(state.value(u"opd"_s).toString() == u"DISHUB"_s);
    CHECK(state.value(u"version"_s).toInteger() == 3);
    CHECK(hub.dump().head == headBefore + 2);
    CHECK(hub.store().verifyChain().value() == std::nullopt);
}

TEST_CASE("a command sent again is answered as before and appends nothing")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = hub.intake(rina, u"Lampu jalan mati"_s, u"Gelap."_s);
    const QJsonObject verify = HubFixture::command(u"verify"_s, id, 1, kVerify);
    const HubResponse first = hub.send(rina, verify);
    REQUIRE(first.status == 200);
    const StoreDump after = hub.dump();

    const HubResponse again = hub.send(rina, verify);
    CHECK(again.status == 200);
    CHECK(again.object() == first.object());
    CHECK(hub.dump() == after);

    SECTION("with another body the same command id is refused")
    {
        QJsonObject other = verify;
        other.insert(u"payload"_s, QJsonObject{{u"classification"_s, u"aspirasi"_s},
                                               {u"category"_s, u"perhubungan-pju"_s},
                                               {u"service"_s, u"pju"_s}});
        requireError(hub.send(rina, other), 422, u"command_id_reused"_s);
        CHECK(hub.dump() == after);
    }
    SECTION("another user may use the same command id: keys are per user")
    {
        QJsonObject note = HubFixture::command(u"add_note"_s, id, 2, {{u"text"_s, u"Sudah dicek."_s}});
        note.insert(u"command_id"_s, verify.value(u"command_id"_s));
        CHECK(hub.send(hub.login(u"op.budi"_s), note).status == 200);
    }
    SECTION("a refusal is remembered like a success")
    {
        const QJsonObject close = HubFixture::command(u"close"_s, id, 2, {});
        const HubResponse refused = hub.send(rina, close);
        requireError(refused, 422, u"wrong_state"_s);
        CHECK(hub.send(rina, close).body == refused.body);
    }
}

TEST_CASE("a role that may never issue a command is refused with 403")
{
    HubFixture hub;
    const QUuid id = hub.intake(hub.login(u"op.rina"_s), u"Sampah menumpuk"_s, u"Di pasar Rau."_s);
    const QByteArray liaison = hub.login(u"liaison-dishub"_s);
    const QByteArray admin = hub.login(u"admin.iwan"_s);
    const QByteArray rina = hub.login(u"op.rina"_s);
    const StoreDump before = hub.dump();
    requireError(hub.send(liaison, HubFixture::command(u"verify"_s, id, 1, kVerify)), 403, u"role_not_allowed"_s);
    requireError(hub.send(admin, HubFixture::command(u"verify"_s, id, 1, kVerify)), 403, u"role_not_allowed"_s);
    requireError(hub.send(rina, HubFixture::command(u"acknowledge"_s, id, 1, {})), 403, u"role_not_allowed"_s);
    CHECK(hub.dump() == before);
}

TEST_CASE("a command the current state does not allow is refused with 422 and the refusal's code")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = hub.intake(rina, u"Lampu jalan mati"_s, u"Gelap."_s);
    const StoreDump before = hub.dump();
    requireError(hub.send(rina, HubFixture::command(u"dispatch"_s, id, 1, {{u"opd"_s, u"DISHUB"_s}})), 422,
                 u"wrong_state"_s);
    requireError(hub.send(rina, HubFixture::command(u"close"_s, id, 1, {})), 422, u"wrong_state"_s);
    requireError(hub.send(rina, HubFixture::command(u"reject"_s, id, 1, {{u"reason"_s, u"no_such_reason"_s}})), 422,
                 u"unknown_reason"_s);
    requireError(hub.send(rina, HubFixture::command(u"verify"_s, id, 1,
                                                    {{u"classification"_s, u"pengaduan"_s},
                                                     {u"category"_s, u"perhubungan-pju"_s},
                                                     {u"service"_s, u"no-such-service"_s}})),
                 422, u"unknown_service"_s);
    requireError(hub.send(rina, HubFixture::command(u"add_note"_s, QUuid::createUuid(), 0, {{u"text"_s, u"x"_s}})),
                 404, u"not_found"_s);
    CHECK(hub.dump() == before);
}

TEST_CASE("a liaison may not act on another OPD's complaint")
{
    HubFixture hub;
    const QUuid id = hub.dispatched(u"DISHUB"_s);
    const QByteArray dlh = hub.login(u"liaison-dlh"_s);
    const StoreDump before = hub.dump();
    requireError(hub.send(dlh, HubFixture::command(u"acknowledge"_s, id, hub.version(id), {})), 403,
                 u"out_of_scope"_s);
    requireError(hub.send(dlh, HubFixture::command(u"add_note"_s, id, hub.version(id), {{u"text"_s, u"x"_s}})), 403,
                 u"out_of_scope"_s);
    CHECK(hub.dump() == before);

    SECTION("while the liaison of the OPD it was dispatched to may")
    {
        const HubResponse ack =
            hub.send(hub.login(u"liaison-dishub"_s), HubFixture::command(u"acknowledge"_s, id, hub.version(id), {}));
        CHECK(ack.status == 200);
        CHECK(stateOf(ack) == u"in_progress"_s);
    }
}

TEST_CASE("a state change by someone else after the base version is a conflict")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QByteArray budi = hub.login(u"op.budi"_s);
    const QUuid id = hub.intake(rina, u"Lampu jalan mati"_s, u"Gelap."_s);
    hub.run(rina, u"verify"_s, id, kVerify);
    const qint64 seen = hub.version(id); // Budi reads version 2, then goes offline

    // Meanwhile Rina dispatches it to DISHUB, and DISHUB returns it: it is "verified" again, at version 4.
    hub.run(rina, u"dispatch"_s, id, {{u"opd"_s, u"DISHUB"_s}});
    hub.run(hub.login(u"liaison-dishub"_s), u"return"_s, id, {{u"reason"_s, u"other_opd"_s}});
    REQUIRE(hub.version(id) == 4);
    const StoreDump before = hub.dump();

    const QJsonObject budiDispatch = HubFixture::command(u"dispatch"_s, id, seen, {{u"opd"_s, u"DLH"_s}});
    const HubResponse conflict = hub.send(budi, budiDispatch);
    requireError(conflict, 409, u"conflict"_s);
    const QJsonObject state = conflict.object().value(u"state"_s).toObject();
    CHECK(state.value(u"version"_s).toInteger() == 4);
    CHECK(state.value(u"state"_s).toString() == u"verified"_s);
    CHECK(hub.dump() == before);

    SECTION("a note never conflicts")
    {
        const HubResponse note =
            hub.send(budi, HubFixture::command(u"add_note"_s, id, seen, {{u"text"_s, u"Warga menelepon lagi."_s}}));
        CHECK(note.status == 200);
        CHECK(note.object().value(u"state"_s).toObject().value(u"version"_s).toInteger() == 5);
    }
    SECTION("the conflict is not remembered: the same command at the new version goes through")
    {
        QJsonObject resolved = budiDispatch;
        resolved.insert(u"base_version"_s, 4);
        CHECK(hub.send(budi, resolved).status == 200);
    }
}

TEST_CASE("only state changes by others conflict: a note by someone else does not")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = hub.intake(rina, u"Lampu jalan mati"_s, u"Gelap."_s);
    hub.run(rina, u"verify"_s, id, kVerify);
    hub.run(hub.login(u"op.budi"_s), u"add_note"_s, id, {{u"text"_s, u"Lokasi dekat sekolah."_s}});
    hub.run(hub.login(u"spv.dewi"_s), u"escalate"_s, id, {{u"reason"_s, u"Lama tidak ditangani."_s}});
    const HubResponse dispatch = hub.send(rina, HubFixture::command(u"dispatch"_s, id, 2, {{u"opd"_s, u"DISHUB"_s}}));
    CHECK(dispatch.status == 200);
    CHECK(stateOf(dispatch) == u"dispatched"_s);
    CHECK(dispatch.object().value(u"state"_s).toObject().value(u"escalated"_s).toBool());
}

TEST_CASE("the author's own state changes after the base version are not a conflict")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = hub.intake(rina, u"Lampu jalan mati"_s, u"Gelap."_s);
    hub.run(rina, u"defer"_s, id, {{u"reason"_s, u"unclear_location"_s}});
    hub.run(rina, u"resume"_s, id, {});
    const HubResponse verify = hub.send(rina, HubFixture::command(u"verify"_s, id, 1, kVerify));
    CHECK(verify.status == 200);
    CHECK(stateOf(verify) == u"verified"_s);
}
