#pragma once

#include "HubRequest.h"
#include "HubStore.h"

#include <QDateTime>
#include <QHostAddress>

#include <functional>

namespace rabeg {

// Limits on guessing passwords (docs/security.md, "Login abuse"). Failed logins fill three buckets (GCRA: each
// failure adds an interval to a bucket's time; a bucket more than `burst` intervals ahead of now refuses):
//   - the account: 5 quick failures, then one try a minute;
//   - the lockout: 10 failures without a rest lock the account, one try per 30 minutes after that, until it rests
//     or an admin unlocks it (`rabeg-hub user unlock`);
//   - the client address: 20 quick failures from one address, whatever the accounts, then one try every 6 s.
// Unknown user names are counted like real ones, so the answers never tell whether an account exists. A good
// login empties its account's buckets. The buckets live in the store, shared by every hub process; time is real
// time, never a demo or training clock.
struct LoginLimits
{
    int accountBurst = 5;
    qint64 accountIntervalMs = 60'000;
    int lockoutBurst = 10;
    qint64 lockoutIntervalMs = 30 * 60'000;
    int addressBurst = 20;
    qint64 addressIntervalMs = 6'000;
};

class LoginGuard
{
public:
    explicit LoginGuard(HubStore &store, LoginLimits limits = {},
                        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); });

    // X-Real-IP is believed only from these peers (nginx in front); other requests count by their own address.
    void setTrustedProxies(const QList<QHostAddress> &proxies) { m_proxies = proxies; }
    // Tests that count failures inside a window hold the time still here, so a slow machine cannot let the bucket
    // drain between two attempts (each unknown name costs a full password hash).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    QString clientAddress(const HubRequest &request) const;

    struct Refusal
    {
        qint64 retryAfterSeconds = 0;
        bool locked = false; // the account's lockout, rather than a short throttle
    };
    // Whether a login for `username` from `address` may be tried now.
    Result<std::optional<Refusal>> check(const QString &username, const QString &address);
    Status recordFailure(const QString &username, const QString &address);
    Status recordSuccess(const QString &username);
    Status unlock(const QString &username);

    static HubResponse refusalResponse(const Refusal &refusal);

private:
    struct Bucket
    {
        QString name;
        int burst;
        qint64 intervalMs;
    };
    QList<Bucket> bucketsOf(const QString &username, const QString &address) const;
    qint64 nowMs() const { return m_now().toMSecsSinceEpoch(); }

    HubStore &m_store;
    LoginLimits m_limits;
    std::function<QDateTime()> m_now;
    QList<QHostAddress> m_proxies;
    qint64 m_prunedAtMs = 0;
};

} // namespace rabeg
