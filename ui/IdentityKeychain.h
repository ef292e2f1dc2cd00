#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace QKeychain {
class Job;
}

namespace rabeg {

// The key of a workstation's identity vault (app/store/IdentityVault) in the OS keychain, one entry per (hub, user)
// beside SessionKeychain's and under the same service, never on disk. Asynchronous like SessionKeychain: every
// call answers by a signal. No plaintext fallback: without a keychain there is no key, and so no vault.
class IdentityKeychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityKeychain)

public:
    explicit IdentityKeychain(const QString &service = QStringLiteral("Rabeg"), QObject *parent = nullptr);

    // The entry's key: SessionKeychain's account with " identity-key" after it.
    static QString account(const QUrl &hub, const QString &user);

    void read(const QUrl &hub, const QString &user);
    void store(const QUrl &hub, const QString &user, const QByteArray &key);
    void forget(const QUrl &hub, const QString &user);

signals:
    // The key kept for this hub and user; empty when the keychain holds none.
    void keyRead(const QByteArray &key);
    void stored();
    void forgotten();
    // No keychain, or it refused: there is no key.
    void unavailable(const QString &problem);

private:
    QString m_service;
};

} // namespace rabeg
