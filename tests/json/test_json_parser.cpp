#include "json/CanonicalJson.h"
#include "json/JsonParser.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <random>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;
using namespace std::string_view_literals;
using rabeg::json::ParseLimits;
using rabeg::json::parseStrict;

namespace {

QByteArrayView view(std::string_view text)
{
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

std::string messageOf(std::string_view input, const ParseLimits &limits = {})
{
    const auto result = parseStrict(view(input), limits);
    return result.ok() ? std::string("(accepted)") : result.error().message.toStdString();
}

// A malformed input and the whole message it must be refused with, line and column included.
struct Refusal
{
    const char *what;
    std::string_view input;
    const char *message;
};

// clang-format off
const Refusal kRefusals[] = {
    {"empty input", ""sv, "line 1, column 1: the input is empty, expected a JSON value"},
    {"only whitespace", "  \n "sv, "line 2, column 2: expected a value, found end of input"},
    {"a byte order mark", "\xEF\xBB\xBF{}"sv,
     "line 1, column 1: the input starts with a byte order mark (BOM), which JSON does not allow"},
    {"trailing garbage", "{} x"sv, "line 1, column 4: unexpected 'x' after the JSON value"},
    {"two values", "1 2"sv, "line 1, column 3: unexpected '2' after the JSON value"},
    {"an extra closing bracket", "[1]]"sv, "line 1, column 4: unexpected ']' after the JSON value"},
    {"a line comment after the value", "{} // note"sv, "line 1, column 4: comments are not allowed in JSON"},
    {"a block comment inside an array", "[1, /* two */ 2]"sv, "line 1, column 5: comments are not allowed in JSON"},
    {"a comment after an element", "[1 // one\n]"sv, "line 1, column 4: comments are not allowed in JSON"},
    {"an unterminated string", "[\"abc"sv, "line 1, column 2: unterminated string"},
    {"a string ending in a backslash", "\"abc\\"sv, "line 1, column 1: unterminated string"},
    {"an invalid escape", "\"a\\xb\""sv, "line 1, column 3: invalid escape \\x in a string"},
    {"an escaped single quote", "\"\\'\""sv, "line 1, column 2: invalid escape \\' in a string"},
    {"a backslash before a control character", "\"\\\x01\""sv,
     "line 1, column 2: invalid escape in a string: a backslash followed by U+0001"},
    {"a short \\u escape", "\"\\u12\""sv, "line 1, column 2: invalid \\u escape: expected four hex digits"},
    {"a \\u escape with a non-hex digit", "\"\\u12G4\""sv,
     "line 1, column 2: invalid \\u escape: expected four hex digits"},
    {"a raw newline in a string", "\"a\nb\""sv,
     "line 1, column 3: control character U+000A in a string; it must be escaped"},
    {"a raw tab in a string", "\"a\tb\""sv,
     "line 1, column 3: control character U+0009 in a string; it must be escaped"},
    {"a raw NUL in a string", "\"a\0b\""sv,
     "line 1, column 3: control character U+0000 in a string; it must be escaped"},
    {"a control character in a key", "{\"a\x1F\": 1}"sv,
     "line 1, column 4: control character U+001F in a string; it must be escaped"},
    {"an overlong two-byte sequence", "\"\xC0\xAF\""sv, "line 1, column 2: invalid UTF-8: overlong encoding"},
    {"an overlong three-byte sequence", "\"\xE0\x80\xAF\""sv, "line 1, column 2: invalid UTF-8: overlong encoding"},
    {"an overlong four-byte sequence", "\"\xF0\x80\x80\xAF\""sv, "line 1, column 2: invalid UTF-8: overlong encoding"},
    {"a surrogate encoded in UTF-8", "\"\xED\xA0\x80\""sv,
     "line 1, column 2: invalid UTF-8: UTF-16 surrogate encoded in UTF-8"},
    {"a code point above U+10FFFF", "\"\xF4\x90\x80\x80\""sv,
     "line 1, column 2: invalid UTF-8: code point above U+10FFFF"},
    {"the byte F5", "\"\xF5\x80\x80\x80\""sv, "line 1, column 2: invalid UTF-8: byte 0xF5 never appears in UTF-8"},
    {"the byte FF", "\"ok \xFF\""sv, "line 1, column 5: invalid UTF-8: byte 0xFF never appears in UTF-8"},
    {"a lone continuation byte", "\"\x80\""sv, "line 1, column 2: invalid UTF-8: unexpected continuation byte 0x80"},
    {"a sequence cut short by the quote", "\"\xC3\""sv,
     "line 1, column 2: invalid UTF-8: truncated multi-byte sequence"},
    {"a four-byte sequence cut short", "\"\xF0\x9F\x98\""sv,
     "line 1, column 2: invalid UTF-8: truncated multi-byte sequence"},
    {"a sequence cut short by the end of input", "\"\xE2\x82"sv,
     "line 1, column 2: invalid UTF-8: truncated multi-byte sequence"},
    {"non-ASCII outside a string", "[\xC3\xA9]"sv, "line 1, column 2: expected a value, found non-ASCII byte 0xC3"},
    {"a no-break space as whitespace", "\xC2\xA0 1"sv, "line 1, column 1: expected a value, found non-ASCII byte 0xC2"},
    {"a form feed as whitespace", "[1,\f2]"sv, "line 1, column 4: expected a value, found control character U+000C"},
    {"a lone high surrogate", "\"\\ud83d\""sv,
     "line 1, column 2: unpaired high surrogate \\ud83d in a string; it must be followed by a low surrogate"},
    {"a high surrogate before a letter", "\"\\uD83D\\u0041\""sv,
     "line 1, column 2: unpaired high surrogate \\uD83D in a string; it must be followed by a low surrogate"},
    {"a high surrogate before a broken escape", "\"\\ud83d\\u00\""sv,
     "line 1, column 8: invalid \\u escape: expected four hex digits"},
    {"a lone low surrogate", "\"x\\ude00\""sv, "line 1, column 3: unpaired low surrogate \\ude00 in a string"},
    {"surrogates in the wrong order", "\"\\ude00\\ud83d\""sv,
     "line 1, column 2: unpaired low surrogate \\ude00 in a string"},
    {"a duplicate key", "{\n  \"title\": 1,\n  \"x\": 2, \"title\": 3}"sv,
     "line 3, column 11: duplicate key \"title\""},
    {"a duplicate key spelled with an escape", "{\"a\":1,\"\\u0061\":2}"sv, "line 1, column 8: duplicate key \"a\""},
    {"a duplicate key after CRLF lines", "{\r\n\"a\":1,\r\n\"a\":2}"sv, "line 3, column 1: duplicate key \"a\""},
    {"a fraction", "1.5"sv, "line 1, column 1: numbers must be integers"},
    {"a zero fraction", "[1.0]"sv, "line 1, column 2: numbers must be integers"},
    {"an exponent", "[1e3]"sv, "line 1, column 2: numbers must be integers"},
    {"a negative exponent", "-2E-1"sv, "line 1, column 1: numbers must be integers"},
    {"2^53", "9007199254740992"sv,
     "line 1, column 1: integer 9007199254740992 is outside the range -9007199254740991 to 9007199254740991"},
    {"-2^53", "{\"n\": -9007199254740992}"sv,
     "line 1, column 7: integer -9007199254740992 is outside the range -9007199254740991 to 9007199254740991"},
    {"a twenty-digit integer", "[12345678901234567890]"sv,
     "line 1, column 2: integer 12345678901234567890 is outside the range -9007199254740991 to 9007199254740991"},
    {"a leading zero", "01"sv, "line 1, column 1: numbers must not have leading zeros"},
    {"a negative leading zero", "[-01]"sv, "line 1, column 2: numbers must not have leading zeros"},
    {"a plus sign", "+1"sv, "line 1, column 1: numbers must not start with '+'"},
    {"a lone minus", "-"sv, "line 1, column 2: expected a digit after '-', found end of input"},
    {"a minus before a letter", "-a"sv, "line 1, column 2: expected a digit after '-', found 'a'"},
    {"a hexadecimal number", "0x1F"sv, "line 1, column 1: hexadecimal numbers are not allowed"},
    {"a number starting with a dot", ".5"sv, "line 1, column 1: expected a value, found '.'"},
    {"NaN", "NaN"sv, "line 1, column 1: NaN is not valid JSON; numbers must be integers"},
    {"Infinity", "[Infinity]"sv, "line 1, column 2: Infinity is not valid JSON; numbers must be integers"},
    {"-Infinity", "-Infinity"sv, "line 1, column 1: -Infinity is not valid JSON; numbers must be integers"},
    {"a single-quoted string", "'abc'"sv, "line 1, column 1: strings must be in double quotes, not single quotes"},
    {"a single-quoted key", "{'a': 1}"sv, "line 1, column 2: strings must be in double quotes, not single quotes"},
    {"an unquoted key", "{a: 1}"sv, "line 1, column 2: expected an object key in double quotes, found 'a'"},
    {"a number as key", "{1: 1}"sv, "line 1, column 2: expected an object key in double quotes, found '1'"},
    {"a trailing comma in an array", "[1, 2,]"sv, "line 1, column 6: trailing comma before ']'"},
    {"a trailing comma in an object", "{\"a\": 1,}"sv, "line 1, column 8: trailing comma before '}'"},
    {"a missing comma in an array", "[1 2]"sv,
     "line 1, column 4: expected ',' or ']' after an array element, found '2'"},
    {"a missing comma in an object", "{\"a\": 1 \"b\": 2}"sv,
     "line 1, column 9: expected ',' or '}' after an object member, found '\"'"},
    {"a missing colon", "{\"a\" 1}"sv, "line 1, column 6: expected ':' after the key \"a\", found '1'"},
    {"an equals sign for a colon", "{\"a\"= 1}"sv, "line 1, column 5: expected ':' after the key \"a\", found '='"},
    {"a leading comma", "[,1]"sv, "line 1, column 2: expected a value, found ','"},
    {"two commas", "[1,,2]"sv, "line 1, column 4: expected a value, found ','"},
    {"an unclosed array", "[1, 2"sv,
     "line 1, column 6: expected ',' or ']' after an array element, found end of input"},
    {"an unclosed object", "{\"a\": 1"sv,
     "line 1, column 8: expected ',' or '}' after an object member, found end of input"},
    {"a key without a value", "{\"a\":}"sv, "line 1, column 6: expected a value, found '}'"},
    {"mismatched brackets", "[1}"sv, "line 1, column 3: expected ',' or ']' after an array element, found '}'"},
    {"a stray closing bracket", "]"sv, "line 1, column 1: expected a value, found ']'"},
    {"a capitalised literal", "True"sv,
     "line 1, column 1: unknown word \"True\"; the JSON literals are true, false and null, in lower case"},
    {"a cut-off literal", "[nul]"sv,
     "line 1, column 2: unknown word \"nul\"; the JSON literals are true, false and null, in lower case"},
    {"undefined", "undefined"sv,
     "line 1, column 1: unknown word \"undefined\"; the JSON literals are true, false and null, in lower case"},
    {"a column counted in characters", "[\"\xC3\xA9\", #]"sv, "line 1, column 7: expected a value, found '#'"},
};
// clang-format on

// A document with every kind of value, nesting, escapes and non-ASCII text: the seed of the mutation loop.
const std::string_view kValidDocument = R"({
  "command_id": "7b1e6f0a-3c2d-4e5f-8a9b-0c1d2e3f4a5b",
  "type": "intake",
  "base_version": 0,
  "payload": {
    "title": "Rp150.000 \u2014 jalan rusak di Kasemen",
    "text": "Lubang besar \"berbahaya\" di Jl. Raya\\Serang\n\tdekat caf\u00e9 \ud83d\ude00 😀",
    "tags": ["jalan", "Kasemen", "", "\u0000\u001f\/"],
    "amount": -9007199254740991,
    "count": 9007199254740991,
    "flags": {"anonim": true, "rahasia": false, "note": null},
    "nested": [[[{"a": [1, -0, 2]}]], {}, []]
  }
})"sv;

} // namespace

