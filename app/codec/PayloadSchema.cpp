#include "PayloadSchema.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

enum class Kind { String, Code, Uuid, Bool, Int, Time, Classification, Channel, Identity, CodeList };

struct Field
{
    const char16_t *name;
    Kind kind;
    bool required;
    int maxLength = 0;
};

using Schema = std::initializer_list<Field>;

constexpr Field note{u"note", Kind::String, false, kMaxNote};
// The reporter loop: what a defer asked the reporter, what the reporter answered, and the channel (a code of
// ContactChannels.h; the lifecycle checks the list and that text and channel come together).
constexpr Field reporterMessage{u"reporter_message", Kind::String, false, kMaxNote};
constexpr Field reporterAnswer{u"reporter_answer", Kind::String, false, kMaxNote};
constexpr Field reporterChannel{u"reporter_channel", Kind::Code, false, 32};
// Assignees are user names, which are not codes ("op.rina"): the same limit as an event's actor.user.
constexpr int kMaxUser = 64;

// An array of codes (the SOP steps an override skipped), each at most 64 characters.
void readCodeList(FieldReader &reader, const QJsonObject &payload, const QString &key, bool required)
{
    reader.accept(key);
    const QJsonValue value = payload.value(key);
    if (value.isUndefined() || (value.isNull() && !required)) {
        if (required)
            reader.fail(key, u"missing required field"_s);
        return;
    }
    if (!value.isArray()) {
        reader.fail(key, u"expected an array of codes, got "_s + jsonTypeName(value.type()));
        return;
    }
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || !pattern.match(item.toString()).hasMatch()) {
            reader.fail(key, u"every element must be a code of letters, digits, '-' and '_'"_s);
            return;
        }
    }
}

void readIdentity(FieldReader &parent, const QString &key, DecodeMode mode)
{
    const QJsonObject identity = parent.object(key, false);
    if (parent.failed() || identity.isEmpty())
        return;
    FieldReader reader(identity, parent.pathOf(key), mode);
    reader.string(u"name"_s, false, 200);
    const QString nik = reader.string(u"nik"_s, false, 16);
    static const QRegularExpression sixteenDigits(u"^[0-9]{16}$"_s);
    if (!nik.isEmpty() && !sixteenDigits.match(nik).hasMatch())
        reader.fail(u"nik"_s, u"a NIK has exactly 16 digits"_s);
    reader.string(u"phone"_s, false, 20);
    reader.string(u"email"_s, false, 200);
    reader.string(u"address"_s, false, 300);
    if (const Status status = reader.finish())
        parent.fail(key, status->message.mid(parent.pathOf(key).size() + 1));
}

Status check(const QJsonObject &payload, Schema schema, DecodeMode mode)
{
    FieldReader reader(payload, u"payload"_s, mode);
    for (const Field &field : schema) {
        const QString name = QString::fromUtf16(field.name);
        switch (field.kind) {
        case Kind::String:
            reader.string(name, field.required, field.maxLength);
            break;
        case Kind::Code:
            reader.code(name, field.required, field.maxLength ? field.maxLength : 64);
            break;
        case Kind::Uuid:
            reader.uuid(name, field.required);
            break;
        case Kind::Bool:
            reader.boolean(name, field.required);
            break;
        case Kind::Int: // maxLength, when given, is the largest value (an attachment's size)
            reader.integer(name, field.required, 0, field.maxLength ? field.maxLength : 1'000'000);
            break;
        case Kind::Time:
            reader.time(name, field.required);
            break;
        case Kind::Classification:
            reader.enumeration<Classification>(name, field.required, Classification::Unset, u"classification"_s);
            break;
        case Kind::Channel:
            reader.enumeration<Channel>(name, field.required, Channel::Lapor, u"channel"_s);
            break;
        case Kind::Identity:
            readIdentity(reader, name, mode);
            break;
        case Kind::CodeList:
            readCodeList(reader, payload, name, field.required);
            break;
        }
        if (reader.failed())
            return reader.error();
    }
    return reader.finish();
}

