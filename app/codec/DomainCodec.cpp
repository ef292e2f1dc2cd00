#include "DomainCodec.h"

#include "PayloadSchema.h"
#include "WireTime.h"
#include "json/CanonicalJson.h"
#include "json/JsonParser.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qint64 kMaxSafeInteger = 9007199254740991LL;

QString uuidText(const QUuid &id) { return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces); }

Result<QJsonObject> parseObject(QByteArrayView bytes)
{
    const auto parsed = json::parseStrict(bytes);
    if (!parsed.ok())
        return Error{u"malformed_json"_s, parsed.error().message};
    if (!parsed.value().isObject())
        return Error{u"malformed_json"_s, u"expected a JSON object, got "_s + jsonTypeName(parsed.value().type())};
    return parsed.value().toObject();
}

} // namespace

QJsonObject encodeCommand(const Command &command)
{
    return {
        {u"command_id"_s, uuidText(command.commandId)},
        {u"type"_s, toCode(command.type)},
        {u"complaint_id"_s, uuidText(command.complaintId)},
        {u"base_version"_s, command.baseVersion},
        {u"base_epoch"_s, command.baseEpoch},
        {u"payload"_s, command.payload},
    };
}

Result<Command> decodeCommand(const QJsonObject &json, DecodeMode mode)
{
    FieldReader reader(json, QString(), mode);
    Command command;
    command.commandId = reader.uuid(u"command_id"_s, true);
    const QString type = reader.string(u"type"_s, true, 64);
    command.complaintId = reader.uuid(u"complaint_id"_s, true);
    command.baseVersion = reader.integer(u"base_version"_s, false, 0, kMaxSafeInteger);
    command.baseEpoch = reader.integer(u"base_epoch"_s, false, 0, kMaxSafeInteger);
    command.payload = reader.object(u"payload"_s, true);
    if (reader.failed())
        return reader.error();
    const auto commandType = fromCode<CommandType>(type);
    if (!commandType)
        return Error{u"unknown_command"_s, u"type: unknown command type \""_s + type + u"\""_s};
    command.type = *commandType;
    if (const Status status = reader.finish())
        return *status;
    if (const Status status = checkCommandPayload(command.type, command.payload, mode))
        return *status;
    return command;
}

Result<Command> decodeCommandBytes(QByteArrayView bytes)
{
    const auto object = parseObject(bytes);
    if (!object.ok())
        return object.error();
    return decodeCommand(object.value(), DecodeMode::Strict);
}

QJsonObject encodeActor(const Actor &actor)
{
    QJsonObject json{{u"user"_s, actor.user}, {u"role"_s, toCode(actor.role)}};
    if (!actor.opd.isEmpty())
        json.insert(u"opd"_s, actor.opd);
    return json;
}

QJsonObject encodeEvent(const Event &event)
{
    QJsonObject json{
        {u"seq"_s, event.seq},
        {u"id"_s, uuidText(event.id)},
        {u"type"_s, event.known ? toCode(event.type) : event.typeName},
        {u"complaint_id"_s, uuidText(event.complaintId)},
        {u"version"_s, event.version},
        {u"at"_s, toWireTime(event.at)},
        {u"actor"_s, encodeActor(event.actor)},
        {u"workstation"_s, event.workstation},
        {u"command_id"_s, uuidText(event.commandId)},
        {u"payload"_s, event.payload},
        {u"prev_hash"_s, event.prevHash},
        {u"hash"_s, event.hash},
    };
    return json;
}

Result<Event> decodeEvent(const QJsonObject &json, DecodeMode mode)
{
    FieldReader reader(json, QString(), mode);
    Event event;
    event.seq = reader.integer(u"seq"_s, false, 0, kMaxSafeInteger);
    event.id = reader.uuid(u"id"_s, true);
    event.typeName = reader.string(u"type"_s, true, 64);
    // A reference-data event carries no complaint.
    event.complaintId = reader.uuid(u"complaint_id"_s, false);
    event.version = reader.integer(u"version"_s, false, 0, kMaxSafeInteger);
    event.at = reader.time(u"at"_s, true);
    const QJsonObject actor = reader.object(u"actor"_s, true);
    event.workstation = reader.string(u"workstation"_s, false, 128);
    event.commandId = reader.uuid(u"command_id"_s, false);
    event.payload = reader.object(u"payload"_s, true);
    event.prevHash = reader.string(u"prev_hash"_s, false, 64);
    event.hash = reader.string(u"hash"_s, false, 64);
    if (reader.failed())
        return reader.error();

    FieldReader actorReader(actor, u"actor"_s, mode);
    event.actor.user = actorReader.string(u"user"_s, true, 64);
    event.actor.role = actorReader.enumeration<Role>(u"role"_s, true, Role::Operator, u"role"_s);
    event.actor.opd = actorReader.code(u"opd"_s, false);
    if (const Status status = actorReader.finish())
        return *status;

    const auto type = fromCode<EventType>(event.typeName);
    if (!type) {
        if (mode == DecodeMode::Strict)
            return Error{u"unknown_event"_s, u"type: unknown event type \""_s + event.typeName + u"\""_s};
        event.known = false;
        return event;
    }
    event.type = *type;
    if (const Status status = reader.finish())
        return *status;
    if (const Status status = checkEventPayload(event.type, event.payload, mode))
        return *status;
    return event;
}

