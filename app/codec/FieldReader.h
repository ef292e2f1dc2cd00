#pragma once

#include "core/Result.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <optional>

namespace rabeg {

enum class DecodeMode {
    Strict,   // the hub: refuse anything malformed, unknown or over a limit
    Tolerant, // pulled pages: keep unknown fields and event types, so an older client never stalls on a newer hub
};

// Reads the fields of one JSON object and remembers the first problem, with the field's path in the message
// ("payload.opd: expected a string, got a number"). In strict mode finish() also refuses fields nobody read.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, DecodeMode mode);

    QString string(const QString &key, bool required, int maxLength);
    QString code(const QString &key, bool required, int maxLength = 64); // [a-z0-9_-] and upper case, no spaces
    QUuid uuid(const QString &key, bool required);
    qint64 integer(const QString &key, bool required, qint64 min, qint64 max, qint64 fallback = 0);
    bool boolean(const QString &key, bool required, bool fallback = false);
    QDateTime time(const QString &key, bool required);
    QJsonObject object(const QString &key, bool required);

    template <typename E>
    E enumeration(const QString &key, bool required, E fallback, const QString &what);

    // Marks a key as read without reading it (for fields another reader handles).
    void accept(const QString &key) { m_seen.insert(key); }
    bool has(const QString &key) const { return m_object.contains(key); }

    Status finish();
    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void fail(const QString &key, const QString &problem);
    QString pathOf(const QString &key) const;

private:
    std::optional<QJsonValue> take(const QString &key, bool required, QJsonValue::Type type, const char *typeName);

    QJsonObject m_object;
    QString m_path;
    DecodeMode m_mode;
    QSet<QString> m_seen;
    std::optional<Error> m_error;
};

QString jsonTypeName(QJsonValue::Type type);

template <typename E>
E FieldReader::enumeration(const QString &key, bool required, E fallback, const QString &what)
{
    const QString text = string(key, required, 64);
    if (text.isEmpty())
        return fallback;
    if (const auto value = fromCode<E>(text))
        return *value;
    if (m_mode == DecodeMode::Strict)
        fail(key, QStringLiteral("unknown ") + what + QStringLiteral(" \"") + text + QStringLiteral("\""));
    return fallback;
}

} // namespace rabeg
