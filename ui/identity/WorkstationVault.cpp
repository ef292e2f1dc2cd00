#include "WorkstationVault.h"

#include "IdentityPrefetch.h"
#include "OperatorSession.h"
#include "UiLog.h"
#include "codec/WireTime.h"
#include "store/OutboxView.h"
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
            if (m_prefetch)
                m_prefetch->run();
        });
    }
    if (!mayKeep(m_actor.role)) {
        m_state = State::NotAllowed;
        discard();
        return;
    }
    if (SyncWorker *sync = session.sync()) {
        // Before the sync starts (Workspace::wire): no intake leaves before its sealed identity is back in memory.
        m_held = sync->identities();
        m_held->awaitKeeper(true);
        HeldIdentities::Keeper keeper;
        keeper.held = [this](const QUuid &complaint, const ReporterIdentity &identity, const QJsonObject &text) {
            const QJsonObject held {{u"identity"_s, HeldIdentities::fieldsOf(identity)}, {u"text"_s, text}};
            QMetaObject::invokeMethod(this, [this, complaint, held] { keepIntake(complaint, held); });
        };
        keeper.forgotten = [this](const QUuid &complaint) {
            QMetaObject::invokeMethod(this, [this, complaint] { forgetIntake(complaint); }, Qt::QueuedConnection);
        };
        m_held->setKeeper(std::move(keeper));
        m_prefetch = new IdentityPrefetch(session, *this);
    }
    m_keychain.read(m_hub, m_actor.user);
}

WorkstationVault::~WorkstationVault()
{
    if (m_held) {
        m_held->setKeeper({});
        m_held->awaitKeeper(false);
    }
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
        releaseIntakes();
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
    restoreIntakes();
    const auto waitingIntakes = std::exchange(m_waitingIntakes, {});
    for (auto it = waitingIntakes.cbegin(); it != waitingIntakes.cend(); ++it)
        keepIntake(it.key(), it.value());
    const auto waiting = std::exchange(m_waiting, {});
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
        keep(it.key(), it.value());
    releaseIntakes();
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
    m_waitingIntakes.clear();
    m_newKey.clear();
    releaseIntakes(); // they go with what memory holds; what was sealed before a restart cannot be opened
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
        makeKey();
    }
}

void WorkstationVault::makeKey()
{
    m_state = State::Making;
    m_newKey = IdentityVault::makeKey();
    m_keychain.store(m_hub, m_actor.user, m_newKey);
}

void WorkstationVault::keepIntake(const QUuid &complaint, const QJsonObject &held)
{
    if (m_state == State::Ready) {
        if (Status status = m_vault.keepIntake(complaint, held)) {
            qCWarning(lcUi).noquote() << "cannot seal an intake's identity in the vault:" << status->message;
            return;
        }
        if (m_held) {
            m_held->markSealed(complaint);
            emit intakeSealingChanged();
        }
        return;
    }
    if (m_state == State::Reading || m_state == State::Making) {
        m_waitingIntakes.insert(complaint, held);
        return;
    }
    if (m_state == State::NoKeyYet) {
        m_waitingIntakes.insert(complaint, held);
        makeKey();
    }
}

void WorkstationVault::forgetIntake(const QUuid &complaint)
{
    m_waitingIntakes.remove(complaint);
    if (m_state != State::Ready)
        return;
    if (Status status = m_vault.dropIntake(complaint))
        qCWarning(lcUi).noquote() << "cannot delete an intake's identity from the vault:" << status->message;
}

void WorkstationVault::restoreIntakes()
{
    if (!m_held)
        return;
    const auto sealed = m_vault.intakes();
    if (!sealed.ok()) {
        qCWarning(lcUi).noquote() << sealed.error().message;
        return;
    }
    OutboxView outbox(m_session.cache());
    for (const QUuid &complaint : sealed.value()) {
        if (m_held->holds(complaint)) { // held in this run already (sealed as it was held)
            m_held->markSealed(complaint);
            continue;
        }
        const auto entries = outbox.forComplaint(complaint);
        if (!entries.ok()) {
            qCWarning(lcUi).noquote() << entries.error().message;
            continue;
        }
        const bool queued = std::any_of(entries->cbegin(), entries->cend(), [](const OutboxEntry &entry) {
            return entry.command.type == CommandType::Intake;
        });
        using Kept = Result<std::optional<QJsonObject>>;
        const Kept held = queued ? m_vault.intake(complaint) : Kept(std::optional<QJsonObject>());
        if (queued && held.ok() && held.value()) {
            const QJsonObject &kept = *held.value();
            m_held->restore(complaint, HeldIdentities::fromFields(kept.value(u"identity"_s).toObject()),
                            kept.value(u"text"_s).toObject());
            continue;
        }
        // The hub has it (confirmed before the copy was deleted), it was discarded, or the row does not open.
        if (!held.ok())
            qCWarning(lcUi).noquote() << "an intake's sealed identity does not open and is deleted:"
                                      << held.error().message;
        forgetIntake(complaint);
    }
    if (!sealed->isEmpty())
        emit intakeSealingChanged();
}

void WorkstationVault::releaseIntakes()
{
    if (!m_held)
        return;
    m_held->awaitKeeper(false);
    if (SyncWorker *sync = m_session.sync())
        sync->syncSoon();
}

Result<QList<QUuid>> WorkstationVault::keptIdentities() const
{
    if (m_state != State::Ready)
        return QList<QUuid>();
    return m_vault.kept();
}

Result<QList<QUuid>> WorkstationVault::sealedIntakes() const
{
    if (m_state != State::Ready)
        return QList<QUuid>();
    return m_vault.intakes();
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
    if (m_held) { // the sealed copies went with the file: what memory holds is unsealed again
        m_held->markAllUnsealed();
        emit intakeSealingChanged();
    }
    releaseIntakes();
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
