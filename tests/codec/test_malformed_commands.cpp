#include "CodecSamples.h"

#include <vector>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// "$C" and "$P" stand for a valid command id and complaint id, quoted, so that each row shows only its problem.
QByteArray body(const QByteArray &text)
{
    QByteArray out = text;
    out.replace("$C", "\"7d0f1e4a-3b2c-4d5e-8f90-a1b2c3d4e5f6\"");
    out.replace("$P", "\"0b6c7a52-9e1f-4c3d-a5b7-c9d1e3f5a7b9\"");
    return out;
}

// A command of `type` whose payload is `payload` (JSON text).
QByteArray withPayload(const char *type, const QByteArray &payload)
{
    return body("{\"command_id\":$C,\"type\":\"" + QByteArray(type)
                + "\",\"complaint_id\":$P,\"base_version\":3,"
                  "\"base_epoch\":1,\"payload\":"
                + payload + "}");
}

QByteArray intakeWith(const QByteArray &extra)
{
    return withPayload("intake",
                       "{\"channel\":\"lapor\",\"title\":\"Jalan rusak\",\"body\":\"Berlubang.\"" + extra + "}");
}

QByteArray intakeTitled(const QByteArray &title)
{
    return withPayload("intake", "{\"channel\":\"lapor\",\"title\":\"" + title + "\",\"body\":\"Berlubang.\"}");
}

QByteArray nested(int depth)
{
    return withPayload("add_note",
                       "{\"text\":\"x\",\"extra\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}");
}

struct Malformed
{
    const char *name;
    QByteArray bytes;
    const char16_t *code; // the Error's machine code
    const char16_t *expect; // a substring of the Error's message
};

