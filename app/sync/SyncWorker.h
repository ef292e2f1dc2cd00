#pragma once

#include "SyncEngine.h"
#include "attachments/AttachmentTransfer.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

class QTimer;
class QWebSocket;

namespace rabeg {

// Runs a SyncEngine on its own thread for the GUI: syncs at start, when the hub's WebSocket notice says the log
// grew, after a local command, and every poll interval as a fallback; after a failure it retries with
// exponential backoff and jitter (2 s doubling to 60 s). Results come back to the GUI thread by queued signals.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    explicit SyncWorker(SyncSettings settings, QObject *parent = nullptr);
    ~SyncWorker() override;

    void start();
    // Queues a command on the sync thread (works offline) and syncs soon after.
    void submit(const Command &command);
    // Syncs soon (a publication put in the outbox by the GUI's own connection, SopPublications).
    void syncSoon();
    // The password the person typed after the status said loginNeeded: logs in with it at once.
    void logIn(const QString &password);
    // One request to the hub on demand (the reporter's identity: never cached), on the sync thread with the
    // session's token, after the sync running now if any. The answer comes back by hubAnswered with `ticket`.
    void askHub(quint64 ticket, const QByteArray &method, const QString &path, const QJsonObject &body = {});
    // An attachment's bytes to or from the hub on demand (AttachmentTransfer.h: never cached, never in a file), in
    // turn with askHub; the answer comes back by attachmentTransferred with `ticket`.
    void transferAttachment(quint64 ticket, const AttachmentRequest &request);
    // Identities typed at intake, held in memory until the hub has their complaint (HeldIdentities.h).
    std::shared_ptr<HeldIdentities> identities() const { return m_identities; }

signals:
    void statusChanged(const rabeg::SyncStatus &status);
    void cacheChanged();
    void failedToStart(const QString &message);
    // A login gave a fresh session token (for the keychain).
    void sessionStarted(const QByteArray &token);
    // The answer to askHub: the hub's status and body, or (status 0) why it could not be asked.
    void hubAnswered(quint64 ticket, int status, const QJsonObject &body, const QString &problem);
    // The answer to transferAttachment: the hub's status, body and headers, or (status 0) why it could not be asked.
    void attachmentTransferred(quint64 ticket, int status, const QByteArray &body, const QString &contentType,
                               const QString &sha256, const QString &problem);

private:
    class Inside;
    QThread m_thread;
    Inside *m_inside = nullptr;
    std::shared_ptr<HeldIdentities> m_identities;
};

} // namespace rabeg
