#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUuid>

namespace rabeg {

struct InboxRow;
class OperatorSession;
class WorkstationVault;

// Fills the workstation's identity vault ahead of need (issue 12: "an allowed operator still sees them offline"):
// after each sync that reaches the hub, the identities of open complaints in the cache whose reporter is not
// anonim and which the vault does not hold yet are asked of the hub (POST /api/v1/identity/prefetch, newest
// first, at most kPerPass a pass and kMaxKept in the vault) and sealed there. The hub records each copy it sends
// (identity_prefetched); it is not a view: a view is recorded when the person opens the identity (offline views
// are sent after the next sync). Anonim reporters are never prefetched, and a revealed identity is never kept.
// Copies of complaints that are no longer open (closed, or closed out at triage) leave the vault at the next
// such sync, as copies the hub's retention purge deleted do (WorkstationVault::reconcile).
// Made by WorkstationVault as its child where the session has a hub.
class IdentityPrefetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityPrefetch)

public:
    static constexpr int kPerPass = 100; // the route's limit
    static constexpr int kMaxKept = 500;
    static constexpr int kScanned = 2000; // the newest complaints of the cache looked at

    IdentityPrefetch(OperatorSession &session, WorkstationVault &vault);

    // Deletes the copies of complaints no longer open, and asks the hub for the next ones (when online and the
    // vault may keep identities).
    void run();
    bool asking() const { return m_ticket != 0; }

private:
    void purgeClosed(const QList<InboxRow> &newest);
    void answered(quint64 ticket, int status, const QJsonObject &body, const QString &problem);

    OperatorSession &m_session;
    WorkstationVault &m_vault;
    quint64 m_ticket = 0;
    QSet<QUuid> m_asked; // asked in this run of the application (the hub had none to send for some)
    QList<QUuid> m_asking;
};

} // namespace rabeg