// An attachment's metadata, the same in the add_attachment command and the attachment_added event (the bytes
// travel on their own route: docs/attachments.md).
Status checkAttachment(const QJsonObject &payload, DecodeMode mode)
{
    return check(payload,
                 {{u"attachment_id", Kind::Uuid, true},
                  {u"name", Kind::String, true, 200},
                  {u"type", Kind::String, true, 40},
                  {u"size", Kind::Int, true, 10 * 1024 * 1024},
                  {u"sha256", Kind::String, true, 64}},
                 mode);
}

// Fields of a complaint given at intake, shared by the intake command and the received event.
#define RABEG_COMPLAINT_FIELDS                                                                                        \
    {u"external_ref", Kind::String, false, 64}, {u"title", Kind::String, true, kMaxTitle},                             \
        {u"body", Kind::String, true, kMaxBody}, {u"classification", Kind::Classification, false},                     \
        {u"category", Kind::Code, false}, {u"service", Kind::Code, false}, {u"kecamatan", Kind::Code, false},          \
        {u"kelurahan", Kind::Code, false}, {u"address", Kind::String, false, 300}, {u"anonim", Kind::Bool, false},     \
        {u"rahasia", Kind::Bool, false}

} // namespace

Status checkCommandPayload(CommandType type, const QJsonObject &payload, DecodeMode mode)
{
    switch (type) {
    case CommandType::Intake:
        return check(payload,
                     {RABEG_COMPLAINT_FIELDS,
                      {u"channel", Kind::Channel, true},
                      {u"received_at", Kind::Time, false},
                      {u"identity", Kind::Identity, false}},
                     mode);
    case CommandType::Verify:
        return check(payload,
                     {{u"classification", Kind::Classification, true},
                      {u"category", Kind::Code, true},
                      {u"service", Kind::Code, true},
                      {u"title", Kind::String, false, kMaxTitle},
                      {u"anonim", Kind::Bool, false},
                      {u"rahasia", Kind::Bool, false}},
                     mode);
    case CommandType::Defer:
        return check(payload, {{u"reason", Kind::Code, true}, note, reporterMessage, reporterChannel}, mode);
    case CommandType::Resume:
        return check(payload, {note, reporterAnswer, reporterChannel}, mode);
    case CommandType::Reject:
    case CommandType::Return:
        return check(payload, {{u"reason", Kind::Code, true}, note}, mode);
    case CommandType::Acknowledge:
    case CommandType::Close:
        return check(payload, {note}, mode);
    case CommandType::NotOurAuthority:
        return check(payload, {{u"agency", Kind::Code, true}, note}, mode);
    case CommandType::MarkDuplicate:
        return check(payload, {{u"duplicate_of", Kind::Uuid, true}, note}, mode);
    case CommandType::Dispatch:
        return check(payload, {{u"opd", Kind::Code, true}, note}, mode);
    case CommandType::Respond:
        return check(payload,
                     {{u"response", Kind::String, true, kMaxResponse},
                      {u"override_reason", Kind::String, false, kMaxReason}},
                     mode);
    case CommandType::Reopen:
        return check(payload, {{u"reason", Kind::String, true, kMaxReason}}, mode);
    case CommandType::Escalate:
        return check(payload,
                     {{u"reason", Kind::String, true, kMaxReason},
                      {u"clock", Kind::Code, false},
                      {u"cycle", Kind::Int, false}},
                     mode);
    case CommandType::Assign:
        return check(payload, {{u"assignee", Kind::String, true, kMaxUser}, note}, mode);
    case CommandType::Claim:
    case CommandType::Release:
        return check(payload, {}, mode);
    case CommandType::AddNote:
        return check(payload, {{u"text", Kind::String, true, kMaxNote}}, mode);
    case CommandType::CompleteStep:
        return check(payload, {{u"step", Kind::Code, true}, note}, mode);
    case CommandType::ReopenStep:
        return check(payload, {{u"step", Kind::Code, true}, {u"reason", Kind::String, true, kMaxReason}}, mode);
    case CommandType::RevealIdentity:
        return check(payload, {{u"reason", Kind::String, true, kMaxReason}}, mode);
    case CommandType::AddAttachment:
        return checkAttachment(payload, mode);
    }
    return Error{u"unknown_command"_s, u"unknown command type"_s};
}

