#include "HeldIdentities.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace rabeg {

void HeldIdentities::hold(const QUuid &complaint, const ReporterIdentity &identity, const QJsonObject &unmaskedText)
{
    if (identity.isEmpty() && unmaskedText.isEmpty())
        return;
    const QMutexLocker lock(&m_mutex);
    m_held.insert(complaint, {identity, unmaskedText});
}

std::optional<ReporterIdentity> HeldIdentities::find(const QUuid &complaint) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_held.constFind(complaint);
    if (it == m_held.constEnd() || it->identity.isEmpty())
        return std::nullopt;
    return it->identity;
}

void HeldIdentities::forget(const QUuid &complaint)
{
    const QMutexLocker lock(&m_mutex);
    m_held.remove(complaint);
}

bool HeldIdentities::holds(const QUuid &complaint) const
{
    const QMutexLocker lock(&m_mutex);
    return m_held.contains(complaint);
}

int HeldIdentities::count() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_held.size());
}

QJsonObject HeldIdentities::withIdentity(const QUuid &complaint, QJsonObject encodedCommand) const
{
    QJsonObject text;
    {
        const QMutexLocker lock(&m_mutex);
        text = m_held.value(complaint).text;
    }
    if (!text.isEmpty()) {
        QJsonObject payload = encodedCommand.value(u"payload"_s).toObject();
        for (auto it = text.constBegin(); it != text.constEnd(); ++it)
            payload.insert(it.key(), it.value());
        encodedCommand.insert(u"payload"_s, payload);
    }
    const auto identity = find(complaint);
    if (!identity)
        return encodedCommand;
    QJsonObject fields;
    for (const auto &[key, value] : {std::pair {u"name"_s, identity->name}, std::pair {u"nik"_s, identity->nik},
                                     std::pair {u"phone"_s, identity->phone}, std::pair {u"email"_s, identity->email},
                                     std::pair {u"address"_s, identity->address}}) {
        if (!value.isEmpty())
            fields.insert(key, value);
    }
    QJsonObject payload = encodedCommand.value(u"payload"_s).toObject();
    payload.insert(u"identity"_s, fields);
    encodedCommand.insert(u"payload"_s, payload);
    return encodedCommand;
}

} // namespace rabeg