std::vector<Malformed> corpus()
{
    const QByteArray valid = withPayload("dispatch", R"({"opd":"DISHUB"})");
    return {
        // The bytes are not one JSON object.
        {"empty body", "", u"malformed_json", u"the input is empty"},
        {"a JSON array", "[]", u"malformed_json", u"expected a JSON object, got an array"},
        {"a JSON string", "\"dispatch\"", u"malformed_json", u"expected a JSON object, got a string"},
        {"byte order mark", "\xEF\xBB\xBF" + valid, u"malformed_json", u"byte order mark"},
        {"trailing comma", body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"payload":{},})"),
         u"malformed_json", u"trailing comma before '}'"},
        {"comment", body(R"({/* dari klien lama */"command_id":$C,"type":"claim","complaint_id":$P,"payload":{}})"),
         u"malformed_json", u"comments are not allowed"},
        {"single quotes", body(R"({'command_id':$C,"type":"claim","complaint_id":$P,"payload":{}})"), u"malformed_json",
         u"strings must be in double quotes, not single quotes"},
        {"truncated body", body(R"({"command_id":$C,"type":"claim")"), u"malformed_json",
         u"expected ',' or '}' after an object member, found end of input"},
        {"text after the object", valid + " x", u"malformed_json", u"unexpected 'x' after the JSON value"},
        {"duplicate key", body(R"({"command_id":$C,"type":"claim","type":"close","complaint_id":$P,"payload":{}})"),
         u"malformed_json", u"duplicate key \"type\""},
        {"duplicate key in the payload", withPayload("dispatch", R"({"opd":"DISHUB","opd":"DLH"})"), u"malformed_json",
         u"duplicate key \"opd\""},
        {"nesting too deep", nested(40), u"malformed_json", u"nesting is deeper than 32 levels"},
        {"a title of 10 MB", intakeTitled(QByteArray(10 * 1024 * 1024, 'a')), u"malformed_json",
         u"larger than the limit of 1048576 bytes"},
        {"a body of 300 KB in one string",
         withPayload("intake",
                     "{\"channel\":\"lapor\",\"title\":\"x\",\"body\":\"" + QByteArray(300 * 1024, 'b') + "\"}"),
         u"malformed_json", u"string is 307200 bytes long, longer than the limit of 262144 bytes"},
        {"invalid UTF-8 byte", withPayload("add_note", "{\"text\":\"Jalan \xFF rusak\"}"), u"malformed_json",
         u"invalid UTF-8: byte 0xFF never appears in UTF-8"},
        {"overlong UTF-8", withPayload("add_note", "{\"text\":\"\xC0\xAF\"}"), u"malformed_json",
         u"invalid UTF-8: overlong encoding"},
        {"truncated UTF-8", withPayload("add_note", "{\"text\":\"Rp50.000 \xE2\x82\"}"), u"malformed_json",
         u"invalid UTF-8: truncated multi-byte sequence"},
        {"UTF-16 surrogate in UTF-8", withPayload("add_note", "{\"text\":\"\xED\xA0\xBD\"}"), u"malformed_json",
         u"invalid UTF-8: UTF-16 surrogate encoded in UTF-8"},
        {"unpaired surrogate escape", withPayload("add_note", R"({"text":"\ud83d tolong"})"), u"malformed_json",
         u"unpaired high surrogate"},
        {"raw newline in a string", withPayload("add_note", "{\"text\":\"baris satu\nbaris dua\"}"), u"malformed_json",
         u"control character U+000A in a string; it must be escaped"},
        {"float base_version",
         body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"base_version":1.5,)"
              R"("payload":{}})"),
         u"malformed_json", u"numbers must be integers"},
        {"exponent base_epoch",
         body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"base_epoch":1e3,)"
              R"("payload":{}})"),
         u"malformed_json", u"numbers must be integers"},
        {"float in the payload", withPayload("escalate", R"({"reason":"Lewat 14 hari.","cycle":2.0})"),
         u"malformed_json", u"numbers must be integers"},
        {"NaN", body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"base_version":NaN,"payload":{}})"),
         u"malformed_json", u"NaN is not valid JSON"},
        {"leading zero", body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"base_version":03,"payload":{}})"),
         u"malformed_json", u"numbers must not have leading zeros"},
        {"base_version beyond 2^53",
         body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"base_version":9007199254740992,"payload":{}})"),
         u"malformed_json", u"integer 9007199254740992 is outside the range"},

        // Missing fields.
        {"missing command_id", body(R"({"type":"claim","complaint_id":$P,"payload":{}})"), u"invalid_field",
         u"command_id: missing required field"},
        {"missing type", body(R"({"command_id":$C,"complaint_id":$P,"payload":{}})"), u"invalid_field",
         u"type: missing required field"},
        {"missing complaint_id", body(R"({"command_id":$C,"type":"claim","payload":{}})"), u"invalid_field",
         u"complaint_id: missing required field"},
        {"missing payload", body(R"({"command_id":$C,"type":"claim","complaint_id":$P})"), u"invalid_field",
         u"payload: missing required field"},
        {"null command_id", body(R"({"command_id":null,"type":"claim","complaint_id":$P,"payload":{}})"),
         u"invalid_field", u"command_id: expected a string, got null"},

        // Wrong JSON types, one per top-level field.
        {"command_id a number", body(R"({"command_id":42,"type":"claim","complaint_id":$P,"payload":{}})"),
         u"invalid_field", u"command_id: expected a string, got a number"},
        {"type an array", body(R"({"command_id":$C,"type":["claim"],"complaint_id":$P,"payload":{}})"),
         u"invalid_field", u"type: expected a string, got an array"},
        {"complaint_id a boolean", body(R"({"command_id":$C,"type":"claim","complaint_id":true,"payload":{}})"),
         u"invalid_field", u"complaint_id: expected a string, got a boolean"},
        {"base_version a string",
         body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"base_version":"3","payload":{}})"),
         u"invalid_field", u"base_version: expected an integer, got a string"},
        {"base_epoch an object",
         body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"base_epoch":{},"payload":{}})"), u"invalid_field",
         u"base_epoch: expected an integer, got an object"},
        {"payload an array", body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"payload":[]})"),
         u"invalid_field", u"payload: expected an object, got an array"},
        {"payload a string", body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"payload":"{}"})"),
         u"invalid_field", u"payload: expected an object, got a string"},

        // Values of the right type that mean nothing.
        {"unknown command type", withPayload("hapus", "{}"), u"unknown_command",
         u"type: unknown command type \"hapus\""},
        {"command type in upper case", withPayload("DISPATCH", R"({"opd":"DISHUB"})"), u"unknown_command",
         u"unknown command type \"DISPATCH\""},
        {"empty command type", withPayload("", "{}"), u"invalid_field", u"type: must not be empty"},
        {"command_id not a UUID", body(R"({"command_id":"cmd-0001","type":"claim","complaint_id":$P,"payload":{}})"),
         u"invalid_field", u"command_id: not a UUID"},
        {"command_id in braces",
         body(R"({"command_id":"{7d0f1e4a-3b2c-4d5e-8f90-a1b2c3d4e5f6}","type":"claim","complaint_id":$P,)"
              R"("payload":{}})"),
         u"invalid_field", u"command_id: not a UUID"},
        {"complaint_id the nil UUID",
         body(R"({"command_id":$C,"type":"claim","complaint_id":"00000000-0000-0000-0000-000000000000",)"
              R"("payload":{}})"),
         u"invalid_field", u"complaint_id: not a UUID"},
        {"complaint_id a tracking number",
         body(R"({"command_id":$C,"type":"claim","complaint_id":"SRG-2026-0000123","payload":{}})"), u"invalid_field",
         u"complaint_id: not a UUID"},
        {"negative base_version",
         body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"base_version":-1,"payload":{}})"), u"invalid_field",
         u"base_version: expected an integer from 0 to 9007199254740991"},
        {"negative base_epoch",
         body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"base_epoch":-3,"payload":{}})"), u"invalid_field",
         u"base_epoch: expected an integer from 0 to 9007199254740991"},
        {"unknown field at top level",
         body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"payload":{},"user":"op.rina"})"), u"invalid_field",
         u"user: unknown field"},

        // Payloads.
        {"intake without channel", withPayload("intake", R"({"title":"Jalan rusak","body":"Berlubang."})"),
         u"invalid_field", u"payload.channel: missing required field"},
        {"unknown channel", withPayload("intake", R"({"channel":"whatsapp","title":"x","body":"y"})"), u"invalid_field",
         u"payload.channel: unknown channel \"whatsapp\""},
        {"unknown classification", intakeWith(R"(,"classification":"keluhan")"), u"invalid_field",
         u"payload.classification: unknown classification \"keluhan\""},
        {"title a number", withPayload("intake", R"({"channel":"lapor","title":404,"body":"y"})"), u"invalid_field",
         u"payload.title: expected a string, got a number"},
        {"title over 200 characters",
         withPayload("intake", "{\"channel\":\"lapor\",\"title\":\"" + QByteArray(201, 'j') + "\",\"body\":\"y\"}"),
         u"invalid_field", u"payload.title: longer than 200 characters"},
        {"title only spaces", withPayload("intake", R"({"channel":"lapor","title":"   ","body":"y"})"),
         u"invalid_field", u"payload.title: must not be empty"},
        {"intake without body", withPayload("intake", R"({"channel":"lapor","title":"x"})"), u"invalid_field",
         u"payload.body: missing required field"},
        {"body over 20000 characters",
         withPayload("intake", "{\"channel\":\"lapor\",\"title\":\"x\",\"body\":\"" + QByteArray(20001, 'b') + "\"}"),
         u"invalid_field", u"payload.body: longer than 20000 characters"},
        {"anonim a string", intakeWith(R"(,"anonim":"ya")"), u"invalid_field",
         u"payload.anonim: expected a boolean, got a string"},
        {"rahasia a number", intakeWith(R"(,"rahasia":1)"), u"invalid_field",
         u"payload.rahasia: expected a boolean, got a number"},
        {"received_at without a zone", intakeWith(R"(,"received_at":"2026-11-27T08:15:00")"), u"invalid_field",
         u"payload.received_at: not a time in ISO 8601 with a zone"},
        {"received_at in words", intakeWith(R"(,"received_at":"kemarin sore")"), u"invalid_field",
         u"payload.received_at: not a time in ISO 8601 with a zone"},
        {"kecamatan with a space", intakeWith(R"(,"kecamatan":"CIPOCOK JAYA")"), u"invalid_field",
         u"payload.kecamatan: a code may only hold letters, digits, '-' and '_'"},
        {"external_ref over 64 characters", intakeWith(",\"external_ref\":\"LPR" + QByteArray(62, '7') + "\""),
         u"invalid_field", u"payload.external_ref: longer than 64 characters"},
        {"NIK of 15 digits", intakeWith(R"(,"identity":{"name":"Siti","nik":"367301570890000"})"), u"invalid_field",
         u"nik: a NIK has exactly 16 digits"},
        {"NIK with letters", intakeWith(R"(,"identity":{"nik":"36730157089O0001"})"), u"invalid_field",
         u"nik: a NIK has exactly 16 digits"},
        {"NIK of 17 digits", intakeWith(R"(,"identity":{"nik":"36730157089000012"})"), u"invalid_field",
         u"nik: longer than 16 characters"},
        {"NIK a number", intakeWith(R"(,"identity":{"nik":3673015708900001})"), u"invalid_field",
         u"nik: expected a string, got a number"},
        {"unknown identity field", intakeWith(R"(,"identity":{"nik":"3673015708900001","agama":"Islam"})"),
         u"invalid_field", u"agama: unknown field"},
        {"identity a string", intakeWith(R"(,"identity":"Siti, 3673015708900001")"), u"invalid_field",
         u"payload.identity: expected an object, got a string"},
        {"unknown field in the payload", intakeWith(R"(,"lampiran":"foto.jpg")"), u"invalid_field",
         u"payload.lampiran: unknown field"},
        {"intake naming the reporter digest itself", intakeWith(R"(,"reporter_digest":"abc")"), u"invalid_field",
         u"payload.reporter_digest: unknown field"},
        {"verify without classification", withPayload("verify", R"({"category":"adminduk-ktp","service":"ktp-el"})"),
         u"invalid_field", u"payload.classification: missing required field"},
        {"classification a number",
         withPayload("verify", R"({"classification":2,"category":"adminduk-ktp","service":"ktp-el"})"),
         u"invalid_field", u"payload.classification: expected a string, got a number"},
        {"category with a slash",
         withPayload("verify", R"({"classification":"pengaduan","category":"adminduk/ktp","service":"ktp-el"})"),
         u"invalid_field", u"payload.category: a code may only hold letters, digits, '-' and '_'"},
        {"dispatch to a null OPD", withPayload("dispatch", R"({"opd":null})"), u"invalid_field",
         u"payload.opd: expected a string, got null"},
        {"dispatch to an empty OPD", withPayload("dispatch", R"({"opd":""})"), u"invalid_field",
         u"payload.opd: must not be empty"},
        {"dispatch naming its cycle", withPayload("dispatch", R"({"opd":"DISHUB","cycle":1})"), u"invalid_field",
         u"payload.cycle: unknown field"},
        {"return naming the OPD", withPayload("return", R"({"reason":"other_opd","opd":"DLH"})"), u"invalid_field",
         u"payload.opd: unknown field"},
        {"duplicate_of not a UUID", withPayload("mark_duplicate", R"({"duplicate_of":"SRG-2026-0000099"})"),
         u"invalid_field", u"payload.duplicate_of: not a UUID"},
        {"reject reason as free text", withPayload("reject", R"({"reason":"terlalu umum"})"), u"invalid_field",
         u"payload.reason: a code may only hold letters, digits, '-' and '_'"},
        {"response over 8000 characters", withPayload("respond", "{\"response\":\"" + QByteArray(8001, 'r') + "\"}"),
         u"invalid_field", u"payload.response: longer than 8000 characters"},
        {"negative escalation cycle", withPayload("escalate", R"({"reason":"Lewat 14 hari.","cycle":-1})"),
         u"invalid_field", u"payload.cycle: expected an integer from 0 to 1000000"},
        {"escalation cycle a string", withPayload("escalate", R"({"reason":"Lewat 14 hari.","cycle":"2"})"),
         u"invalid_field", u"payload.cycle: expected an integer, got a string"},
        {"note without text", withPayload("add_note", R"({"note":"salah kunci"})"), u"invalid_field",
         u"payload.text: missing required field"},
        {"note over 4000 characters", withPayload("add_note", "{\"text\":\"" + QByteArray(4001, 'n') + "\"}"),
         u"invalid_field", u"payload.text: longer than 4000 characters"},
        {"claim naming someone", withPayload("claim", R"({"assignee":"op.dede"})"), u"invalid_field",
         u"payload.assignee: unknown field"},
        {"assign to nobody", withPayload("assign", R"({"assignee":""})"), u"invalid_field",
         u"payload.assignee: must not be empty"},
        {"reopen a step without a reason", withPayload("reopen_step", R"({"step":"cetak-ktp"})"), u"invalid_field",
         u"payload.reason: missing required field"},
    };
}

} // namespace

