#include "CodecSamples.h"
#include "domain/Projection.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// An event of a type a newer hub may send ("sop_cancelled"), built from a known sample.
QJsonObject newerHubEvent()
{
    QJsonObject json = encodeEvent(samples::events().at(9));
    json.insert(u"type"_s, u"sop_cancelled"_s);
    json.insert(u"payload"_s, QJsonObject {{u"template"_s, u"DISDUKCAPIL/ktp-el/1"_s}, {u"steps"_s, 4}});
    return json;
}

} // namespace

TEST_CASE("tolerant decoding keeps an event of an unknown type raw and strict decoding refuses it", "[codec][tolerant]")
{
    const QJsonObject json = newerHubEvent();
    const auto tolerant = decodeEvent(json, DecodeMode::Tolerant);
    REQUIRE(tolerant.ok());
    const Event &event = tolerant.value();
    CHECK_FALSE(event.known);
    CHECK(event.typeName == u"sop_cancelled"_s);
    CHECK(event.payload == json.value(u"payload"_s).toObject());
    CHECK(event.version == 10);
    CHECK(event.actor.opd == u"DISDUKCAPIL"_s);
    // Written back, it is the same event: the client can store it and hash it.
    CHECK(encodeEvent(event) == json);

    const auto strict = decodeEvent(json, DecodeMode::Strict);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().code == u"unknown_event"_s);
    CHECK(strict.error().message == u"type: unknown event type \"sop_cancelled\""_s);
    CHECK_FALSE(decodeEventBytes(samples::toBytes(json)).ok());
}

TEST_CASE("an unknown event applied to a complaint moves only its version", "[codec][tolerant]")
{
    const Event event = decodeEvent(newerHubEvent(), DecodeMode::Tolerant).value();
    const Complaint before = samples::fullComplaint();
    const Complaint after = apply(before, event);
    CHECK(after.state == before.state);
    CHECK(after.opd == before.opd);
    CHECK(after.version == 10);
}

TEST_CASE("tolerant decoding ignores unknown fields and strict decoding names them", "[codec][tolerant]")
{
    const Event original = samples::events().at(7); // dispatched
    struct Case
    {
        const char *name;
        QJsonObject json;
        const char16_t *strictMessage;
    };
    QJsonObject topLevel = encodeEvent(original);
    topLevel.insert(u"signature"_s, u"ed25519:..."_s);
    QJsonObject inPayload = encodeEvent(original);
    QJsonObject payload = original.payload;
    payload.insert(u"sla_due"_s, u"2026-11-16T01:15:30.125Z"_s);
    inPayload.insert(u"payload"_s, payload);
    QJsonObject inActor = encodeEvent(original);
    inActor.insert(u"actor"_s,
                   QJsonObject {{u"user"_s, u"op.rina"_s}, {u"role"_s, u"operator"_s}, {u"device"_s, u"x"_s}});
    const Case cases[] = {
        {"at top level", topLevel, u"signature: unknown field"},
        {"in the payload", inPayload, u"payload.sla_due: unknown field"},
        {"in the actor", inActor, u"actor.device: unknown field"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const auto tolerant = decodeEvent(c.json, DecodeMode::Tolerant);
        REQUIRE(tolerant.ok());
        CHECK(tolerant.value().type == EventType::Dispatched);
        CHECK(tolerant.value().known);
        const auto strict = decodeEvent(c.json, DecodeMode::Strict);
        REQUIRE_FALSE(strict.ok());
        CHECK(strict.error().message == QString::fromUtf16(c.strictMessage));
    }
    // Ignoring means reading everything else as usual.
    CHECK(decodeEvent(topLevel, DecodeMode::Tolerant).value() == original);
}

TEST_CASE("tolerant decoding skips a wrongly typed optional field and strict decoding refuses it", "[codec][tolerant]")
{
    QJsonObject json = encodeEvent(samples::events().at(2));
    json.insert(u"workstation"_s, 7);
    const auto tolerant = decodeEvent(json, DecodeMode::Tolerant);
    REQUIRE(tolerant.ok());
    CHECK(tolerant.value().workstation == QString());
    const auto strict = decodeEvent(json, DecodeMode::Strict);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().message == u"workstation: expected a string, got a number"_s);

    // A required field is required in both modes: without an id there is no event to keep.
    json.remove(u"id"_s);
    const auto noId = decodeEvent(json, DecodeMode::Tolerant);
    REQUIRE_FALSE(noId.ok());
    CHECK(noId.error().message == u"id: missing required field"_s);
}

TEST_CASE("tolerant decoding does not waive the limits of a command sent to the hub", "[codec][tolerant]")
{
    // decodeCommandBytes is the hub's entry point and always strict.
    QJsonObject json = encodeCommand(samples::commands().at(17));
    json.insert(u"client_version"_s, u"0.9"_s);
    const auto decoded = decodeCommandBytes(samples::toBytes(json));
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().message == u"client_version: unknown field"_s);
}
