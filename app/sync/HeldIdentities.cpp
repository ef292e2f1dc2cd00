#include "HeldIdentities.h"

#include <QMutexLocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

void HeldIdentities::setKeeper(Keeper keeper)
{
    const QMutexLocker lock(&m_keeperMutex);
    m_keeper = std::move(keeper);
}

void HeldIdentities::hold(const QUuid &complaint, const ReporterIdentity &identity, const QJsonObject &unmaskedText)
{
    if (identity.isEmpty() && unmaskedText.isEmpty())
        return;
    {
        const QMutexLocker lock(&m_mutex);
        m_held.insert(complaint, {identity, unmaskedText, false});
    }
    const QMutexLocker lock(&m_keeperMutex);
    if (m_keeper.held)
        m_keeper.held(complaint, identity, unmaskedText);
}

void HeldIdentities::restore(const QUuid &complaint, const ReporterIdentity &identity, const QJsonObject &unmaskedText)
{
    if (identity.isEmpty() && unmaskedText.isEmpty())
        return;
    const QMutexLocker lock(&m_mutex);
    m_held.insert(complaint, {identity, unmaskedText, true});
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
    {
        const QMutexLocker lock(&m_mutex);
        m_held.remove(complaint);
    }
    const QMutexLocker lock(&m_keeperMutex);
    if (m_keeper.forgotten)
        m_keeper.forgotten(complaint);
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

void HeldIdentities::markSealed(const QUuid &complaint)
{
    const QMutexLocker lock(&m_mutex);
    if (auto it = m_held.find(complaint); it != m_held.end())
        it->sealed = true;
}

void HeldIdentities::markAllUnsealed()
{
    const QMutexLocker lock(&m_mutex);
    for (Held &held : m_held)
        held.sealed = false;
}

bool HeldIdentities::isSealed(const QUuid &complaint) const
{
    const QMutexLocker lock(&m_mutex);
    return m_held.value(complaint).sealed;
}

int HeldIdentities::countUnsealed() const
{
    const QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_held.cbegin(), m_held.cend(), [](const Held &held) { return !held.sealed; }));
}

void HeldIdentities::awaitKeeper(bool waiting)
{
    const QMutexLocker lock(&m_mutex);
    m_awaitingKeeper = waiting;
}

bool HeldIdentities::mayPush(const QUuid &complaint) const
{
    const QMutexLocker lock(&m_mutex);
    return !m_awaitingKeeper || m_held.contains(complaint);
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
    QJsonObject payload = encodedCommand.value(u"payload"_s).toObject();
    payload.insert(u"identity"_s, fieldsOf(*identity));
    encodedCommand.insert(u"payload"_s, payload);
    return encodedCommand;
}

QJsonObject HeldIdentities::fieldsOf(const ReporterIdentity &identity)
{
    QJsonObject fields;
    for (const auto &[key, value] : {std::pair {u"name"_s, identity.name}, std::pair {u"nik"_s, identity.nik},
                                     std::pair {u"phone"_s, identity.phone}, std::pair {u"email"_s, identity.email},
                                     std::pair {u"address"_s, identity.address}}) {
        if (!value.isEmpty())
            fields.insert(key, value);
    }
    return fields;
}

ReporterIdentity HeldIdentities::fromFields(const QJsonObject &fields)
{
    return {fields.value(u"name"_s).toString(), fields.value(u"nik"_s).toString(), fields.value(u"phone"_s).toString(),
            fields.value(u"email"_s).toString(), fields.value(u"address"_s).toString()};
}

} // namespace rabeg