TEST_CASE("every malformed input in the table is refused with its own precise message", "[json][parser]")
{
    STATIC_REQUIRE(std::size(kRefusals) >= 40);
    for (const Refusal &refusal : kRefusals) {
        INFO(refusal.what);
        CHECK(messageOf(refusal.input) == refusal.message);
    }
}

TEST_CASE("a refusal reports its byte offset, line and character column", "[json][parser]")
{
    // The second "é" key starts at byte 16 but is the eighth character of line 2: é is two bytes.
    const auto result = parseStrict(view("{\"a\":1,\n\"\xC3\xA9\":1, \"\xC3\xA9\":2}"sv));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().offset == 16);
    CHECK(result.error().line == 2);
    CHECK(result.error().column == 8);
    CHECK(result.error().message == u"line 2, column 8: duplicate key \"é\""_s);
}

TEST_CASE("well-formed documents parse into the values they spell", "[json][parser]")
{
    const auto result = parseStrict(view(kValidDocument));
    REQUIRE(result.ok());
    const QJsonObject payload = result->toObject().value(u"payload"_s).toObject();
    CHECK(payload.value(u"title"_s).toString() == u"Rp150.000 — jalan rusak di Kasemen"_s);
    CHECK(payload.value(u"text"_s).toString() == u"Lubang besar \"berbahaya\" di Jl. Raya\\Serang\n\tdekat café 😀 😀"_s);
    CHECK(payload.value(u"tags"_s).toArray().at(3).toString() == u"\0\x1f/"_s);
    CHECK(payload.value(u"tags"_s).toArray().at(3).toString().size() == 3);
    CHECK(payload.value(u"amount"_s).toDouble() == -9007199254740991.0);
    CHECK(payload.value(u"count"_s).toInteger() == 9007199254740991);
    CHECK(payload.value(u"flags"_s).toObject().value(u"note"_s).isNull());

    const QJsonDocument reference = QJsonDocument::fromJson(QByteArray(kValidDocument.data(), kValidDocument.size()));
    CHECK(reference.object() == result->toObject());
}

