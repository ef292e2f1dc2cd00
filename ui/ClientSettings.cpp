#include "ClientSettings.h"

#include "sync/TrustedCa.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace rabeg {

QUrl ClientSettings::hub() const
{
    return QUrl(m_settings.value(u"login/hub"_s).toString());
}

void ClientSettings::setHub(const QUrl &hub)
{
    m_settings.setValue(u"login/hub"_s, hub.toString());
}

QString ClientSettings::user() const
{
    return m_settings.value(u"login/user"_s).toString();
}

void ClientSettings::setUser(const QString &user)
{
    m_settings.setValue(u"login/user"_s, user);
}

QString ClientSettings::caFile() const
{
    return m_settings.value(u"login/caFile"_s).toString();
}

void ClientSettings::setCaFile(const QString &path)
{
    m_settings.setValue(u"login/caFile"_s, path);
}

QString ClientSettings::language() const
{
    return m_settings.value(u"language"_s, u"id"_s).toString();
}

void ClientSettings::setLanguage(const QString &code)
{
    m_settings.setValue(u"language"_s, code);
}

QString ClientSettings::hubProblem(const QUrl &hub)
{
    if (!hub.isValid() || hub.host().isEmpty() || (hub.scheme() != u"https"_s && hub.scheme() != u"http"_s))
        return tr("Enter the hub's address, for example https://rabeg.serangkota.go.id or http://127.0.0.1:8470.");
    return {};
}

QString ClientSettings::caFileProblem(const QString &path)
{
    if (path.isEmpty())
        return {};
    const auto tls = pinnedTlsConfiguration(path);
    return tls.ok() ? QString() : tr("The certificate authority file cannot be used: %1").arg(tls.error().message);
}

} // namespace rabeg
