#include "json/CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace rabeg::json {

using namespace Qt::StringLiterals;

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

// RFC 8785 section 3.2.3 orders keys by their UTF-16 code units, not by code points: U+1F600 (D83D DE00) sorts
// before U+FB33. Spelled out rather than left to QString's operator< so the rule is visible here.
bool lessByUtf16(const QString &a, const QString &b)
{
    return std::lexicographical_compare(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                                        [](QChar x, QChar y) { return x.unicode() < y.unicode(); });
}

class Writer
{
public:
    explicit Writer(QByteArray &out) : m_out(out) { }

    bool failed() const { return !m_problem.isEmpty(); }
    QString error() const { return u"$"_s + m_path + u": "_s + m_problem; }

    void write(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            m_out += "null";
            break;
        case QJsonValue::Bool:
            m_out += value.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double:
            writeNumber(value.toDouble());
            break;
        case QJsonValue::String:
            writeString(value.toString());
            break;
        case QJsonValue::Array:
            writeArray(value.toArray());
            break;
        case QJsonValue::Object:
            writeObject(value.toObject());
            break;
        case QJsonValue::Undefined:
            refuse(u"an undefined value has no JSON form"_s);
            m_out += "null";
            break;
        }
    }

private:
    // Only the first problem is kept; each container around it prepends its step to the path on the way out.
    void refuse(const QString &problem)
    {
        if (!failed())
            m_problem = problem;
    }

    void writeNumber(double number)
    {
        if (!std::isfinite(number) || number != std::trunc(number)) {
            const QString shown = QString::number(number, 'g', 17);
            refuse(u"the number %1 is not an integer; canonical JSON here holds integers only"_s.arg(shown));
            m_out += "null";
        } else if (std::fabs(number) > kMaxSafeInteger) {
            const QString shown = QString::number(number, 'f', 0);
            refuse(u"the integer %1 is outside the range -9007199254740991 to 9007199254740991"_s.arg(shown));
            m_out += "null";
        } else {
            m_out += QByteArray::number(qint64(number)); // -0.0 converts to 0
        }
    }

    // UTF-16 to UTF-8 in one pass, escaping as RFC 8785 section 3.2.2.2 says. Writes through a pointer into
    // room reserved for the worst case (6 bytes per code unit: \u001f), which is several times faster than
    // appending byte by byte.
    void writeString(const QString &text)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        static constexpr char kShortForms[0x20] = {0, 0, 0, 0, 0, 0, 0, 0, 'b', 't', 'n', 0, 'f', 'r'};
        const qsizetype n = text.size();
        const qsizetype start = m_out.size();
        m_out.resize(start + 6 * n + 2);
        char *p = m_out.data() + start;
        *p++ = '"';
        const QChar *units = text.constData();
        for (qsizetype i = 0; i < n; ++i) {
            char16_t u = units[i].unicode();
            if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
                *p++ = char(u);
            } else if (u < 0x80) { // a quote, a backslash or a control character
                *p++ = '\\';
                const char shortForm = u == '"' || u == '\\' ? char(u) : kShortForms[u];
                if (shortForm) {
                    *p++ = shortForm;
                } else {
                    p = std::copy_n("u00", 3, p);
                    *p++ = kHex[u >> 4];
                    *p++ = kHex[u & 0xF];
                }
            } else if (u < 0x800) {
                *p++ = char(0xC0 | (u >> 6));
                *p++ = char(0x80 | (u & 0x3F));
            } else if (QChar::isHighSurrogate(u) && i + 1 < n && units[i + 1].isLowSurrogate()) {
                const char32_t cp = QChar::surrogateToUcs4(u, units[++i].unicode());
                *p++ = char(0xF0 | (cp >> 18));
                *p++ = char(0x80 | ((cp >> 12) & 0x3F));
                *p++ = char(0x80 | ((cp >> 6) & 0x3F));
                *p++ = char(0x80 | (cp & 0x3F));
            } else {
                if (QChar::isSurrogate(u)) {
                    refuse(u"a string holds an unpaired UTF-16 surrogate, which has no UTF-8 form"_s);
                    u = QChar::ReplacementCharacter;
                }
                *p++ = char(0xE0 | (u >> 12));
                *p++ = char(0x80 | ((u >> 6) & 0x3F));
                *p++ = char(0x80 | (u & 0x3F));
            }
        }
        *p++ = '"';
        m_out.resize(p - m_out.constData());
    }

    void writeArray(const QJsonArray &array)
    {
        m_out += '[';
        qsizetype index = 0;
        for (const QJsonValue &element : array) {
            if (index > 0)
                m_out += ',';
            const bool failedBefore = failed();
            write(element);
            if (!failedBefore && failed()) // the first problem is in this element: name the step to it
                m_path.prepend(u"["_s + QString::number(index) + u"]"_s);
            ++index;
        }
        m_out += ']';
    }

    void writeObject(const QJsonObject &object)
    {
        std::vector<std::pair<QString, QJsonValue>> members;
        members.reserve(std::size_t(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members.emplace_back(it.key(), it.value());
        // QJsonObject usually keeps its keys in this very order (not always: see reinserted() in JsonParser.cpp),
        // and checking is cheaper than sorting.
        const auto less = [](const auto &a, const auto &b) {
            return lessByUtf16(a.first, b.first);
        };
        if (!std::is_sorted(members.begin(), members.end(), less))
            std::sort(members.begin(), members.end(), less);
        m_out += '{';
        bool first = true;
        for (const auto &[key, value] : members) {
            if (!first)
                m_out += ',';
            first = false;
            const bool failedBefore = failed();
            writeString(key);
            m_out += ':';
            write(value);
            if (!failedBefore && failed())
                m_path.prepend(u"."_s + key);
        }
        m_out += '}';
    }

    QByteArray &m_out;
    QString m_problem;
    QString m_path;
};

} // namespace

rabeg::Result<QByteArray, QString> canonicalBytes(const QJsonValue &value)
{
    QByteArray out;
    Writer writer(out);
    writer.write(value);
    if (writer.failed())
        return writer.error();
    return out;
}

QByteArray canonicalBytesUnchecked(const QJsonValue &value)
{
    QByteArray out;
    Writer writer(out);
    writer.write(value);
    Q_ASSERT_X(!writer.failed(), "rabeg::json::canonicalBytesUnchecked", qPrintable(writer.error()));
    return out;
}

QByteArray sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace rabeg::json
