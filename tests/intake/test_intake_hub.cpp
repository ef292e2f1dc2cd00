// What the hub does with a workstation's intake (issue 7): it bounds a stated arrival time with a sentence, and an
// intake sent again without the identity its first sending carried (the workstation held it in memory and was
// restarted) is the same command and the same complaint, its identity kept.
#include "TestHub.h"
#include "codec/WireTime.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QJsonObject walkIn(const QString &title)
{
    return {{u"channel"_s, u"walk_in"_s},
            {u"title"_s, title},
            {u"body"_s, u"Antrean cetak KTP-el di Disdukcapil tidak jalan sejak pagi."_s},
            {u"service"_s, u"ktp-el"_s},
            {u"kecamatan"_s, u"SERANG"_s},
            {u"kelurahan"_s, u"SERANG-CIPARE"_s}};
}

QString errorCode(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString errorMessage(const HubResponse &response)
{
    return response.object().value(u"error"_s).toObject().value(u"message"_s).toString();
}

} // namespace

TEST_CASE(
    "the hub refuses a stated arrival in the future or more than 30 days back with a sentence, and keeps one inside")
{
    TestHub hub({5, StoreKind::Demo, true});
    // The hub's time now: the time of an event it has just appended.
    const HubResponse first
        = hub.send(u"operator"_s,
                   TestHub::command(CommandType::Intake, QUuid::createUuid(), 0, walkIn(u"Antrean KTP-el macet"_s)));
    REQUIRE(first.status == 200);
    const QDateTime hubNow
        = parseWireTime(first.object().value(u"events"_s).toArray().at(0).toObject().value(u"at"_s).toString());
    REQUIRE(hubNow.isValid());
    const qint64 head = hub.head();

    for (const QDateTime &stated : {hubNow.addSecs(3600), hubNow.addDays(-31)}) {
        QJsonObject payload = walkIn(u"Antrean KTP-el macet lagi"_s);
        payload.insert(u"received_at"_s, toWireTime(stated));
        const HubResponse refused
            = hub.send(u"operator"_s, TestHub::command(CommandType::Intake, QUuid::createUuid(), 0, payload));
        INFO(stated.toString(Qt::ISODate).toStdString());
        CHECK(refused.status == 422);
        CHECK(errorCode(refused) == u"received_at_out_of_bounds"_s);
        CHECK(errorMessage(refused)
              == u"The stated arrival time must lie within the last 30 days and not in the future."_s);
    }
    CHECK(hub.head() == head);

    QJsonObject earlier = walkIn(u"Antrean KTP-el macet kemarin"_s);
    earlier.insert(u"received_at"_s, toWireTime(hubNow.addDays(-1)));
    const HubResponse kept
        = hub.send(u"operator"_s, TestHub::command(CommandType::Intake, QUuid::createUuid(), 0, earlier));
    REQUIRE(kept.status == 200);
    CHECK(kept.object().value(u"state"_s).toObject().value(u"received_at"_s).toString()
          == toWireTime(hubNow.addDays(-1)));
}

TEST_CASE(
    "an intake sent again without the identity its first sending carried is the same complaint, its identity kept")
{
    TestHub hub({5, StoreKind::Demo, true});
    const QUuid id = QUuid::createUuid();
    QJsonObject payload = walkIn(u"Blangko KTP-el habis"_s);
    const QJsonObject identity {
        {u"name"_s, u"Nurhayati"_s}, {u"nik"_s, u"3673014107900003"_s}, {u"phone"_s, u"081211223344"_s}};
    payload.insert(u"identity"_s, identity);
    Command command = TestHub::command(CommandType::Intake, id, 0, payload);
    const HubResponse first = hub.send(u"operator"_s, command);
    REQUIRE(first.status == 200);
    const qint64 head = hub.head();
    const QVariant complaints = hub.scalar(u"SELECT count(*) FROM complaints"_s);

    command.payload.remove(u"identity"_s); // the workstation restarted before the answer came: identity lost
    const HubResponse again = hub.send(u"operator"_s, command);
    INFO(again.body.toStdString());
    REQUIRE(again.status == 200);
    CHECK(again.object().value(u"complaint_id"_s) == first.object().value(u"complaint_id"_s));
    CHECK(again.object().value(u"tracking_id"_s) == first.object().value(u"tracking_id"_s));
    CHECK(hub.head() == head);
    CHECK(hub.scalar(u"SELECT count(*) FROM complaints"_s) == complaints);
    const auto stored = hub.store().identity(id);
    REQUIRE(stored.ok());
    REQUIRE(stored.value());
    CHECK(stored.value()->nik == u"3673014107900003"_s);
    CHECK(stored.value()->name == u"Nurhayati"_s);

    SECTION("the same command id with another complaint's text is still refused")
    {
        command.payload.insert(u"title"_s, u"Sesuatu yang lain"_s);
        const HubResponse other = hub.send(u"operator"_s, command);
        CHECK(other.status == 422);
        CHECK(errorCode(other) == u"command_id_reused"_s);
    }
}