TEST_CASE("malformed commands are refused with a message that names the problem", "[codec][strict]")
{
    const std::vector<Malformed> cases = corpus();
    CHECK(cases.size() >= 50);
    for (const Malformed &c : cases) {
        INFO(c.name);
        const auto decoded = decodeCommandBytes(c.bytes);
        REQUIRE_FALSE(decoded.ok());
        const QString message = decoded.error().message;
        INFO(message.toStdString());
        CHECK(decoded.error().code == QString::fromUtf16(c.code));
        CHECK(message.contains(QString::fromUtf16(c.expect)));
        // Messages quote what they saw, but never the whole 10 MB of it.
        CHECK(message.size() < 400);
    }
}

TEST_CASE("SQL and markup in well-typed fields are data that is accepted and kept as it is", "[codec][strict]")
{
    struct Accepted
    {
        const char *name;
        QByteArray bytes;
        const char16_t *field; // payload field to compare
        const char16_t *value;
    };
    const Accepted cases[] = {
        {"SQL in a title", intakeTitled("'; DROP TABLE complaints; --"), u"title", u"'; DROP TABLE complaints; --"},
        {"SQL in a body", withPayload("intake", R"({"channel":"sms","title":"x","body":"1' OR '1'='1; /* */ --"})"),
         u"body", u"1' OR '1'='1; /* */ --"},
        {"markup in a note", withPayload("add_note", R"({"text":"<script>alert('xss')</script> &amp;"})"), u"text",
         u"<script>alert('xss')</script> &amp;"},
        {"percent and backslash", withPayload("respond", R"({"response":"100% selesai \\ C:\\temp\\x; %s %n"})"),
         u"response", u"100% selesai \\ C:\\temp\\x; %s %n"},
        {"escaped control characters", withPayload("add_note", R"({"text":"baris 1\nbaris 2\ttab \"kutip\""})"),
         u"text", u"baris 1\nbaris 2\ttab \"kutip\""},
        {"Sundanese and an emoji", withPayload("add_note", "{\"text\":\"Punten, kumaha ieu? \xF0\x9F\x99\x8F\"}"),
         u"text", u"Punten, kumaha ieu? \U0001F64F"},
        {"a title of exactly 200 characters", intakeTitled(QByteArray(200, 'j')), u"title", nullptr},
        {"a NIK of 16 digits", intakeWith(R"(,"identity":{"nik":"3673015708900001","phone":"+6281298765432"})"),
         u"channel", u"lapor"},
        {"a reason with a hyphen", withPayload("escalate", R"({"reason":"SLA-14","clock":"follow-up","cycle":0})"),
         u"clock", u"follow-up"},
    };
    for (const Accepted &c : cases) {
        INFO(c.name);
        const auto decoded = decodeCommandBytes(c.bytes);
        INFO((decoded.ok() ? std::string() : decoded.error().message.toStdString()));
        REQUIRE(decoded.ok());
        if (c.value)
            CHECK(decoded.value().payload.value(QString::fromUtf16(c.field)).toString() == QString::fromUtf16(c.value));
    }
}

TEST_CASE("the largest safe integers are accepted as versions", "[codec][strict]")
{
    const auto decoded = decodeCommandBytes(body(R"({"command_id":$C,"type":"claim","complaint_id":$P,)"
                                                 R"("base_version":9007199254740991,"base_epoch":0,"payload":{}})"));
    REQUIRE(decoded.ok());
    CHECK(decoded.value().baseVersion == 9007199254740991LL);
    CHECK(decoded.value().baseEpoch == 0);
    // Both are optional: a first command on a new complaint has seen nothing.
    const auto bare = decodeCommandBytes(body(R"({"command_id":$C,"type":"claim","complaint_id":$P,"payload":{}})"));
    REQUIRE(bare.ok());
    CHECK(bare.value().baseVersion == 0);
}
