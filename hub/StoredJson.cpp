#include "StoredJson.h"

#include "json/CanonicalJson.h"
#include "privacy/Masking.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace rabeg::StoredJson {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSeparator(char c) { return c == ' ' || c == '.' || c == '-'; }

// The exact test, on the string's real value (escapes resolved).
bool holdsPersonalNumber(QByteArrayView raw)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson("[\"" + raw.toByteArray() + "\"]");
    if (!wrapped.isArray())
        return true; // not what the log writes: let the careful path decide
    return containsPersonalNumber(wrapped.array().at(0).toString());
}

// A cheap necessary condition for Masking's pattern, on the raw bytes of a JSON string: a NIK needs 16 digits in
// one run (digits joined by at most one of " .-"), a phone number 10 or more starting "08" or "628" where a run or
// one of its groups starts. Only a string that passes is tested exactly.
bool mayHoldPersonalNumber(QByteArrayView raw)
{
    int total = 0; // most strings have fewer than ten digits in all: a loop the compiler vectorizes says so
    for (const char c : raw)
        total += static_cast<unsigned char>(c - '0') < 10 ? 1 : 0;
    if (total < 10)
        return false;
    int digits = 0;       // in the current run
    bool phoneStart = false;
    int groupStart = 0;   // digits of the current group seen so far, up to 2
    char first = 0;
    char previous = 0;    // the previous byte of the run: a digit or a separator
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (isDigit(c)) {
            if (groupStart == 0)
                first = c;
            else if (groupStart == 1 && ((first == '0' && c == '8') || (first == '6' && c == '2')))
                phoneStart = true;
            ++groupStart;
            ++digits;
            if (digits >= 16 || (digits >= 10 && phoneStart))
                return true;
            previous = c;
            continue;
        }
        if (c == '\\' && i + 1 < raw.size() && raw[i + 1] == 'u') {
            // \u00XX in canonical text is a control character; anything else spelled as \u is unusual: decide exactly.
            const QByteArrayView hex = raw.sliced(i + 2, std::min<qsizetype>(4, raw.size() - i - 2));
            if (hex.size() < 4 || !hex.startsWith("00") || hex[2] > '1')
                return holdsPersonalNumber(raw);
            i += 5;
        } else if (c == '\\') {
            ++i; // \n, \t, \" ...: not a digit, not a separator
        } else if (isSeparator(c) && isDigit(previous)) {
            groupStart = 0;
            previous = c;
            continue;
        }
        digits = 0;
        groupStart = 0;
        phoneStart = false;
        previous = 0;
    }
    return false;
}

