#include "HubFixture.h"

#include "domain/Lifecycle.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kSql = u"'; DROP TABLE events; --"_s;

// The JSON type a field must have; Text is free text, Code a code ([A-Za-z0-9_-]), Word an enumeration code,
// Time an ISO 8601 time: all strings on the wire.
enum class Kind { Text, Code, Word, Time, Uuid, Int, Bool, Object };

struct Field
{
    QString name;
    Kind kind;
    QJsonValue valid;
};

struct Sample
{
    QString type;
    QList<Field> payload;
};

// One valid payload per command type, every field it may carry filled in (PayloadSchema.cpp).
QList<Sample> samples()
{
    const Field note{u"note"_s, Kind::Text, u"catatan"_s};
    const Field reasonCode{u"reason"_s, Kind::Code, u"other"_s};
    const Field reasonText{u"reason"_s, Kind::Text, u"alasan"_s};
    return {
        {u"intake"_s,
         {{u"external_ref"_s, Kind::Text, u"LAPOR-1"_s}, {u"title"_s, Kind::Text, u"Judul"_s},
          {u"body"_s, Kind::Text, u"Isi"_s}, {u"classification"_s, Kind::Word, u"pengaduan"_s},
          {u"category"_s, Kind::Code, u"perhubungan-pju"_s}, {u"service"_s, Kind::Code, u"pju"_s},
          {u"kecamatan"_s, Kind::Code, u"SERANG"_s}, {u"kelurahan"_s, Kind::Code, u"X"_s},
          {u"address"_s, Kind::Text, u"Jl. A"_s}, {u"anonim"_s, Kind::Bool, false}, {u"rahasia"_s, Kind::Bool, false},
          {u"channel"_s, Kind::Word, u"phone"_s}, {u"received_at"_s, Kind::Time, u"2026-11-30T01:00:00.000Z"_s},
          {u"identity"_s, Kind::Object, QJsonObject{{u"name"_s, u"Siti"_s}}}}},
        {u"verify"_s,
         {{u"classification"_s, Kind::Word, u"pengaduan"_s}, {u"category"_s, Kind::Code, u"perhubungan-pju"_s},
          {u"service"_s, Kind::Code, u"pju"_s}, {u"title"_s, Kind::Text, u"Judul"_s},
          {u"anonim"_s, Kind::Bool, false}, {u"rahasia"_s, Kind::Bool, false}}},
        {u"defer"_s, {reasonCode, note}},
        {u"reject"_s, {reasonCode, note}},
        {u"return"_s, {reasonCode, note}},
        {u"resume"_s, {note}},
        {u"acknowledge"_s, {note}},
        {u"close"_s, {note}},
        {u"not_our_authority"_s, {{u"agency"_s, Kind::Code, u"POLRESTA"_s}, note}},
        {u"mark_duplicate"_s, {{u"duplicate_of"_s, Kind::Uuid, uuidText(QUuid::createUuid())}, note}},
        {u"dispatch"_s, {{u"opd"_s, Kind::Code, u"DISHUB"_s}, note}},
        {u"respond"_s, {{u"response"_s, Kind::Text, u"Sudah"_s}}},
        {u"reopen"_s, {reasonText}},
        {u"escalate"_s, {reasonText, {u"clock"_s, Kind::Code, u"follow_up"_s}, {u"cycle"_s, Kind::Int, 1}}},
        {u"assign"_s, {{u"assignee"_s, Kind::Text, u"op.budi"_s}, note}},
        {u"claim"_s, {}},
        {u"release"_s, {}},
        {u"add_note"_s, {{u"text"_s, Kind::Text, u"catatan"_s}}},
        {u"complete_step"_s, {{u"step"_s, Kind::Code, u"s1"_s}, note}},
        {u"reopen_step"_s, {{u"step"_s, Kind::Code, u"s1"_s}, reasonText}},
    };
}

// The fields of the command itself.
QList<Field> envelopeFields(const QString &type)
{
    return {{u"command_id"_s, Kind::Uuid, uuidText(QUuid::createUuid())},
            {u"type"_s, Kind::Word, type},
            {u"complaint_id"_s, Kind::Uuid, uuidText(QUuid::createUuid())},
            {u"base_version"_s, Kind::Int, 1},
            {u"base_epoch"_s, Kind::Int, 1}};
}

