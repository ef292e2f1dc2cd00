#include "WorkstationVault.h"

#include "OperatorSession.h"
#include "UiLog.h"
#include "codec/WireTime.h"
#include "sync/SyncWorker.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace rabeg {

WorkstationVault::WorkstationVault(OperatorSession &session, const QUrl &hub, const QString &cachePath,
                                   const QString &keychainService)
    : QObject(&session), m_session(session), m_hub(hub), m_path(IdentityVault::pathFor(cachePath)),
      m_keychain(keychainService)
{
    setObjectName(u"workstationVault"_s);
    m_actor = session.actor();
    connect(&m_keychain, &IdentityKeychain::keyRead, this, &WorkstationVault::keyRead);
    connect(&m_keychain, &IdentityKeychain::unavailable, this, &WorkstationVault::unavailable);
    connect(&m_keychain, &IdentityKeychain::stored, this, [this] {
        if (m_state != State::Making)
            return;
        const QByteArray key = m_newKey;
        m_newKey.clear();
        openWith(key);
    });
    connect(&session, &OperatorSession::cacheRefreshed, this, &WorkstationVault::checkScope);
    if (SyncWorker *sync = session.sync()) {
        connect(sync, &SyncWorker::hubAnswered, this, &WorkstationVault::answered);
        // After the session's own connection (made by setSync, before this): hubOnline() is already the status's.
        connect(sync, &SyncWorker::statusChanged, this, [this](const SyncStatus &status) {
            if (!status.online)
                return;
            sendViews();
            reconcile();
        });
    }
    if (!mayKeep(m_actor.role)) {
        m_state = State::NotAllowed;
        discard();
        return;
    }
    m_keychain.read(m_hub, m_actor.user);
}

WorkstationVault::~WorkstationVault()
{
    m_vault.close();
}

WorkstationVault *WorkstationVault::of(const OperatorSession &session)
{
    return session.findChild<WorkstationVault *>(u"workstationVault"_s, Qt::FindDirectChildrenOnly);
}

bool WorkstationVault::mayKeep(Role role)
{
    // The roles the hub gives non-anonymous identities to (hub/IdentityRoute.cpp).
    return role == Role::Operator || role == Role::Supervisor || role == Role::Trainer;
}

void WorkstationVault::keyRead(const QByteArray &key)
{
    if (m_state != State::Reading)
        return;
    if (key.isEmpty()) {
        m_state = State::NoKeyYet;
        // A vault without its key cannot be opened by anyone: nothing in it is of use.
        if (QFile::exists(m_path))
            IdentityVault::remove(m_path);
        emit readyChanged();
        return;
    }
    openWith(key);
}

void WorkstationVault::openWith(const QByteArray &key)
{
    if (Status status = m_vault.open(m_path, key)) {
        unavailable(status->message);
        return;
    }
    m_state = State::Ready;
    const auto waiting = std::exchange(m_waiting, {});
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
        keep(it.key(), it.value());
    emit readyChanged();
}

void WorkstationVault::unavailable(const QString &problem)
{
    if (m_state == State::NotAllowed)
        return;
    m_vault.close();
    m_state = State::Unavailable;
    m_problem = problem;
    m_waiting.clear();
    m_newKey.clear();
    emit readyChanged();
}

void WorkstationVault::keep(const QUuid &complaint, const QJsonObject &answer)
{
    if (m_state == State::Ready) {
        if (Status status = m_vault.keep(complaint, answer))
            qCWarning(lcUi).noquote() << "cannot keep an identity in the vault:" << status->message;
        return;
    }
    if (m_state == State::Reading || m_state == State::Making) {
        m_waiting.insert(complaint, answer);
        return;
    }
    if (m_state == State::NoKeyYet) {
        m_waiting.insert(complaint, answer);
        m_state = State::Making;
        m_newKey = IdentityVault::makeKey();
        m_keychain.store(m_hub, m_actor.user, m_newKey);
    }
}

void WorkstationVault::drop(const QUuid &complaint)
{
    m_waiting.remove(complaint);
    if (m_state != State::Ready)
        return;
    if (Status status = m_vault.drop(complaint))
        qCWarning(lcUi).noquote() << "cannot delete an identity from the vault:" << status->message;
}

Result<std::optional<QJsonObject>> WorkstationVault::identity(const QUuid &complaint)
{
    if (m_state != State::Ready)
        return std::optional<QJsonObject>();
    return m_vault.identity(complaint);
}

Status WorkstationVault::noteView(const QUuid &complaint, bool offline)
{
    IdentityVault::View view;
    view.viewId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    view.complaint = complaint;
    view.actor = m_actor.user;
    view.atWorkstation = QDateTime::currentDateTimeUtc();
    view.lastHubTime = m_session.hubNow();
    view.offline = offline;
    return m_vault.queueView(view);
}

