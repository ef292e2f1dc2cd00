#include "FieldReader.h"

#include "WireTime.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rabeg {

QString jsonTypeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

FieldReader::FieldReader(const QJsonObject &object, QString path, DecodeMode mode)
    : m_object(object), m_path(std::move(path)), m_mode(mode)
{
}

QString FieldReader::pathOf(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

void FieldReader::fail(const QString &key, const QString &problem)
{
    if (!m_error)
        m_error = Error{u"invalid_field"_s, pathOf(key) + u": "_s + problem};
}

std::optional<QJsonValue> FieldReader::take(const QString &key, bool required, QJsonValue::Type type,
                                            const char *typeName)
{
    if (m_mode == DecodeMode::Strict) // only a strict finish() asks which fields were read
        m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || (it->isNull() && !required)) {
        if (required)
            fail(key, u"missing required field"_s);
        return std::nullopt;
    }
    if (it->type() != type) {
        if (m_mode == DecodeMode::Strict || required)
            fail(key, u"expected "_s + QLatin1StringView(typeName) + u", got "_s + jsonTypeName(it->type()));
        return std::nullopt;
    }
    return *it;
}

QString FieldReader::string(const QString &key, bool required, int maxLength)
{
    const auto value = take(key, required, QJsonValue::String, "a string");
    if (!value)
        return {};
    QString text = value->toString();
    if (m_mode == DecodeMode::Strict && text.size() > maxLength)
        fail(key, u"longer than %1 characters"_s.arg(maxLength));
    if (required && text.trimmed().isEmpty())
        fail(key, u"must not be empty"_s);
    return text;
}

QString FieldReader::code(const QString &key, bool required, int maxLength)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]+$"_s);
    QString text = string(key, required, maxLength);
    if (m_mode == DecodeMode::Strict && !text.isEmpty() && !pattern.match(text).hasMatch())
        fail(key, u"a code may only hold letters, digits, '-' and '_'"_s);
    return text;
}

QUuid FieldReader::uuid(const QString &key, bool required)
{
    const QString text = string(key, required, 64);
    if (text.isEmpty())
        return {};
    const QUuid id = QUuid::fromString(text);
    if (id.isNull() || text.size() != 36)
        fail(key, u"not a UUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"_s);
    return id;
}

qint64 FieldReader::integer(const QString &key, bool required, qint64 min, qint64 max, qint64 fallback)
{
    const auto value = take(key, required, QJsonValue::Double, "an integer");
    if (!value)
        return fallback;
    const double number = value->toDouble();
    if (number != std::floor(number) || number < double(min) || number > double(max)) {
        fail(key, u"expected an integer from %1 to %2"_s.arg(min).arg(max));
        return fallback;
    }
    return qint64(number);
}

bool FieldReader::boolean(const QString &key, bool required, bool fallback)
{
    const auto value = take(key, required, QJsonValue::Bool, "a boolean");
    return value ? value->toBool() : fallback;
}

QDateTime FieldReader::time(const QString &key, bool required)
{
    const QString text = string(key, required, 40);
    if (text.isEmpty())
        return {};
    const QDateTime at = parseWireTime(text);
    if (!at.isValid())
        fail(key, u"not a time in ISO 8601 with a zone (e.g. 2026-11-30T04:58:29.000Z)"_s);
    return at;
}

QJsonObject FieldReader::object(const QString &key, bool required)
{
    const auto value = take(key, required, QJsonValue::Object, "an object");
    return value ? value->toObject() : QJsonObject{};
}

Status FieldReader::finish()
{
    if (!m_error && m_mode == DecodeMode::Strict) {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key())) {
                fail(it.key(), u"unknown field"_s);
                break;
            }
        }
    }
    return m_error;
}

} // namespace rabeg