Result<Event> decodeEventBytes(QByteArrayView bytes)
{
    const auto object = parseObject(bytes);
    if (!object.ok())
        return object.error();
    return decodeEvent(object.value(), DecodeMode::Strict);
}

QJsonObject encodeComplaint(const Complaint &c)
{
    return {
        {u"id"_s, uuidText(c.id)},
        {u"tracking_id"_s, c.trackingId},
        {u"external_ref"_s, c.externalRef},
        {u"channel"_s, toCode(c.channel)},
        {u"received_at"_s, toWireTime(c.receivedAt)},
        {u"title"_s, c.title},
        {u"body"_s, c.body},
        {u"classification"_s, toCode(c.classification)},
        {u"category"_s, c.category},
        {u"service"_s, c.service},
        {u"kecamatan"_s, c.kecamatan},
        {u"kelurahan"_s, c.kelurahan},
        {u"address"_s, c.address},
        {u"anonim"_s, c.anonim},
        {u"rahasia"_s, c.rahasia},
        {u"state"_s, toCode(c.state)},
        {u"opd"_s, c.opd},
        {u"agency"_s, c.agency},
        {u"assignee"_s, c.assignee},
        {u"duplicate_of"_s, uuidText(c.duplicateOf)},
        {u"escalated"_s, c.escalated},
        {u"cycle"_s, c.cycle},
        {u"version"_s, c.version},
        {u"updated_at"_s, toWireTime(c.updatedAt)},
    };
}

Result<Complaint> decodeComplaint(const QJsonObject &json, DecodeMode mode)
{
    FieldReader r(json, QString(), mode);
    Complaint c;
    c.id = r.uuid(u"id"_s, true);
    c.trackingId = r.string(u"tracking_id"_s, false, 40);
    c.externalRef = r.string(u"external_ref"_s, false, 64);
    c.channel = r.enumeration<Channel>(u"channel"_s, false, Channel::Lapor, u"channel"_s);
    c.receivedAt = r.time(u"received_at"_s, true);
    c.title = r.string(u"title"_s, true, kMaxTitle);
    c.body = r.string(u"body"_s, false, kMaxBody);
    c.classification =
        r.enumeration<Classification>(u"classification"_s, false, Classification::Unset, u"classification"_s);
    c.category = r.code(u"category"_s, false);
    c.service = r.code(u"service"_s, false);
    c.kecamatan = r.code(u"kecamatan"_s, false);
    c.kelurahan = r.code(u"kelurahan"_s, false);
    c.address = r.string(u"address"_s, false, 300);
    c.anonim = r.boolean(u"anonim"_s, false);
    c.rahasia = r.boolean(u"rahasia"_s, false);
    c.state = r.enumeration<ComplaintState>(u"state"_s, true, ComplaintState::Received, u"state"_s);
    c.opd = r.code(u"opd"_s, false);
    c.agency = r.code(u"agency"_s, false);
    c.assignee = r.string(u"assignee"_s, false, 64);
    c.duplicateOf = r.uuid(u"duplicate_of"_s, false);
    c.escalated = r.boolean(u"escalated"_s, false);
    c.cycle = int(r.integer(u"cycle"_s, false, 0, 1'000'000));
    c.version = r.integer(u"version"_s, true, 0, kMaxSafeInteger);
    c.updatedAt = r.time(u"updated_at"_s, false);
    if (const Status status = r.finish())
        return *status;
    return c;
}

QByteArray eventCanonicalBytes(const Event &event)
{
    QJsonObject json = encodeEvent(event);
    json.remove(u"prev_hash"_s);
    json.remove(u"hash"_s);
    return json::canonicalBytesUnchecked(json);
}

QString eventHash(const Event &event)
{
    const QByteArray input = event.prevHash.toLatin1() + eventCanonicalBytes(event);
    return QString::fromLatin1(json::sha256Hex(input));
}

} // namespace rabeg