Result<QList<IdentityVault::View>> WorkstationVault::pendingViews()
{
    return m_vault.pendingViews();
}

void WorkstationVault::sendViews()
{
    SyncWorker *sync = m_session.sync();
    if (m_state != State::Ready || !sync || !m_session.hubOnline())
        return;
    const auto views = m_vault.pendingViews();
    if (!views.ok()) {
        qCWarning(lcUi).noquote() << views.error().message;
        return;
    }
    for (const IdentityVault::View &view : views.value()) {
        if (std::find(m_sending.cbegin(), m_sending.cend(), view.viewId) != m_sending.cend())
            continue;
        const quint64 ticket = nextTicket();
        m_sending.insert(ticket, view.viewId);
        sync->askHub(ticket, "POST",
                     u"/api/v1/complaints/%1/identity/views"_s.arg(view.complaint.toString(QUuid::WithoutBraces)),
                     {{u"view_id"_s, view.viewId},
                      {u"at_workstation"_s, toWireTime(view.atWorkstation)},
                      {u"last_hub_time"_s, view.lastHubTime.isValid() ? toWireTime(view.lastHubTime) : QString()},
                      {u"offline"_s, view.offline}});
    }
}

quint64 WorkstationVault::nextTicket()
{
    static quint64 counter = 0; // the GUI thread's; apart from IdentityPanel's tickets by the top bit
    return (quint64(1) << 63) | ++counter;
}

void WorkstationVault::reconcile()
{
    SyncWorker *sync = m_session.sync();
    if (m_state != State::Ready || !sync || !m_session.hubOnline() || m_heldTicket != 0)
        return;
    const auto kept = m_vault.kept();
    if (!kept.ok() || kept.value().isEmpty())
        return;
    m_heldAsked = kept.value().mid(0, 1000); // the route's limit; the rest after the next sync
    QJsonArray ids;
    for (const QUuid &id : std::as_const(m_heldAsked))
        ids.append(id.toString(QUuid::WithoutBraces));
    m_heldTicket = nextTicket();
    sync->askHub(m_heldTicket, "POST", u"/api/v1/identity/held"_s, {{u"complaint_ids"_s, ids}});
}

void WorkstationVault::heldAnswered(int status, const QJsonObject &body)
{
    m_heldTicket = 0;
    const QList<QUuid> asked = std::exchange(m_heldAsked, {});
    if (status != 200 || m_state != State::Ready)
        return; // asked again after the next sync
    QSet<QUuid> held;
    for (const QJsonValue &value : body.value(u"held"_s).toArray())
        held.insert(QUuid::fromString(value.toString()));
    for (const QUuid &id : asked) {
        if (!held.contains(id))
            drop(id); // purged on the hub (or the complaint is gone): the copy goes too
    }
}

void WorkstationVault::answered(quint64 ticket, int status, const QJsonObject &body, const QString &problem)
{
    if (ticket != 0 && ticket == m_heldTicket) {
        heldAnswered(status, body);
        return;
    }
    const auto it = m_sending.constFind(ticket);
    if (it == m_sending.cend())
        return;
    const QString viewId = it.value();
    m_sending.erase(it);
    if (status == 0)
        return; // not sent: again after the next sync that reaches the hub
    if (status != 200) // refused for good (the complaint gone, the role changed): kept in the log, not sent again
        qCWarning(lcUi).noquote() << "the hub refused an identity view" << viewId << status
                                  << body.value(u"error"_s).toObject().value(u"message"_s).toString() << problem;
    const bool final = status == 200 || (status >= 400 && status < 500 && status != 401 && status != 429);
    if (!final)
        return;
    if (Status done = m_vault.viewsDelivered({viewId}))
        qCWarning(lcUi).noquote() << done->message;
}

void WorkstationVault::checkScope()
{
    const Actor now = m_session.actor();
    if (now.role == m_actor.role && now.opd == m_actor.opd)
        return;
    // The role or OPD changed (the sync filled the cache afresh): what was kept was kept for another scope.
    const bool wasAllowed = m_state != State::NotAllowed;
    discard();
    if (wasAllowed)
        m_keychain.forget(m_hub, m_actor.user);
    m_actor = now;
    m_waiting.clear();
    m_newKey.clear();
    if (mayKeep(now.role)) {
        m_state = State::NoKeyYet; // a fresh key on next need
    } else {
        m_state = State::NotAllowed;
    }
    emit readyChanged();
}

void WorkstationVault::discard()
{
    m_vault.close();
    if (Status status = IdentityVault::remove(m_path))
        qCWarning(lcUi).noquote() << status->message;
}

} // namespace rabeg