Status checkEventPayload(EventType type, const QJsonObject &payload, DecodeMode mode)
{
    switch (type) {
    case EventType::Received:
        return check(payload,
                     {RABEG_COMPLAINT_FIELDS,
                      {u"channel", Kind::Channel, true},
                      {u"tracking_id", Kind::String, true, 40},
                      {u"received_at", Kind::Time, true},
                      {u"reporter_digest", Kind::String, false, 128}},
                     mode);
    case EventType::Verified:
        return check(payload,
                     {{u"classification", Kind::Classification, true},
                      {u"category", Kind::Code, true},
                      {u"service", Kind::Code, true},
                      {u"title", Kind::String, false, kMaxTitle},
                      {u"anonim", Kind::Bool, false},
                      {u"rahasia", Kind::Bool, false}},
                     mode);
    case EventType::Deferred:
        return check(payload, {{u"reason", Kind::Code, true}, note, reporterMessage, reporterChannel}, mode);
    case EventType::Resumed:
        return check(payload, {note, reporterAnswer, reporterChannel}, mode);
    case EventType::Rejected:
        return check(payload, {{u"reason", Kind::Code, true}, note}, mode);
    case EventType::Acknowledged:
        return check(payload, {note}, mode);
    case EventType::Forwarded:
        return check(payload, {{u"agency", Kind::Code, true}, note}, mode);
    case EventType::MarkedDuplicate:
        return check(payload, {{u"duplicate_of", Kind::Uuid, true}, note}, mode);
    case EventType::Dispatched:
        return check(payload,
                     {{u"opd", Kind::Code, true},
                      note,
                      {u"cycle", Kind::Int, true},
                      {u"sop_template", Kind::String, false, 140},
                      {u"sop_version", Kind::Int, false}},
                     mode);
    case EventType::Returned:
        return check(payload, {{u"opd", Kind::Code, true}, {u"reason", Kind::Code, true}, note}, mode);
    case EventType::Responded:
        return check(payload,
                     {{u"response", Kind::String, true, kMaxResponse},
                      {u"override_reason", Kind::String, false, kMaxReason},
                      {u"overridden_steps", Kind::CodeList, false}},
                     mode);
    case EventType::Reopened:
        return check(payload, {{u"reason", Kind::String, true, kMaxReason}, {u"cycle", Kind::Int, true}}, mode);
    case EventType::Closed:
        return check(payload, {note, {u"automatic", Kind::Bool, false}}, mode);
    case EventType::Escalated:
        return check(payload,
                     {{u"reason", Kind::String, true, kMaxReason},
                      {u"clock", Kind::Code, false},
                      {u"cycle", Kind::Int, false}},
                     mode);
    case EventType::Assigned:
        return check(payload, {{u"assignee", Kind::String, true, kMaxUser}, note}, mode);
    case EventType::Released:
        return check(payload, {{u"previous", Kind::String, true, kMaxUser}}, mode);
    case EventType::NoteAdded:
        return check(payload, {{u"text", Kind::String, true, kMaxNote}}, mode);
    case EventType::StepDone:
        return check(payload, {{u"step", Kind::Code, true}, note, {u"phone_report", Kind::Bool, false}}, mode);
    case EventType::StepReopened:
        return check(payload,
                     {{u"step", Kind::Code, true},
                      {u"reason", Kind::String, true, kMaxReason},
                      {u"phone_report", Kind::Bool, false}},
                     mode);
    case EventType::IdentityRevealed:
        return check(payload, {{u"reason", Kind::String, true, kMaxReason}}, mode);
    case EventType::AttachmentAdded:
        return checkAttachment(payload, mode);
    }
    return Error{u"unknown_event"_s, u"unknown event type"_s};
}

} // namespace rabeg