// The end of the string whose opening quote is at `open`: the index of its closing quote, or -1.
qsizetype stringEnd(QByteArrayView json, qsizetype open)
{
    const char *begin = json.data();
    qsizetype from = open + 1;
    for (;;) {
        const void *found = std::memchr(begin + from, '"', size_t(json.size() - from));
        if (!found)
            return -1;
        const qsizetype quote = static_cast<const char *>(found) - begin;
        qsizetype backslashes = 0;
        while (quote - backslashes - 1 > open && begin[quote - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return quote;
        from = quote + 1;
    }
}

// The strings holding a personal number, as [begin, end) of their raw bytes (between the quotes) with their key.
// Whether masking changes them is for maskPersonalNumbers() to say: it masks some fields (title, body...), not all.
struct Span
{
    qsizetype begin;
    qsizetype end;
    QByteArrayView key;
};

struct Spans
{
    QList<Span> spans;
    bool unusual = false; // not the canonical text the log writes, or an escape inside a span: decide by parsing
};

// Walks canonical JSON once. Relevant strings: values at depth 1 (a state's fields), or values at depth 2 inside the
// top-level member "payload" (an event's payload fields): the places maskPersonalNumbers() masks.
Spans personalSpans(QByteArrayView json, bool eventPayload)
{
    Spans found;
    int depth = 0;
    bool inObject[64] = {};
    bool expectKey = false;
    QByteArrayView topKey; // the key of the current member of the top-level object
    QByteArrayView key;    // the last key read: a string value that follows is its member's
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        switch (c) {
        case '{':
        case '[':
            if (++depth >= 64) {
                found.unusual = true;
                return found;
            }
            inObject[depth] = c == '{';
            expectKey = c == '{';
            break;
        case '}':
        case ']':
            if (--depth < 0) {
                found.unusual = true;
                return found;
            }
            expectKey = false;
            break;
        case ',':
            expectKey = inObject[depth];
            break;
        case ':':
            expectKey = false;
            break;
        case '"': {
            const qsizetype end = stringEnd(json, i);
            if (end < 0) {
                found.unusual = true; // cut off
                return found;
            }
            const QByteArrayView raw = json.sliced(i + 1, end - i - 1);
            if (expectKey) {
                key = raw;
                if (depth == 1)
                    topKey = raw;
            } else {
                const bool relevant = eventPayload ? depth == 2 && inObject[2] && topKey == "payload"
                                                   : depth == 1;
                if (relevant && mayHoldPersonalNumber(raw) && holdsPersonalNumber(raw)) {
                    found.spans.append({i + 1, end, key});
                    if (raw.contains('\\') || key.contains('\\'))
                        found.unusual = true;
                }
            }
            i = end;
            break;
        }
        default:
            break;
        }
    }
    if (depth != 0)
        found.unusual = true;
    return found;
}

QJsonObject parsed(QByteArrayView canonical) { return QJsonDocument::fromJson(canonical.toByteArray()).object(); }

// Masking only turns ASCII digits into '*': a string without escapes keeps its length in UTF-8, so the masked text
// is written over the stored bytes in place, which is what canonical JSON of the masked object would be.
std::optional<QByteArray> maskedInPlace(QByteArrayView canonical, const Spans &found)
{
    if (found.unusual)
        return std::nullopt;
    QByteArray out = canonical.toByteArray();
    for (const Span &span : found.spans) {
        const QString key = QString::fromUtf8(span.key);
        const QJsonObject one{{key, QString::fromUtf8(canonical.sliced(span.begin, span.end - span.begin))}};
        const QByteArray masked = maskPersonalNumbers(one).value(key).toString().toUtf8();
        if (masked.size() != span.end - span.begin)
            return std::nullopt;
        std::memcpy(out.data() + span.begin, masked.constData(), size_t(masked.size()));
    }
    return out;
}

} // namespace

void appendMaskedEvent(QByteArray &out, QByteArrayView canonical)
{
    const Spans found = personalSpans(canonical, true);
    if (!found.unusual && found.spans.isEmpty())
        out.append(canonical);
    else
        out.append(maskedEvent(canonical));
}

void appendMaskedState(QByteArray &out, QByteArrayView canonical)
{
    const Spans found = personalSpans(canonical, false);
    if (!found.unusual && found.spans.isEmpty())
        out.append(canonical);
    else
        out.append(maskedState(canonical));
}

void appendMaskedHistory(QByteArray &out, const QList<QByteArray> &history)
{
    out += "\"history\":[";
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (i > 0)
            out += ',';
        appendMaskedEvent(out, history.at(i));
    }
    out += ']';
}

QByteArray maskedEvent(QByteArrayView canonical)
{
    const Spans found = personalSpans(canonical, true);
    if (!found.unusual && found.spans.isEmpty())
        return canonical.toByteArray();
    if (auto masked = maskedInPlace(canonical, found))
        return *masked;
    QJsonObject event = parsed(canonical);
    event.insert(u"payload"_s, maskPersonalNumbers(event.value(u"payload"_s).toObject()));
    return json::canonicalBytesUnchecked(event);
}

QByteArray maskedState(QByteArrayView canonical)
{
    const Spans found = personalSpans(canonical, false);
    if (!found.unusual && found.spans.isEmpty())
        return canonical.toByteArray();
    if (auto masked = maskedInPlace(canonical, found))
        return *masked;
    return json::canonicalBytesUnchecked(maskPersonalNumbers(parsed(canonical)));
}

} // namespace rabeg::StoredJson