TEST_CASE("a top-level scalar is a whole document", "[json][parser]")
{
    CHECK(parseStrict("true").value() == QJsonValue(true));
    CHECK(parseStrict(" null ").value().isNull());
    CHECK(parseStrict("\"x\"").value() == QJsonValue(u"x"_s));
    CHECK(parseStrict("\n-42\r\n").value() == QJsonValue(-42));
}

TEST_CASE("minus zero parses as a plain zero, at the top level and inside containers", "[json][parser]")
{
    const QJsonValue zero = parseStrict("-0").value();
    CHECK(zero.toDouble() == 0.0);
    CHECK_FALSE(std::signbit(zero.toDouble()));
    const QJsonValue nested = parseStrict("{\"a\": [-0]}").value();
    CHECK_FALSE(std::signbit(nested.toObject().value(u"a"_s).toArray().at(0).toDouble()));
}

TEST_CASE("integers at the edge of the safe range stay exact inside containers", "[json][parser]")
{
    const QJsonArray array = parseStrict("[9007199254740991, -9007199254740991, 9007199254740990]").value().toArray();
    CHECK(array.at(0).toInteger() == 9007199254740991);
    CHECK(array.at(1).toInteger() == -9007199254740991);
    CHECK(array.at(2).toInteger() == 9007199254740990);
    CHECK(array.at(0).isDouble());
}

