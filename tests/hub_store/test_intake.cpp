#include "HubStoreFixture.h"
#include "json/CanonicalJson.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

namespace {

// What a client sends at intake: the identity rides in the payload, and the HTTP layer hands it over apart.
Command intakeCommand(const HubFixture &hub, const QUuid &complaintId, const QJsonObject &extra = {})
{
    QJsonObject payload = intakePayload();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), it.value());
    const ReporterIdentity who = reporter();
    payload.insert(u"identity"_s, QJsonObject {{u"name"_s, who.name}, {u"nik"_s, who.nik}, {u"phone"_s, who.phone}});
    return hub.command(CommandType::Intake, complaintId, payload, 0);
}

QString reporterDigestOf(HubFixture &hub, const QUuid &complaintId)
{
    const auto events = hub.store().history(complaintId);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    REQUIRE(events->first().type == EventType::Received);
    return events->first().payload.value(u"reporter_digest"_s).toString();
}

} // namespace

TEST_CASE("intake returns a tracking id SRG-year-serial of seven digits, counted per year in WIB", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);

    const CommandOutcome first = hub.execute(hub.request(operatorActor(), intakeCommand(hub, QUuid::createUuid())));
    requireOk(first);
    const QString trackingId = first.body.value(u"tracking_id"_s).toString();
    static const QRegularExpression format(u"^SRG-\\d{4}-\\d{7}$"_s);
    CHECK(format.match(trackingId).hasMatch());
    CHECK(trackingId == u"SRG-2026-0000001"_s);
    CHECK(first.body.value(u"state"_s).toObject().value(u"tracking_id"_s).toString() == trackingId);

    const CommandOutcome second = hub.execute(hub.request(operatorActor(), intakeCommand(hub, QUuid::createUuid())));
    requireOk(second);
    CHECK(second.body.value(u"tracking_id"_s).toString() == u"SRG-2026-0000002"_s);

    // 17:30 UTC on 31 December is already New Year's Day in Serang: a new year's numbering.
    hub.setNow(QDateTime(QDate(2026, 12, 31), QTime(17, 29), Qt::UTC));
    const CommandOutcome newYear = hub.execute(hub.request(operatorActor(), intakeCommand(hub, QUuid::createUuid())));
    requireOk(newYear);
    CHECK(newYear.body.value(u"tracking_id"_s).toString() == u"SRG-2027-0000001"_s);
}

TEST_CASE("intake stores the reporter's identity sealed, apart from the log and the projection", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const ReporterIdentity who = reporter();

    const QUuid id = QUuid::createUuid();
    requireOk(hub.execute(hub.request(operatorActor(), intakeCommand(hub, id), who)));

    const auto stored = hub.store().identity(id);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK(*stored.value() == who);

    // Neither the log, the projection, the stored answers nor the identity table (sealed with the hub's identity
    // key, IdentityKey.h) hold the NIK, the name or the phone number in plain.
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM identities WHERE complaint_id = ? AND json LIKE 'sb1:%'"_s,
                     {id.toString(QUuid::WithoutBraces)}) == 1);
    for (const QString &secret : {who.nik, who.name, who.phone}) {
        CAPTURE(secret);
        const QString like = u"%"_s + secret + u"%"_s;
        CHECK(hub.scalar(u"SELECT COUNT(*) FROM events WHERE json LIKE ? OR state_json LIKE ?"_s, {like, like}) == 0);
        CHECK(hub.scalar(u"SELECT COUNT(*) FROM complaints WHERE state_json LIKE ?"_s, {like}) == 0);
        CHECK(hub.scalar(u"SELECT COUNT(*) FROM commands WHERE body LIKE ?"_s, {like}) == 0);
        CHECK(hub.scalar(u"SELECT COUNT(*) FROM identities WHERE json LIKE ?"_s, {like}) == 0);
    }

    // The received event carries a salted digest: not the NIK, not its plain hash.
    const QString digest = reporterDigestOf(hub, id);
    static const QRegularExpression hex64(u"^[0-9a-f]{64}$"_s);
    CHECK(hex64.match(digest).hasMatch());
    CHECK_FALSE(digest.contains(who.nik));
    CHECK(digest != QString::fromLatin1(json::sha256Hex(who.nik.toUtf8())));

    // The same reporter complaining again gets another digest, so digests cannot be matched to guessed NIKs.
    const QUuid again = QUuid::createUuid();
    requireOk(hub.execute(hub.request(operatorActor(), intakeCommand(hub, again), who)));
    CHECK(reporterDigestOf(hub, again) != digest);
}

