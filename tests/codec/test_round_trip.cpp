#include "CodecSamples.h"
#include "json/JsonParser.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace rabeg;

TEST_CASE("the samples hold one command of every type and one event of every type", "[codec]")
{
    QStringList commandTypes;
    for (const Command &command : samples::commands())
        commandTypes.append(toCode(command.type));
    CHECK(commandTypes == codesOf<CommandType>());

    QStringList eventTypes;
    for (const Event &event : samples::events())
        eventTypes.append(toCode(event.type));
    CHECK(eventTypes == codesOf<EventType>());
}

TEST_CASE("every command type survives encoding to bytes and strict decoding unchanged", "[codec][round-trip]")
{
    for (const Command &command : samples::commands()) {
        INFO(toCode(command.type).toStdString());
        const QByteArray bytes = samples::toBytes(encodeCommand(command));
        const auto decoded = decodeCommandBytes(bytes);
        INFO((decoded.ok() ? std::string() : decoded.error().message.toStdString()));
        REQUIRE(decoded.ok());
        CHECK(decoded.value() == command);
        CHECK(samples::toBytes(encodeCommand(decoded.value())) == bytes);
    }
}

TEST_CASE("every event type survives encoding to bytes and strict decoding unchanged", "[codec][round-trip]")
{
    for (const Event &event : samples::events()) {
        INFO(toCode(event.type).toStdString());
        const QByteArray bytes = samples::toBytes(encodeEvent(event));
        const auto decoded = decodeEventBytes(bytes);
        INFO((decoded.ok() ? std::string() : decoded.error().message.toStdString()));
        REQUIRE(decoded.ok());
        CHECK(decoded.value() == event);
        CHECK(decoded.value().known);
        CHECK(eventCanonicalBytes(decoded.value()) == eventCanonicalBytes(event));
        // The tolerant decoder reads what the strict one reads.
        const auto tolerant = decodeEvent(encodeEvent(event), DecodeMode::Tolerant);
        REQUIRE(tolerant.ok());
        CHECK(tolerant.value() == event);
    }
}

TEST_CASE("an event time keeps its milliseconds and is written in UTC", "[codec][round-trip]")
{
    Event event = samples::events().at(3);
    event.at = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 7), Qt::OffsetFromUTC, 7 * 3600);
    const QJsonObject json = encodeEvent(event);
    CHECK(json.value(u"at"_s).toString() == u"2026-12-31T16:59:59.007Z"_s);
    const auto decoded = decodeEventBytes(samples::toBytes(json));
    REQUIRE(decoded.ok());
    CHECK(decoded.value().at == event.at);
    CHECK(decoded.value().at.timeSpec() == Qt::UTC);
}

TEST_CASE("a complaint survives encodeComplaint and a strict decodeComplaint unchanged", "[codec][round-trip]")
{
    for (const Complaint &complaint : {samples::fullComplaint(), samples::freshComplaint()}) {
        INFO(complaint.trackingId.toStdString());
        const QByteArray bytes = samples::toBytes(encodeComplaint(complaint));
        const auto parsed = json::parseStrict(bytes);
        REQUIRE(parsed.ok());
        const auto decoded = decodeComplaint(parsed.value().toObject(), DecodeMode::Strict);
        INFO((decoded.ok() ? std::string() : decoded.error().message.toStdString()));
        REQUIRE(decoded.ok());
        CHECK(decoded.value() == complaint);
        CHECK(samples::toBytes(encodeComplaint(decoded.value())) == bytes);
    }
}

TEST_CASE("a complaint state refuses unknown fields when strict and ignores them when tolerant", "[codec]")
{
    QJsonObject json = encodeComplaint(samples::fullComplaint());
    json.insert(u"sla_state"_s, u"breached"_s);
    const auto strict = decodeComplaint(json, DecodeMode::Strict);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().message == u"sla_state: unknown field"_s);
    const auto tolerant = decodeComplaint(json, DecodeMode::Tolerant);
    REQUIRE(tolerant.ok());
    CHECK(tolerant.value() == samples::fullComplaint());

    json = encodeComplaint(samples::fullComplaint());
    json.insert(u"state"_s, u"archived"_s);
    const auto unknownState = decodeComplaint(json, DecodeMode::Strict);
    REQUIRE_FALSE(unknownState.ok());
    CHECK(unknownState.error().message == u"state: unknown state \"archived\""_s);
}
