#include "json/CanonicalJson.h"
#include "json/JsonParser.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cctype>
#include <limits>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using rabeg::json::canonicalBytes;
using rabeg::json::canonicalBytesUnchecked;
using rabeg::json::sha256Hex;

namespace {

struct Vector
{
    QByteArray name;
    QByteArray input;
    QByteArray canonical;
    QByteArray sha256;
};

// The file's one escape: %XX is a byte (see the header of vectors.txt).
QByteArray decodePercent(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(uchar(text[i + 1]))
            && std::isxdigit(uchar(text[i + 2]))) {
            out += char(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::vector<Vector> loadVectors()
{
    QFile file(QStringLiteral(RABEG_SOURCE_DIR "/tests/json/golden/vectors.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    std::vector<Vector> vectors;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        INFO(line.toStdString());
        REQUIRE(fields.size() == 4);
        vectors.push_back({fields[0], fields[1], decodePercent(fields[2]), fields[3]});
    }
    return vectors;
}

std::string canonicalOf(const QJsonValue &value)
{
    const auto result = canonicalBytes(value);
    return result.ok() ? result.value().toStdString() : "(refused) " + result.error().toStdString();
}

std::string refusalOf(const QJsonValue &value)
{
    const auto result = canonicalBytes(value);
    return result.ok() ? "(accepted) " + result.value().toStdString() : result.error().toStdString();
}

} // namespace

TEST_CASE("the golden vectors give the hand-written canonical bytes and their sha256sum hashes", "[json][canonical]")
{
    const std::vector<Vector> vectors = loadVectors();
    REQUIRE(vectors.size() >= 30);
    for (const Vector &vector : vectors) {
        INFO(vector.name.toStdString());
        const auto parsed = rabeg::json::parseStrict(vector.input);
        REQUIRE(parsed.ok());
        const auto canonical = canonicalBytes(parsed.value());
        REQUIRE(canonical.ok());
        CHECK(canonical.value().toStdString() == vector.canonical.toStdString());
        CHECK(canonicalBytesUnchecked(parsed.value()) == vector.canonical);
        CHECK(sha256Hex(canonical.value()) == vector.sha256);
        // Canonical bytes are a fixed point: parsing and writing them again changes nothing.
        CHECK(canonicalBytes(rabeg::json::parseStrict(canonical.value()).value()).value() == vector.canonical);
    }
}

TEST_CASE("object keys are ordered by UTF-16 code units, which is how QString compares", "[json][canonical]")
{
    // By code point U+FB33 comes before U+1F600; by UTF-16 code unit the emoji's D83D comes first.
    const QString hebrew = u"\uFB33"_s;
    const QString emoji = u"\U0001F600"_s;
    const QString euro = u"\u20AC"_s;
    CHECK(QString::compare(emoji, hebrew) < 0);
    CHECK(emoji < hebrew);
    CHECK(euro < emoji);

    const QJsonObject object{{hebrew, 1}, {emoji, 2}, {euro, 3}, {u"z"_s, 4}, {u"é"_s, 5}};
    CHECK(canonicalOf(object)
          == "{\"z\":4,\"\xC3\xA9\":5,\"\xE2\x82\xAC\":3,\"\xF0\x9F\x98\x80\":2,\"\xEF\xAC\xB3\":1}");
}

TEST_CASE("keys are sorted even when the QJsonObject holds them in another order", "[json][canonical]")
{
    // QJsonDocument::fromJson (Qt 6.4) orders raw UTF-8 keys by their bytes, so this object iterates the emoji
    // last; the canonical form must still put it first.
    const QJsonObject object = QJsonDocument::fromJson("{\"\xEF\xBF\xBF\": 2, \"\xF0\x9F\x98\x80\": 1}").object();
    CHECK(canonicalOf(object) == "{\"\xF0\x9F\x98\x80\":1,\"\xEF\xBF\xBF\":2}");
}

TEST_CASE("numbers are written as plain integers, minus zero as zero", "[json][canonical]")
{
    CHECK(canonicalOf(QJsonValue(-0.0)) == "0");
    CHECK(canonicalOf(QJsonValue(1e15)) == "1000000000000000");
    CHECK(canonicalOf(QJsonValue(qint64(9007199254740991))) == "9007199254740991");
    CHECK(canonicalOf(QJsonValue(-9007199254740991.0)) == "-9007199254740991");
    CHECK(canonicalOf(QJsonArray{0, -1, 42}) == "[0,-1,42]");
}

TEST_CASE("non-integers and integers beyond 2^53 - 1 are refused with the place they sit", "[json][canonical]")
{
    const std::string notInteger = " is not an integer; canonical JSON here holds integers only";
    CHECK(refusalOf(QJsonValue(1.5)) == "$: the number 1.5" + notInteger);
    CHECK(refusalOf(QJsonValue(0.1)) == "$: the number 0.10000000000000001" + notInteger);
    CHECK(refusalOf(QJsonValue(std::numeric_limits<double>::quiet_NaN())) == "$: the number nan" + notInteger);
    CHECK(refusalOf(QJsonValue(-std::numeric_limits<double>::infinity())) == "$: the number -inf" + notInteger);

    const std::string outOfRange = " is outside the range -9007199254740991 to 9007199254740991";
    CHECK(refusalOf(QJsonValue(9007199254740992.0)) == "$: the integer 9007199254740992" + outOfRange);
    CHECK(refusalOf(QJsonValue(-9007199254740992.0)) == "$: the integer -9007199254740992" + outOfRange);
    CHECK(refusalOf(QJsonValue(1e300)).ends_with(outOfRange));
    CHECK(refusalOf(QJsonValue(std::numeric_limits<qint64>::max()))
          == "$: the integer 9223372036854775808" + outOfRange);

    const QJsonObject nested{
            {u"payload"_s, QJsonObject{{u"items"_s, QJsonArray{1, 2, QJsonObject{{u"amount"_s, 2.5}}}}}},
            {u"seq"_s, 1}};
    CHECK(refusalOf(nested) == "$.payload.items[2].amount: the number 2.5" + notInteger);
}

TEST_CASE("only the first refused number is reported", "[json][canonical]")
{
    CHECK(refusalOf(QJsonArray{1, 0.5, 1e20})
          == "$[1]: the number 0.5 is not an integer; "
             "canonical JSON here holds integers only");
}

TEST_CASE("unpaired surrogates and undefined values have no canonical form", "[json][canonical]")
{
    const QString lone = QString(QChar(0xD83D)) + u"x"_s;
    const QString problem = u": a string holds an unpaired UTF-16 surrogate, which has no UTF-8 form"_s;
    CHECK(canonicalBytes(QJsonArray{lone}).error() == u"$[0]"_s + problem);
    CHECK(canonicalBytes(QJsonObject{{lone, 1}}).error() == u"$."_s + lone + problem);
    CHECK(refusalOf(QJsonValue(QJsonValue::Undefined)) == "$: an undefined value has no JSON form");
}

TEST_CASE("strings escape only quote, backslash and control characters", "[json][canonical]")
{
    const QString text = u"\"\\/\u007f\b\f\n\r\t\u0001\u001f é€😀"_s;
    CHECK(canonicalOf(text) == "\"\\\"\\\\/\x7f\\b\\f\\n\\r\\t\\u0001\\u001f \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"");
    CHECK(canonicalOf(QString(QChar(0))) == "\"\\u0000\"");
}

TEST_CASE("sha256Hex is lowercase hex of SHA-256", "[json][canonical]")
{
    // Both computed with sha256sum: printf '' | sha256sum; printf 'abc' | sha256sum
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
