#include "TrustedCa.h"

#include <QFile>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<QSslConfiguration> pinnedTlsConfiguration(const QString &caFile)
{
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"ca_unreadable"_s, u"Cannot read the hub's certificate authority file %1: %2."_s.arg(
                                             caFile, file.errorString())};
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error{u"ca_invalid"_s, u"The file %1 holds no PEM certificate; give the certificate of the authority "
                                      u"that signed the hub's certificate."_s.arg(caFile)};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(certificates); // replaces the system's authorities: this one only
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

} // namespace rabeg