bool isString(Kind kind) { return kind != Kind::Int && kind != Kind::Bool && kind != Kind::Object; }

// Values of the wrong JSON type for a field, with the status the hub answers: 400 when the strict parser already
// refuses the number, else 422 invalid_field.
QList<std::pair<QJsonValue, int>> wrongTypes(Kind kind)
{
    QList<std::pair<QJsonValue, int>> values = {{QJsonArray{}, 422}, {QJsonArray{u"x"_s}, 422}};
    if (isString(kind))
        values += {{42, 422}, {true, 422}, {QJsonObject{}, 422}, {0, 422}};
    if (kind == Kind::Int)
        values += {{u"3"_s, 422}, {true, 422}, {QJsonObject{}, 422}, {1.5, 400}, {-1, 422}, {9007199254740992.0, 400}};
    if (kind == Kind::Bool)
        values += {{u"true"_s, 422}, {1, 422}, {QJsonObject{}, 422}};
    if (kind == Kind::Object)
        values += {{u"x"_s, 422}, {7, 422}, {false, 422}};
    return values;
}

QJsonObject build(const Sample &sample, const QUuid &complaint, const QString &field, const QJsonValue &value,
                  bool inPayload)
{
    QJsonObject payload;
    for (const Field &f : sample.payload)
        payload.insert(f.name, f.valid);
    if (inPayload)
        payload.insert(field, value);
    QJsonObject command;
    for (const Field &f : envelopeFields(sample.type))
        command.insert(f.name, f.valid);
    command.insert(u"complaint_id"_s, uuidText(complaint));
    command.insert(u"payload"_s, payload);
    if (!inPayload)
        command.insert(field, value);
    return command;
}

struct Case
{
    QString what;
    QJsonObject command;
    int status;
    QString code;
};

QList<Case> cases(const QUuid &unknown)
{
    QList<Case> out;
    const QString longText(300 * 1024, u'a'); // over the parser's limit for one string
    for (const Sample &sample : samples()) {
        QList<std::pair<Field, bool>> fields;
        for (const Field &f : envelopeFields(sample.type))
            fields.append({f, false});
        fields.append({{u"payload"_s, Kind::Object, QJsonObject{}}, false});
        for (const Field &f : sample.payload)
            fields.append({f, true});

        for (const auto &[field, inPayload] : fields) {
            const QString where = sample.type + u" "_s + (inPayload ? u"payload."_s : QString()) + field.name;
            for (const auto &[value, status] : wrongTypes(field.kind))
                out.append({where + u" of the wrong type"_s, build(sample, unknown, field.name, value, inPayload),
                            status, status == 400 ? u"malformed_json"_s : u"invalid_field"_s});
            if (field.kind == Kind::Object || (field.name == u"type"_s && !inPayload))
                continue;
            if (isString(field.kind)) {
                out.append({where + u" of 300 KB"_s, build(sample, unknown, field.name, longText, inPayload), 400,
                            u"malformed_json"_s});
                // Free text may hold anything: the command then reaches the store, which finds no such complaint,
                // unless the role (an operator; a liaison for intake) is refused first.
                const bool text = field.kind == Kind::Text;
                const bool roleOk = sample.type != u"intake"_s
                                    && roleMayIssue(Role::Operator, *fromCode<CommandType>(sample.type));
                out.append({where + u" holding SQL"_s, build(sample, unknown, field.name, kSql, inPayload),
                            text ? (roleOk ? 404 : 403) : 422,
                            text ? (roleOk ? u"not_found"_s : u"role_not_allowed"_s) : u"invalid_field"_s});
            }
        }
        out.append({sample.type + u" with an unknown field"_s,
                    build(sample, unknown, u"extra"_s, 1, false), 422, u"invalid_field"_s});
        out.append({sample.type + u" with an unknown payload field"_s,
                    build(sample, unknown, u"extra"_s, 1, true), 422, u"invalid_field"_s});
        QJsonObject missing = build(sample, unknown, u"type"_s, sample.type, false);
        missing.remove(sample.payload.isEmpty() ? u"command_id"_s : u"payload"_s);
        out.append({sample.type + u" with a required field missing"_s, missing, 422, u"invalid_field"_s});
    }
    const QList<Sample> all = samples();
    const Sample note = *std::find_if(all.cbegin(), all.cend(),
                                      [](const Sample &sample) { return sample.type == u"add_note"_s; });
    for (const QString &type : {u"drop_table"_s, u"INTAKE"_s, u"add_note "_s, u"received"_s, kSql, u"\u0000"_s})
        out.append({u"unknown command type "_s + type, build(note, unknown, u"type"_s, type, false), 422,
                    u"unknown_command"_s});
    out.append({u"an empty command type"_s, build(note, unknown, u"type"_s, QString(), false), 422,
                u"invalid_field"_s});
    out.append({u"a command type of 65 characters"_s, build(note, unknown, u"type"_s, QString(65, u'a'), false), 422,
                u"invalid_field"_s});
    out.append({u"a braced UUID"_s, build(note, unknown, u"complaint_id"_s, unknown.toString(), false), 422,
                u"invalid_field"_s});
    out.append({u"a nil UUID"_s, build(note, unknown, u"command_id"_s, uuidText(QUuid()), false), 422,
                u"invalid_field"_s});
    out.append({u"an identity outside intake"_s,
                build(note, unknown, u"identity"_s, QJsonObject{{u"nik"_s, u"3673012345678901"_s}}, true), 422,
                u"invalid_field"_s});
    return out;
}

} // namespace