TEST_CASE("an intake without a reporter stores no identity and no digest", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);

    const QUuid id = hub.intake();
    const auto stored = hub.store().identity(id);
    REQUIRE(stored.ok());
    CHECK_FALSE(stored.value().has_value());
    CHECK(reporterDigestOf(hub, id).isEmpty());
}

TEST_CASE("intake is idempotent on the complaint id", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);

    // A client whose answer was lost sends the intake again; after a restart it may even make a new command id.
    const QUuid id = QUuid::createUuid();
    const CommandOutcome first = hub.execute(hub.request(operatorActor(), intakeCommand(hub, id), reporter()));
    requireOk(first);
    const qint64 headAfterFirst = hub.head();

    const CommandOutcome again = hub.execute(hub.request(operatorActor(), intakeCommand(hub, id), reporter()));
    requireOk(again);
    CHECK(again.body.value(u"complaint_id"_s).toString() == id.toString(QUuid::WithoutBraces));
    CHECK(again.body.value(u"tracking_id"_s) == first.body.value(u"tracking_id"_s));
    CHECK(again.body.value(u"known"_s).toBool());
    CHECK(again.body.value(u"events"_s).toArray().isEmpty());
    CHECK(hub.head() == headAfterFirst);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM complaints"_s) == 1);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM identities"_s) == 1);
}

TEST_CASE("an intake naming a known LAPOR! tracking id is the same complaint", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const QJsonObject fromLapor {{u"channel"_s, u"lapor"_s}, {u"external_ref"_s, u"LPR4418820"_s}};

    // Two workstations import the same LAPOR! complaint, each with a complaint id of its own.
    const QUuid firstId = QUuid::createUuid();
    const CommandOutcome first
        = hub.execute(hub.request(operatorActor(), intakeCommand(hub, firstId, fromLapor), reporter()));
    requireOk(first);
    const qint64 headAfterFirst = hub.head();

    const QUuid secondId = QUuid::createUuid();
    const CommandOutcome second
        = hub.execute(hub.request(otherOperatorActor(), intakeCommand(hub, secondId, fromLapor), reporter()));
    requireOk(second);
    CHECK(second.body.value(u"complaint_id"_s).toString() == firstId.toString(QUuid::WithoutBraces));
    CHECK(second.body.value(u"tracking_id"_s) == first.body.value(u"tracking_id"_s));
    CHECK(second.body.value(u"known"_s).toBool());

    CHECK(hub.head() == headAfterFirst);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM complaints"_s) == 1);
    const auto secondComplaint = hub.store().complaint(secondId);
    REQUIRE(secondComplaint.ok());
    CHECK_FALSE(secondComplaint.value().has_value());
    const auto known = hub.store().complaint(firstId);
    REQUIRE(known.ok());
    REQUIRE(known.value().has_value());
    CHECK(known.value()->externalRef == u"LPR4418820"_s);
}

TEST_CASE("a refused intake does not use up a tracking number", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);

    QJsonObject untitled = intakePayload();
    untitled.remove(u"title"_s);
    const CommandOutcome refused
        = hub.execute(hub.request(operatorActor(), hub.command(CommandType::Intake, QUuid::createUuid(), untitled, 0)));
    CHECK(refused.status == 422);
    CHECK(errorCode(refused) == u"missing_title"_s);
    const CommandOutcome byLiaison = hub.execute(
        hub.request(liaisonOf(kDishub), hub.command(CommandType::Intake, QUuid::createUuid(), intakePayload(), 0)));
    CHECK(byLiaison.status == 403);
    CHECK(hub.head() == 0);

    const CommandOutcome taken = hub.execute(hub.request(operatorActor(), intakeCommand(hub, QUuid::createUuid())));
    requireOk(taken);
    CHECK(taken.body.value(u"tracking_id"_s).toString() == u"SRG-2026-0000001"_s);
}
