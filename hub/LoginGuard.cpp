#include "LoginGuard.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kPrefix = QStringLiteral("login");
constexpr qint64 kPruneEveryMs = 10 * 60'000;

// Names are at most 64 characters (the login route refuses longer ones before asking here).
QString accountBucket(const QString &username) { return kPrefix + u"/account/"_s + username; }
QString lockoutBucket(const QString &username) { return kPrefix + u"/lockout/"_s + username; }
QString addressBucket(const QString &address) { return kPrefix + u"/address/"_s + address; }

} // namespace

LoginGuard::LoginGuard(HubStore &store, LoginLimits limits, std::function<QDateTime()> now)
    : m_store(store), m_limits(limits), m_now(std::move(now))
{
}

QString LoginGuard::clientAddress(const HubRequest &request) const
{
    QHostAddress peer = request.peer;
    if (m_proxies.contains(peer) || (peer.protocol() == QAbstractSocket::IPv6Protocol
                                     && m_proxies.contains(QHostAddress(peer.toIPv4Address())))) {
        const QHostAddress forwarded(QString::fromLatin1(request.header("x-real-ip").trimmed()));
        if (!forwarded.isNull())
            return forwarded.toString();
    }
    return peer.isNull() ? u"unknown"_s : peer.toString();
}

QList<LoginGuard::Bucket> LoginGuard::bucketsOf(const QString &username, const QString &address) const
{
    return {{accountBucket(username), m_limits.accountBurst, m_limits.accountIntervalMs},
            {lockoutBucket(username), m_limits.lockoutBurst, m_limits.lockoutIntervalMs},
            {addressBucket(address), m_limits.addressBurst, m_limits.addressIntervalMs}};
}

Result<std::optional<LoginGuard::Refusal>> LoginGuard::check(const QString &username, const QString &address)
{
    const QList<Bucket> buckets = bucketsOf(username, address);
    QStringList names;
    for (const Bucket &bucket : buckets)
        names.append(bucket.name);
    const auto values = m_store.rateBuckets(names);
    if (!values.ok())
        return values.error();
    const qint64 now = nowMs();
    std::optional<Refusal> refusal;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        // One more failure must still fit under the burst: the bucket after it would be at most burst intervals
        // ahead of now.
        const qint64 wait = values->at(i) + buckets[i].intervalMs - now - buckets[i].burst * buckets[i].intervalMs;
        if (wait <= 0)
            continue;
        const qint64 seconds = (wait + 999) / 1000;
        if (!refusal || seconds > refusal->retryAfterSeconds)
            refusal = Refusal{seconds, i == 1};
    }
    return refusal;
}

Status LoginGuard::recordFailure(const QString &username, const QString &address)
{
    const qint64 now = nowMs();
    for (const Bucket &bucket : bucketsOf(username, address)) {
        if (auto raised = m_store.raiseRateBucket(bucket.name, now, bucket.intervalMs); !raised.ok())
            return raised.error();
    }
    // Buckets of made-up names would otherwise stay for ever; an emptied bucket is the same as none.
    if (now - m_prunedAtMs > kPruneEveryMs) {
        m_prunedAtMs = now;
        return m_store.pruneRateBuckets(kPrefix, now);
    }
    return std::nullopt;
}

Status LoginGuard::recordSuccess(const QString &username) { return unlock(username); }

Status LoginGuard::unlock(const QString &username)
{
    return m_store.clearRateBuckets({accountBucket(username), lockoutBucket(username)});
}

HubResponse LoginGuard::refusalResponse(const Refusal &refusal)
{
    HubResponse response =
        refusal.locked
            ? HubResponse::error(429, u"account_locked"_s,
                                 u"This account is locked after repeated failed logins. Try again in %1 minutes, or "
                                 u"ask an administrator to unlock it."_s
                                     .arg((refusal.retryAfterSeconds + 59) / 60))
            : HubResponse::error(429, u"too_many_attempts"_s,
                                 u"Too many failed logins for this account or from this address. Try again in %1 "
                                 u"seconds."_s
                                     .arg(refusal.retryAfterSeconds));
    response.headers.append({"Retry-After", QByteArray::number(refusal.retryAfterSeconds)});
    return response;
}

} // namespace rabeg