TEST_CASE("wrong types, oversized strings and SQL in every command field are refused and change nothing")
{
    HubFixture hub(4);
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QByteArray liaison = hub.login(u"liaison-dishub"_s);
    const QUuid known = hub.dispatched(u"DISHUB"_s);
    const StoreDump before = hub.dump();

    const QList<Case> table = cases(QUuid::createUuid());
    REQUIRE(table.size() > 400);
    for (const Case &c : table) {
        INFO(c.what.toStdString());
        const bool intake = c.command.value(u"type"_s).toString() == u"intake"_s;
        requireRefusal(hub.send(intake ? liaison : rina, c.command), c.status, c.code);
    }
    SECTION("the same payloads through the intake route")
    {
        for (const Case &c : table) {
            if (c.command.value(u"type"_s).toString() != u"intake"_s || c.what.contains(u"unknown field"_s)
                || c.what.contains(u"missing"_s) || !c.what.contains(u"payload."_s))
                continue;
            INFO(c.what.toStdString());
            QJsonObject body = c.command.value(u"payload"_s).toObject();
            requireRefusal(hub.post(liaison, u"/api/v1/complaints"_s, body), c.status, c.code);
        }
    }
    CHECK(hub.dump() == before);
    CHECK(hub.store().verifyChain().value() == std::nullopt);
    const HubResponse note = hub.send(
        rina, HubFixture::command(u"add_note"_s, known, hub.version(known), {{u"text"_s, u"Masih normal."_s}}));
    CHECK(note.status == 200);
}

TEST_CASE("a text just over its limit is refused with a message naming the field")
{
    HubFixture hub(0);
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = hub.intake(rina, u"Judul"_s, u"Isi"_s);
    const StoreDump before = hub.dump();
    const QList<std::tuple<QString, QString, int>> limits = {{u"add_note"_s, u"text"_s, 4000},
                                                             {u"reopen"_s, u"reason"_s, 1000},
                                                             {u"respond"_s, u"response"_s, 8000},
                                                             {u"assign"_s, u"assignee"_s, 64}};
    for (const auto &[type, field, limit] : limits) {
        INFO(type.toStdString() << "." << field.toStdString());
        const HubResponse response =
            hub.send(rina, HubFixture::command(type, id, 1, {{field, QString(limit + 1, u'x')}}));
        requireRefusal(response, 422, u"invalid_field"_s);
        CHECK(errorOf(response).value(u"message"_s).toString().startsWith(u"payload."_s + field + u":"_s));
    }
    const HubResponse title = hub.post(rina, u"/api/v1/complaints"_s,
                                       QJsonObject{{u"channel"_s, u"sms"_s}, {u"title"_s, QString(201, u'j')},
                                                   {u"body"_s, u"isi"_s}});
    requireRefusal(title, 422, u"invalid_field"_s);
    CHECK(errorOf(title).value(u"message"_s).toString().startsWith(u"payload.title:"_s));
    CHECK(hub.dump() == before);
}
