#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace QKeychain {
class Job;
}

namespace rabeg {

// The session token of each (hub, user) in the OS keychain (Secret Service on Linux, through qtkeychain), so the
// GUI starts without asking for the password while the hub keeps the session. Every call starts an asynchronous
// job and answers by a signal: the GUI never waits on the keychain. There is no plaintext fallback: when no
// keychain can be used, `unavailable` says so in a sentence for the person, and the token stays only in memory.
class SessionKeychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionKeychain)

public:
    // `service` names the entries (tests use their own, so they never touch a real session).
    explicit SessionKeychain(const QString &service = QStringLiteral("Rabeg"), QObject *parent = nullptr);

    // The entry's key: the user at the hub's address, normalised (no trailing slash, default port dropped).
    static QString account(const QUrl &hub, const QString &user);

    void read(const QUrl &hub, const QString &user);
    void store(const QUrl &hub, const QString &user, const QByteArray &token);
    void forget(const QUrl &hub, const QString &user);

    // What the person reads when no keychain can be used.
    static QString unavailableMessage();

signals:
    // The token kept for this hub and user; empty when the keychain holds none.
    void tokenRead(const QByteArray &token);
    void stored();
    void forgotten();
    // No keychain (or it refused): nothing was read or kept; the session lives in memory until the program ends.
    void unavailable(const QString &message);

private:
    void finished(QKeychain::Job *job, void (SessionKeychain::*done)());
    void reportProblem(QKeychain::Job *job);

    QString m_service;
};

} // namespace rabeg
