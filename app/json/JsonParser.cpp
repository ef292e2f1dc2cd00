#include "json/JsonParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <deque>
#include <utility>
#include <vector>

namespace rabeg::json {

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kMaxSafeInteger = 9007199254740991; // 2^53 - 1: every integer up to it is exact in a double
constexpr qsizetype kMaxSafeDigits = 16;
// Objects up to this size find duplicate keys by a linear scan, which beats hashing for the usual small objects.
constexpr std::size_t kLinearKeyScanLimit = 16;
constexpr qsizetype kMaxQuotedChars = 40; // how much of a key, word or number an error message repeats

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

int hexValue(uchar c)
{
    const uchar lower = c | 0x20;
    if (isDigit(c))
        return c - '0';
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

QString hexByte(uchar c)
{
    return u"0x"_s + QString::number(c, 16).toUpper().rightJustified(2, u'0');
}

QString codePoint(uint c)
{
    return u"U+"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

void appendUtf8(QByteArray &out, uint cp)
{
    static constexpr uchar kLeadBits[] = {0, 0, 0xC0, 0xE0, 0xF0}; // by sequence length
    const int length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    char bytes[4];
    for (int i = length - 1; i > 0; --i, cp >>= 6)
        bytes[i] = char(0x80 | (cp & 0x3F));
    bytes[0] = char(kLeadBits[length] | cp);
    out.append(bytes, length);
}

QLatin1StringView latin1(QByteArrayView ascii)
{
    return QLatin1StringView(ascii.data(), ascii.size());
}

// Not QString::fromUtf8, which drops a leading U+FEFF as if it were a byte order mark (Qt 6.4); inside a JSON
// string it is a character like any other, and dropping it would change what the event log hashes.
QString decodeUtf8(QByteArrayView utf8)
{
    using Flag = QStringDecoder::Flag;
    return QStringDecoder(QStringDecoder::Utf8, Flag::Stateless | Flag::ConvertInitialBom).decode(utf8);
}

// Input repeated in a message: shortened, and with control characters made visible.
QString shortened(QString text)
{
    if (text.size() > kMaxQuotedChars) {
        text.truncate(kMaxQuotedChars);
        text += u"…"_s;
    }
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

QString quoted(QByteArrayView utf8)
{
    return u"\""_s + shortened(decodeUtf8(utf8)) + u"\""_s;
}

struct Member
{
    QByteArrayView key; // decoded UTF-8
    bool keyIsAscii = false;
    QJsonValue value;
};

class Parser
{
public:
    Parser(QByteArrayView bytes, const ParseLimits &limits)
        : m_data(reinterpret_cast<const uchar *>(bytes.data())),
          m_size(bytes.size()),
          m_limits(limits),
          m_maxDepth(std::clamp(limits.maxDepth, 0, kMaxSupportedDepth))
    {
    }

    rabeg::Result<QJsonValue, ParseError> run()
    {
        QJsonValue value;
        if (!checkEnvelope() || !parseValue(value, 0))
            return m_error;
        skipWhitespace();
        if (m_pos < m_size) {
            if (!refusedAsComment())
                fail(m_pos, u"unexpected %1 after the JSON value"_s.arg(found()));
            return m_error;
        }
        return value;
    }

private:
    bool checkEnvelope()
    {
        if (m_size > m_limits.maxBytes)
            return fail(0, u"the input is %1 bytes, larger than the limit of %2 bytes"_s.arg(m_size).arg(
                                   m_limits.maxBytes));
        if (m_size == 0)
            return fail(0, u"the input is empty, expected a JSON value"_s);
        if (QByteArrayView(m_data, m_size).startsWith("\xEF\xBB\xBF"))
            return fail(0, u"the input starts with a byte order mark (BOM), which JSON does not allow"_s);
        return true;
    }

    uchar peek() const { return m_pos < m_size ? m_data[m_pos] : 0; }

    bool consume(char c)
    {
        if (peek() != uchar(c))
            return false;
        ++m_pos;
        return true;
    }
    static bool isAsciiLetter(uchar c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const uchar c = m_data[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    // Records the first error; the line and column are worked out only now, so the happy path never counts them.
    bool fail(qsizetype offset, const QString &what)
    {
        const uchar *end = m_data + offset;
        const int line = 1 + int(std::count(m_data, end, '\n'));
        // Index first: an empty input has no data pointer, and null - 1 + 1 is undefined (found by fuzz_hub_request).
        const uchar *lineStart = m_data + (QByteArrayView(m_data, offset).lastIndexOf('\n') + 1);
        // Everything before an error is valid UTF-8, so counting lead bytes counts characters.
        const int column = 1 + int(std::count_if(lineStart, end, [](uchar c) { return (c & 0xC0) != 0x80; }));
        m_error = {offset, line, column,
                   u"line %1, column %2: %3"_s.arg(QString::number(line), QString::number(column), what)};
        return false;
    }

    // What sits at the current position, for "expected X, found Y" messages.
    QString found() const
    {
        if (m_pos >= m_size)
            return u"end of input"_s;
        const uchar c = m_data[m_pos];
        if (c >= 0x20 && c < 0x7F)
            return u"'"_s + QLatin1Char(char(c)) + u"'"_s;
        if (c < 0x80)
            return u"control character "_s + codePoint(c);
        return u"non-ASCII byte "_s + hexByte(c);
    }

    // A comment where a token should be gets a message of its own; true when that is what was found (and refused).
    bool refusedAsComment()
    {
        if (peek() != '/' || m_pos + 1 >= m_size || (m_data[m_pos + 1] != '/' && m_data[m_pos + 1] != '*'))
            return false;
        fail(m_pos, u"comments are not allowed in JSON"_s);
        return true;
    }

    bool unexpected(const QString &expectation)
    {
        if (refusedAsComment())
            return false;
        return fail(m_pos, u"expected %1, found %2"_s.arg(expectation, found()));
    }

    bool parseValue(QJsonValue &out, int depth)
    {
        skipWhitespace();
        switch (peek()) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"':
            if (!parseString())
                return false;
            out = m_textIsAscii ? QJsonValue(latin1(m_text)) : QJsonValue(decodeUtf8(m_text));
            return true;
        case '+':
            return fail(m_pos, u"numbers must not start with '+'"_s);
        case '\'':
            return fail(m_pos, u"strings must be in double quotes, not single quotes"_s);
        default:
            if (peek() == '-' || isDigit(peek()))
                return parseNumber(out);
            if (isAsciiLetter(peek()))
                return parseWord(out);
            return unexpected(u"a value"_s);
        }
    }

    bool enterContainer(int depth)
    {
        if (depth <= m_maxDepth)
            return true;
        return fail(m_pos, u"nesting is deeper than %1 levels"_s.arg(m_maxDepth));
    }

    bool parseArray(QJsonValue &out, int depth)
    {
        if (!enterContainer(depth))
            return false;
        ++m_pos; // '['
        QJsonArray array;
        skipWhitespace();
        for (bool closed = consume(']'); !closed;) {
            QJsonValue element;
            if (!parseValue(element, depth))
                return false;
            array.append(element);
            if (!parseSeparator(']', u"an array element", closed))
                return false;
        }
        out = std::move(array);
        return true;
    }

    // After an element or member: steps over the closing bracket (setting `closed`) or over a comma that
    // another element follows. `after` only names the element in messages.
    bool parseSeparator(char close, QStringView after, bool &closed)
    {
        skipWhitespace();
        closed = consume(close);
        if (closed)
            return true;
        if (peek() != ',')
            return unexpected(u"',' or '%1' after %2"_s.arg(QString(QLatin1Char(close)), after));
        const qsizetype comma = m_pos++;
        skipWhitespace();
        if (peek() == close)
            return fail(comma, u"trailing comma before '%1'"_s.arg(QLatin1Char(close)));
        return true;
    }

    bool parseObject(QJsonValue &out, int depth)
    {
        if (!enterContainer(depth))
            return false;
        ++m_pos; // '{'
        // Keys stay UTF-8 views (into the input, or into `escapedKeys` for the rare key with escapes) until the
        // object is complete. One member list per depth, reused, so most objects allocate nothing for it.
        while (qsizetype(m_membersByDepth.size()) <= depth)
            m_membersByDepth.emplace_back();
        std::vector<Member> &members = m_membersByDepth[std::size_t(depth)];
        members.clear();
        std::vector<QByteArray> escapedKeys;
        QSet<QByteArrayView> keySet; // filled once the object outgrows the linear scan
        skipWhitespace();
        for (bool closed = consume('}'); !closed;) {
            skipWhitespace();
            if (peek() == '\'')
                return fail(m_pos, u"strings must be in double quotes, not single quotes"_s);
            if (peek() != '"')
                return unexpected(u"an object key in double quotes"_s);
            const qsizetype keyOffset = m_pos;
            if (!parseString())
                return false;
            QByteArrayView key = m_text;
            if (m_textIsDecoded)
                key = escapedKeys.emplace_back(key.toByteArray());
            if (isDuplicate(members, keySet, key))
                return fail(keyOffset, u"duplicate key %1"_s.arg(quoted(key)));
            Member &member = members.emplace_back(Member{key, m_textIsAscii, {}});
            skipWhitespace();
            if (peek() != ':')
                return unexpected(u"':' after the key %1"_s.arg(quoted(key)));
            ++m_pos;
            if (!parseValue(member.value, depth) || !parseSeparator('}', u"an object member", closed))
                return false;
        }
        // QJsonObject keeps its keys sorted and inserts by moving the tail: inserting in sorted order keeps this
        // linear, where keys sent in reverse order would make it quadratic (a cheap denial of service). UTF-8 byte
        // order is QJsonObject's UTF-16 order except around keys beyond the BMP, which then only cost a move.
        const auto byKey = [](const Member &a, const Member &b) {
            return a.key < b.key;
        };
        if (!std::is_sorted(members.begin(), members.end(), byKey))
            std::sort(members.begin(), members.end(), byKey);
        QJsonObject object;
        for (const Member &member : members) {
            if (member.keyIsAscii)
                object.insert(latin1(member.key), member.value);
            else
                object.insert(decodeUtf8(member.key), member.value);
        }
        members.clear();
        out = std::move(object);
        return true;
    }

    // Equal strings have equal UTF-8 bytes: the input is valid UTF-8 (no overlong forms) and escapes are decoded.
    static bool isDuplicate(const std::vector<Member> &members, QSet<QByteArrayView> &keySet, QByteArrayView key)
    {
        if (members.size() < kLinearKeyScanLimit)
            return std::any_of(members.begin(), members.end(), [&](const Member &m) { return m.key == key; });
        if (keySet.isEmpty()) {
            for (const Member &member : members)
                keySet.insert(member.key);
        }
        const qsizetype before = keySet.size();
        keySet.insert(key);
        return keySet.size() == before;
    }

    // Leaves the decoded UTF-8 in m_text: a view into the input when the string has no escapes (nearly all), else
    // into m_buffer, where escapes are decoded and plain runs copied in whole.
    bool parseString()
    {
        const qsizetype start = m_pos++; // '"'
        qsizetype runStart = m_pos;
        bool buffered = false;
        m_textIsAscii = true;
        for (;;) {
            while (m_pos < m_size) {
                const uchar c = m_data[m_pos];
                if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
                    break;
                ++m_pos;
            }
            if (m_pos >= m_size)
                return fail(start, u"unterminated string"_s);
            const uchar c = m_data[m_pos];
            if (c == '"')
                break;
            if (c >= 0x80) {
                if (!skipUtf8Sequence())
                    return false;
            } else if (c < 0x20) {
                return fail(m_pos, u"control character %1 in a string; it must be escaped"_s.arg(codePoint(c)));
            } else { // backslash
                if (!std::exchange(buffered, true))
                    m_buffer.resize(0);
                m_buffer.append(reinterpret_cast<const char *>(m_data + runStart), m_pos - runStart);
                if (!parseEscape(start))
                    return false;
                runStart = m_pos;
            }
        }
        const QByteArrayView run(m_data + runStart, m_pos - runStart);
        if (buffered) {
            m_buffer.append(run);
            m_text = m_buffer;
        } else {
            m_text = run;
        }
        m_textIsDecoded = buffered;
        if (m_text.size() > m_limits.maxStringBytes)
            return fail(start, u"string is %1 bytes long, longer than the limit of %2 bytes"_s.arg(m_text.size())
                                       .arg(m_limits.maxStringBytes));
        ++m_pos; // '"'
        return true;
    }

    // Checks one multi-byte sequence against RFC 3629's table of well-formed UTF-8 and steps over it.
    bool skipUtf8Sequence()
    {
        const uchar lead = m_data[m_pos];
        if (lead < 0xC0)
            return fail(m_pos, u"invalid UTF-8: unexpected continuation byte %1"_s.arg(hexByte(lead)));
        if (lead < 0xC2)
            return fail(m_pos, u"invalid UTF-8: overlong encoding"_s);
        if (lead > 0xF4)
            return fail(m_pos, u"invalid UTF-8: byte %1 never appears in UTF-8"_s.arg(hexByte(lead)));
        const int trailing = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        // The allowed range of the first continuation byte is narrower after E0, ED, F0 and F4.
        const uchar low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        const uchar high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        for (int i = 1; i <= trailing; ++i) {
            if (m_pos + i >= m_size || (m_data[m_pos + i] & 0xC0) != 0x80)
                return fail(m_pos, u"invalid UTF-8: truncated multi-byte sequence"_s);
        }
        const uchar second = m_data[m_pos + 1];
        if (second < low)
            return fail(m_pos, u"invalid UTF-8: overlong encoding"_s);
        if (second > high) {
            return fail(m_pos, lead == 0xED ? u"invalid UTF-8: UTF-16 surrogate encoded in UTF-8"_s
                                            : u"invalid UTF-8: code point above U+10FFFF"_s);
        }
        m_textIsAscii = false;
        m_pos += trailing + 1;
        return true;
    }

    // Reads the four hex digits of a \u escape that starts at `at`; -1 if they are not there.
    int readUnicodeEscape(qsizetype at) const
    {
        if (at + 6 > m_size || m_data[at] != '\\' || m_data[at + 1] != 'u')
            return -1;
        int value = 0;
        for (qsizetype i = at + 2; i < at + 6; ++i) {
            const int digit = hexValue(m_data[i]);
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    QString escapeText(qsizetype at, qsizetype length) const
    {
        return QString::fromLatin1(reinterpret_cast<const char *>(m_data + at), length);
    }

    bool parseEscape(qsizetype stringStart)
    {
        const qsizetype at = m_pos; // '\\'
        if (at + 1 >= m_size)
            return fail(stringStart, u"unterminated string"_s);
        const uchar c = m_data[at + 1];
        if (c == 'u')
            return parseUnicodeEscape();
        static constexpr char kShortEscapes[] = "\"\"\\\\//b\bf\fn\nr\rt\t"; // pairs: escape letter, character
        for (std::size_t i = 0; i + 1 < sizeof kShortEscapes; i += 2) {
            if (c == uchar(kShortEscapes[i])) {
                m_buffer.append(kShortEscapes[i + 1]);
                m_pos += 2;
                return true;
            }
        }
        if (c >= 0x21 && c < 0x7F)
            return fail(at, u"invalid escape \\%1 in a string"_s.arg(QLatin1Char(char(c))));
        return fail(at, u"invalid escape in a string: a backslash followed by %1"_s.arg(
                                c < 0x80 ? codePoint(c) : u"byte "_s + hexByte(c)));
    }

    bool parseUnicodeEscape()
    {
        const qsizetype at = m_pos;
        const int unit = readUnicodeEscape(at);
        if (unit < 0)
            return fail(at, u"invalid \\u escape: expected four hex digits"_s);
        uint cp = uint(unit);
        m_pos += 6;
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return fail(at, u"unpaired low surrogate %1 in a string"_s.arg(escapeText(at, 6)));
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const bool nextIsEscape = m_pos + 1 < m_size && m_data[m_pos] == '\\' && m_data[m_pos + 1] == 'u';
            const int low = readUnicodeEscape(m_pos);
            if (nextIsEscape && low < 0)
                return fail(m_pos, u"invalid \\u escape: expected four hex digits"_s);
            if (low < 0xDC00 || low > 0xDFFF) {
                return fail(at, u"unpaired high surrogate %1 in a string; it must be followed by a low surrogate"_s.arg(
                                        escapeText(at, 6)));
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (uint(low) - 0xDC00);
            m_pos += 6;
        }
        m_textIsAscii = m_textIsAscii && cp < 0x80;
        appendUtf8(m_buffer, cp);
        return true;
    }

    bool parseNumber(QJsonValue &out)
    {
        const qsizetype start = m_pos;
        const bool negative = peek() == '-';
        if (negative) {
            ++m_pos;
            if (!isDigit(peek())) {
                if (QByteArrayView(m_data + m_pos, m_size - m_pos).startsWith("Infinity"))
                    return fail(start, u"-Infinity is not valid JSON; numbers must be integers"_s);
                return unexpected(u"a digit after '-'"_s);
            }
        }
        const qsizetype digitsStart = m_pos;
        if (peek() == '0' && m_pos + 1 < m_size) {
            const uchar next = m_data[m_pos + 1];
            if (isDigit(next))
                return fail(start, u"numbers must not have leading zeros"_s);
            if (next == 'x' || next == 'X')
                return fail(start, u"hexadecimal numbers are not allowed"_s);
        }
        quint64 value = 0;
        while (isDigit(peek())) {
            if (m_pos - digitsStart < kMaxSafeDigits)
                value = value * 10 + (m_data[m_pos] - '0');
            ++m_pos;
        }
        if (peek() == '.' || peek() == 'e' || peek() == 'E')
            return fail(start, u"numbers must be integers"_s);
        if (m_pos - digitsStart > kMaxSafeDigits || value > kMaxSafeInteger) {
            return fail(start, u"integer %1 is outside the range -9007199254740991 to 9007199254740991"_s.arg(
                                       shortened(escapeText(start, m_pos - start))));
        }
        const qint64 integer = negative ? -qint64(value) : qint64(value); // -0 becomes 0
        out = QJsonValue(double(integer));
        return true;
    }

    bool parseWord(QJsonValue &out)
    {
        const qsizetype start = m_pos;
        while (isAsciiLetter(peek()))
            ++m_pos;
        const QByteArrayView word(m_data + start, m_pos - start);
        if (word == "true" || word == "false" || word == "null") {
            out = word == "null" ? QJsonValue(QJsonValue::Null) : QJsonValue(word == "true");
            return true;
        }
        if (word == "NaN" || word == "Infinity")
            return fail(start, u"%1 is not valid JSON; numbers must be integers"_s.arg(escapeText(start, word.size())));
        return fail(start, u"unknown word \"%1\"; the JSON literals are true, false and null, in lower case"_s.arg(
                                   shortened(escapeText(start, word.size()))));
    }

    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    ParseLimits m_limits;
    int m_maxDepth;
    QByteArray m_buffer; // decoded strings that held escapes
    QByteArrayView m_text; // the last string parsed, decoded
    bool m_textIsDecoded = false; // m_text points into m_buffer, which the next string overwrites
    bool m_textIsAscii = true;
    std::deque<std::vector<Member>> m_membersByDepth; // a deque: growing it keeps references valid
    ParseError m_error;
};

} // namespace

rabeg::Result<QJsonValue, ParseError> parseStrict(QByteArrayView bytes, const ParseLimits &limits)
{
    return Parser(bytes, limits).run();
}

} // namespace rabeg::json
