#pragma once

#include "FieldReader.h"
#include "core/Result.h"
#include "domain/Command.h"
#include "domain/Complaint.h"
#include "domain/Event.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace rabeg {

// JSON for commands, events and complaint states: the one codec the hub and the clients share.
// Strict decoding (the hub) refuses anything malformed with a message naming the field; tolerant decoding
// (pulled pages) keeps an event of an unknown type raw, with known == false, and ignores unknown fields.

QJsonObject encodeCommand(const Command &command);
Result<Command> decodeCommand(const QJsonObject &json, DecodeMode mode);
// Parses bytes from the network with the strict parser first (duplicate keys, UTF-8, depth, size).
Result<Command> decodeCommandBytes(QByteArrayView bytes);

QJsonObject encodeEvent(const Event &event);
Result<Event> decodeEvent(const QJsonObject &json, DecodeMode mode);
Result<Event> decodeEventBytes(QByteArrayView bytes);

QJsonObject encodeActor(const Actor &actor);

QJsonObject encodeComplaint(const Complaint &complaint);
Result<Complaint> decodeComplaint(const QJsonObject &json, DecodeMode mode);

// The bytes the audit chain hashes: RFC 8785 canonical JSON of the event without its hashes.
QByteArray eventCanonicalBytes(const Event &event);
// hash = SHA-256(prev_hash || canonical bytes), as lowercase hex.
QString eventHash(const Event &event);
inline constexpr char kGenesisHash[] = "0000000000000000000000000000000000000000000000000000000000000000";

} // namespace rabeg
