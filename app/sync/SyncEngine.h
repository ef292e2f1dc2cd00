#pragma once

#include "HeldIdentities.h"
#include "HubClient.h"
#include "core/Result.h"
#include "store/LocalCache.h"
#include "store/SyncRepository.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace rabeg {

struct SyncSettings
{
    QUrl hub;
    QString user;
    QString password; // may be empty when a token is given: a refused token then needs a new login (loginNeeded)
    QByteArray token; // a session token from an earlier login (the GUI's keychain, a token file): tried first
    QString cachePath;
    QString caFile; // PEM: trust only this authority for https hubs (empty: the system's authorities)
    QString workstation;
    int eventLimit = 500;
    int snapshotLimit = 200;
    int timeoutMs = 30000;
    // Identities typed at intake, held in memory and added to their intake only when it is sent (never queued).
    std::shared_ptr<HeldIdentities> identities;
};

struct SyncStatus
{
    bool online = false;
    QDateTime lastSynced; // hub time of the last complete sync
    QDateTime lastSyncedLocal; // this machine's clock at that moment, to run hub time on from it
    double clockSpeed = 1.0;   // a training or demo hub's virtual clock may run faster

    // Hub time now, estimated from the last sync: the only time deadlines are measured in.
    QDateTime hubNow(const QDateTime &localNow) const
    {
        if (!lastSynced.isValid() || !lastSyncedLocal.isValid())
            return localNow;
        return lastSynced.addMSecs(qint64(double(lastSyncedLocal.msecsTo(localNow)) * clockSpeed));
    }
    int pending = 0;
    int conflicts = 0;
    int refused = 0;
    QString lastError;
    // The hub refused the login (its code and its own sentence, for the workstation to word in the user's
    // language: an account locked or throttled after wrong passwords), until a login succeeds.
    QString loginRefusalCode;
    QString loginRefusal;
    // The hub refused the session (or the password) and there is no password to log in with: ask the person.
    bool loginNeeded = false;
    qint64 cursor = 0;
    QString storeKind;
};

// One workstation user's sync with the hub (DESIGN.md, "Sync protocol"): a paged bootstrap that resumes where it
// stopped, pulls applied page by page with their cursor in one transaction, the outbox pushed in order per
// complaint, re-bootstrap on scope change or a restored hub (new epoch) keeping the outbox. Blocking calls; the
// GUI runs it on its own thread (SyncWorker), the headless `rabeg sync` in main().
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    explicit SyncEngine(SyncSettings settings, QObject *parent = nullptr);

    // Opens (or creates) the cache; must be called in the thread that will sync.
    Status open(const QString &connectionName);
    // Login if needed, then bootstrap or pull, then push the outbox, then pull what the pushes made.
    Status syncOnce();
    // Queues a command made on this workstation (works offline).
    Status enqueue(const Command &command);
    // A password typed after the hub refused the session: the next sync logs in with it.
    void setPassword(const QString &password);

    SyncStatus status() const { return m_status; }
    QByteArray token() const { return m_client.token(); }
    LocalCache &cache() { return m_cache; }

signals:
    void statusChanged(const rabeg::SyncStatus &status);
    void cacheChanged();
    // A login gave this session token; the GUI keeps it in the OS keychain for the next start.
    void sessionStarted(const QByteArray &token);

private:
    Status login();
    Status checkStore(const QJsonObject &envelope);
    Status bootstrap();
    Status pull();
    Status push();
    Status rebootstrap(const QString &why);
    Status fail(const Error &error);
    void refreshCounts();
    // `started`: the same GET started ahead (a prefetch), waited for instead of sending it again.
    Result<HubReply> getWithSession(const QString &path, std::unique_ptr<HubClient::Pending> started = {});

    SyncSettings m_settings;
    LocalCache m_cache;
    std::unique_ptr<SyncRepository> m_repository;
    HubClient m_client;
    SyncStatus m_status;
};

} // namespace rabeg

Q_DECLARE_METATYPE(rabeg::SyncStatus)