TEST_CASE("keys with escapes and NUL characters survive into the object", "[json][parser]")
{
    const QJsonObject object
            = parseStrict("{\"a\\u0000b\": 1, \"a\": 2, \"\\u00e9\": 3, \"\\\"\": 4}").value().toObject();
    CHECK(object.size() == 4);
    CHECK(object.value(QStringView(u"a\0b", 3)).toInteger() == 1);
    CHECK(object.value(u"é"_s).toInteger() == 3);
    CHECK(object.value(u"\""_s).toInteger() == 4);
}

TEST_CASE("escapes, surrogate pairs and raw UTF-8 decode to the same text", "[json][parser]")
{
    const QString expected = u"é€😀\u007f"_s;
    CHECK(parseStrict("\"\\u00e9\\u20AC\\ud83d\\ude00\\u007f\"").value().toString() == expected);
    CHECK(parseStrict(view("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\x7F\"")).value().toString() == expected);
    CHECK(parseStrict(view("\"\xF4\x8F\xBF\xBF\"")).value().toString() == u"\U0010FFFF"_s);
    CHECK(parseStrict("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"").value().toString() == u"\"\\/\b\f\n\r\t"_s);
}

TEST_CASE("a leading U+FEFF in a string is kept, though QString::fromUtf8 would drop it", "[json][parser]")
{
    const QString feff(QChar(0xFEFF));
    CHECK(parseStrict(view("\"\xEF\xBB\xBFxyz\"")).value().toString() == feff + u"xyz"_s);
    CHECK(parseStrict("\"\\ufeffabc\"").value().toString() == feff + u"abc"_s);
    const QJsonObject object
            = parseStrict(view("{\"\xEF\xBB\xBFkey\": [\"\xEF\xBB\xBF\xC3\xA9\"], \"key\": 1}")).value().toObject();
    CHECK(object.size() == 2);
    CHECK(object.value(feff + u"key"_s).toArray().at(0).toString() == feff + u"é"_s);
    CHECK(object.value(u"key"_s).toInteger() == 1);
}

TEST_CASE("objects with keys beyond the BMP equal the same objects built in code", "[json][parser]")
{
    // UTF-8 byte order puts U+1F600 after U+FB01 and U+FF21; QJsonObject's UTF-16 order puts it before them.
    const QJsonObject parsed = parseStrict(view("{\"\xEF\xAC\x81\": 1, \"\xF0\x9F\x98\x80\": 2, \"\xE2\x82\xAC\": 3, "
                                                "\"\xEF\xBC\xA1\": 4}"))
                                       .value()
                                       .toObject();
    const QJsonObject built{{u"ﬁ"_s, 1}, {u"😀"_s, 2}, {u"€"_s, 3}, {u"Ａ"_s, 4}};
    CHECK(parsed == built);
    CHECK(parsed.keys() == built.keys());
    for (const QString &key : built.keys())
        CHECK(parsed.value(key) == built.value(key));
}

TEST_CASE("the depth limit admits exactly maxDepth nested containers", "[json][parser]")
{
    const auto nested = [](int depth) {
        return std::string(depth, '[') + std::string(depth, ']');
    };
    CHECK(parseStrict(view(nested(32))).ok());
    CHECK(messageOf(nested(33)) == "line 1, column 33: nesting is deeper than 32 levels");

    const ParseLimits three{.maxDepth = 3};
    CHECK(parseStrict("{\"a\":[{}]}", three).ok());
    CHECK(messageOf("{\"a\":[{\"b\":[]}]}", three) == "line 1, column 12: nesting is deeper than 3 levels");

    const ParseLimits flat{.maxDepth = 0};
    CHECK(parseStrict("12", flat).ok());
    CHECK(messageOf("[]", flat) == "line 1, column 1: nesting is deeper than 0 levels");
}

TEST_CASE("a depth limit above what the stack allows is lowered, not trusted", "[json][parser]")
{
    const ParseLimits reckless{.maxDepth = 10'000'000, .maxBytes = 16 * 1024 * 1024};
    const std::string deep(4'000'000, '[');
    CHECK(messageOf(deep, reckless)
          == "line 1, column " + std::to_string(rabeg::json::kMaxSupportedDepth + 1) + ": nesting is deeper than "
                     + std::to_string(rabeg::json::kMaxSupportedDepth) + " levels");
}

TEST_CASE("the input size limit refuses one byte more than maxBytes", "[json][parser]")
{
    const ParseLimits limits{.maxBytes = 100};
    const std::string fits = '"' + std::string(98, 'a') + '"';
    CHECK(parseStrict(view(fits), limits).ok());
    CHECK(messageOf(fits + ' ', limits)
          == "line 1, column 1: the input is 101 bytes, larger than the limit of 100 bytes");

    const std::string overDefault(1024 * 1024 + 1, ' ');
    CHECK(messageOf(overDefault)
          == "line 1, column 1: the input is 1048577 bytes, larger than the limit of 1048576 bytes");
}

TEST_CASE("the string limit counts UTF-8 bytes after unescaping, in values and keys", "[json][parser]")
{
    const ParseLimits limits{.maxStringBytes = 10};
    CHECK(parseStrict("\"0123456789\"", limits).ok());
    CHECK(messageOf("[\"0123456789a\"]", limits)
          == "line 1, column 2: string is 11 bytes long, longer than the limit of 10 bytes");
    // Five é are ten UTF-8 bytes however they are spelled; a sixth is over.
    CHECK(parseStrict("\"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"", limits).ok());
    CHECK(messageOf("\"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"", limits)
          == "line 1, column 1: string is 12 bytes long, longer than the limit of 10 bytes");
    CHECK(messageOf("{\"abcdefghijk\": 1}", limits)
          == "line 1, column 2: string is 11 bytes long, longer than the limit of 10 bytes");
}

TEST_CASE("duplicate keys are found in objects too large for the linear scan", "[json][parser]")
{
    std::string document = "{";
    for (int i = 0; i < 100; ++i)
        document += "\"key" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    CHECK(parseStrict(view(document + "\"last\": 0}")).value().toObject().size() == 101);
    CHECK(messageOf(document + "\"key57\": 0}").ends_with(": duplicate key \"key57\""));
}

TEST_CASE("huge inputs are parsed or refused without crashing", "[json][parser]")
{
    const ParseLimits roomy{.maxBytes = 64 * 1024 * 1024, .maxStringBytes = 64 * 1024 * 1024};

    // Keys in reverse order would make naive QJsonObject inserts quadratic.
    std::string object = "{";
    for (int i = 60'000; i > 0; --i)
        object += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + (i > 1 ? "," : "}");
    const auto parsedObject = parseStrict(view(object), roomy);
    REQUIRE(parsedObject.ok());
    CHECK(parsedObject->toObject().size() == 60'000);
    CHECK(parsedObject->toObject().value(u"k12345"_s).toInteger() == 12345);

    std::string array = "[";
    for (int i = 0; i < 500'000; ++i)
        array += "9007199254740991,";
    array.back() = ']';
    CHECK(parseStrict(view(array), roomy)->toArray().size() == 500'000);

    const std::string longString = '"' + std::string(20 * 1024 * 1024, 'x') + '"';
    CHECK(parseStrict(view(longString), roomy)->toString().size() == 20 * 1024 * 1024);
    CHECK(messageOf(longString.substr(0, longString.size() - 1), roomy) == "line 1, column 1: unterminated string");
    CHECK(messageOf(std::string(10 * 1024 * 1024, '{'), roomy)
          == "line 1, column 2: expected an object key in double quotes, found '{'");
    CHECK(messageOf(std::string(10 * 1024 * 1024, '['), roomy)
          == "line 1, column 33: nesting is deeper than 32 levels");
}

TEST_CASE("random mutations of a valid document never crash the parser", "[json][parser][fuzz]")
{
    std::mt19937 rng(20240917); // fixed: a failure must replay
    std::uniform_int_distribution<int> anyByte(0, 255);
    const char interesting[] = "{}[]\",:\\u0123456789-+.eE \n\t/*'tfn\x80\xBF\xC0\xC3\xE0\xED\xF0\xF4\xFF";
    int accepted = 0;
    for (int round = 0; round < 5000; ++round) {
        std::string input(kValidDocument);
        const int edits = 1 + int(rng() % 4);
        for (int e = 0; e < edits && !input.empty(); ++e) {
            const std::size_t at = rng() % input.size();
            const char byte = rng() % 2 ? char(anyByte(rng)) : interesting[rng() % (sizeof interesting - 1)];
            switch (rng() % 4) {
            case 0:
                input[at] = byte;
                break;
            case 1:
                input.insert(input.begin() + std::ptrdiff_t(at), byte);
                break;
            case 2:
                input.erase(at, 1 + rng() % 8);
                break;
            default:
                input.resize(at);
                break;
            }
        }
        const auto result = parseStrict(view(input), {.maxDepth = 8});
        if (result.ok()) {
            ++accepted;
            // Whatever is accepted is within the promises: canonical bytes exist and parse back to the same value.
            const auto canonical = rabeg::json::canonicalBytes(result.value());
            REQUIRE(canonical.ok());
            REQUIRE(parseStrict(canonical.value()).value() == result.value());
        } else {
            const rabeg::json::ParseError &error = result.error();
            INFO(input);
            REQUIRE(error.offset >= 0);
            REQUIRE(error.offset <= qsizetype(input.size()));
            REQUIRE(error.line >= 1);
            REQUIRE(error.column >= 1);
            REQUIRE(error.message.startsWith(u"line "_s));
        }
    }
    CHECK(accepted > 0); // some mutations (inside strings, digits) keep the document valid
}
