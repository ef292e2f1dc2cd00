#pragma once

#include "IdentityKeychain.h"
#include "domain/Actor.h"
#include "store/IdentityVault.h"
#include "sync/HeldIdentities.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace rabeg {

class IdentityPrefetch;
class OperatorSession;

// The GUI's side of the identity vault (docs/security.md): on a workstation whose role may see identities, the
// identities the person fetched from the hub, and those prefetched after each sync (IdentityPrefetch), are sealed
// into `<cache>.identity` with a key kept in the OS keychain per (hub, user), so they can be shown again offline.
// The key is read at start and made on first need; with no keychain there is no vault (available() false, problem() says why) and identity stays online-only. A role that
// may not see identities never makes the file, and a change of role or OPD (the sync's re-bootstrap) deletes it.
// It is also the keeper of the sync's HeldIdentities: an identity typed at intake is sealed into the vault as it is
// held (never shown from there, only sent), deleted once the hub has the complaint, and after a restart put back
// into memory for the intakes still in the outbox; intakes are not sent until it has (or until it knows it cannot).
// Made by the Workspace as a child of the session; IdentityPanel finds it there (of(session)).
class WorkstationVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkstationVault)

public:
    WorkstationVault(OperatorSession &session, const QUrl &hub, const QString &cachePath,
                     const QString &keychainService = QStringLiteral("Rabeg"));
    ~WorkstationVault() override;

    static WorkstationVault *of(const OperatorSession &session);
    static bool mayKeep(Role role);
    // A ticket for SyncWorker::askHub, apart from IdentityPanel's (the GUI thread's).
    static quint64 nextTicket();

    // The keychain answered and holds a key (or may be given one, or is being given one): identities can be kept.
    // Making counts: an identity shown while the first key is being stored is kept once it is (under load the
    // panel said "not kept here" of an identity the vault then sealed).
    bool available() const
    {
        return m_state == State::Ready || m_state == State::NoKeyYet || m_state == State::Making;
    }
    bool ready() const { return m_state == State::Ready; }
    QString problem() const { return m_problem; }

    // Seals the hub's answer (identity, title, body) for the complaint; made the key first when there is none.
    void keep(const QUuid &complaint, const QJsonObject &answer);
    // The hub holds no identity for the complaint any more (the retention purge): the copy goes too.
    void drop(const QUuid &complaint);
    // The answer kept for the complaint, nullopt when none; an error when its row does not open.
    Result<std::optional<QJsonObject>> identity(const QUuid &complaint);
    // A view shown from the vault, queued for the hub's audit log.
    Status noteView(const QUuid &complaint, bool offline);
    Result<QList<IdentityVault::View>> pendingViews();
    // Sends the queued views to the hub's audit log (POST .../identity/views, once per view id on the hub); each
    // leaves the queue when the hub has it. Done after every sync that reached the hub (the status says online).
    void sendViews();
    // Asks the hub which kept identities it still holds (POST /api/v1/identity/held) and deletes the copies of
    // the others: the retention purge reaches the vault after the next sync that reaches the hub.
    void reconcile();
    QString path() const { return m_path; }
    // The complaints whose identity is kept here (empty until the vault is open).
    Result<QList<QUuid>> keptIdentities() const;
    // The complaints whose intake identity is sealed here, waiting for the hub.
    Result<QList<QUuid>> sealedIntakes() const;

signals:
    void readyChanged();
    // An intake's identity was sealed (or put back sealed after a restart), or the sealed copies went with the file
    // (a change of scope): HeldIdentities::isSealed changed, so what the intake form says of them is out of date.
    void intakeSealingChanged();

private:
    enum class State { Reading, NoKeyYet, Making, Ready, Unavailable, NotAllowed };
    void keyRead(const QByteArray &key);
    void unavailable(const QString &problem);
    void openWith(const QByteArray &key);
    void checkScope();
    void discard();
    void makeKey();
    void keepIntake(const QUuid &complaint, const QJsonObject &held);
    void forgetIntake(const QUuid &complaint);
    void restoreIntakes();
    void releaseIntakes();
    void answered(quint64 ticket, int status, const QJsonObject &body, const QString &problem);
    void heldAnswered(int status, const QJsonObject &body);

    OperatorSession &m_session;
    QUrl m_hub;
    QString m_path;
    IdentityKeychain m_keychain;
    IdentityVault m_vault;
    State m_state = State::Reading;
    QString m_problem;
    QByteArray m_newKey; // made, being stored in the keychain
    QHash<QUuid, QJsonObject> m_waiting; // answers to seal once the new key is kept
    IdentityPrefetch *m_prefetch = nullptr; // a child; null where the role may not keep identities
    std::shared_ptr<HeldIdentities> m_held; // the sync's intake identities (null without a hub)
    QHash<QUuid, QJsonObject> m_waitingIntakes; // intake identities to seal once the vault opens
    Actor m_actor; // who the vault was opened for
    QHash<quint64, QString> m_sending; // ticket -> view id, asked of the hub and not answered yet
    quint64 m_heldTicket = 0; // the reconcile asked of the hub, not answered yet
    QList<QUuid> m_heldAsked; // the complaints it asked about
};

} // namespace rabeg
