#include "SyncEngine.h"

#include "PageDecoder.h"
#include "SopPublicationPush.h"
#include "SyncLog.h"
#include "TrustedCa.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {

SyncEngine::SyncEngine(SyncSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_client(m_settings.hub)
{
    qRegisterMetaType<rabeg::SyncStatus>();
    m_client.setTimeoutMs(m_settings.timeoutMs);
    m_client.setWorkstation(m_settings.workstation);
}

Status SyncEngine::open(const QString &connectionName)
{
    if (!m_settings.caFile.isEmpty()) {
        auto tls = pinnedTlsConfiguration(m_settings.caFile);
        if (!tls.ok())
            return tls.error();
        m_client.setTlsConfiguration(tls.value());
    }
    if (Status status = m_cache.open(m_settings.cachePath, connectionName))
        return status;
    const QString owner = m_cache.meta(u"user"_s);
    if (!owner.isEmpty() && owner != m_settings.user) {
        // Closed again, so that a caller going on regardless cannot sync this cache under another name.
        m_cache.close();
        return Error{u"cache_of_another_user"_s,
                     u"The cache %1 belongs to the user \"%2\". Each user keeps their own cache, so nothing queued by "
                     u"one person is sent under another's name."_s.arg(m_settings.cachePath, owner)};
    }
    m_repository = std::make_unique<SyncRepository>(m_cache);
    // A bootstrap fills the search index with its last page, in that page's transaction; should a cache say it is
    // bootstrapped with the index still deferred, it is filled here rather than left without search.
    if (m_repository->meta(u"bootstrapped"_s) == u"1"_s) {
        if (Status status = m_repository->finishBootstrapIndex())
            return status;
    }
    // The user's role and OPD come only with a login's answer, so a token is reused over a cache that already knows
    // them; a new cache logs in with the password once.
    if (!m_settings.token.isEmpty() && !m_repository->meta(u"scope"_s).isEmpty())
        m_client.setToken(m_settings.token);
    m_status.cursor = m_repository->meta(u"cursor"_s).toLongLong();
    refreshCounts();
    return std::nullopt;
}

Status SyncEngine::fail(const Error &error)
{
    m_status.lastError = error.message;
    m_status.online = error.code != u"network"_s && error.code != u"bad_reply"_s;
    refreshCounts();
    emit statusChanged(m_status);
    return error;
}

void SyncEngine::refreshCounts()
{
    if (!m_repository)
        return;
    m_status.pending = m_repository->countOutbox(u"pending"_s).value_or(0);
    m_status.conflicts = m_repository->countOutbox(u"conflict"_s).value_or(0);
    m_status.refused = m_repository->countOutbox(u"refused"_s).value_or(0);
}

Status SyncEngine::login()
{
    if (m_settings.password.isEmpty()) {
        m_status.loginNeeded = true;
        return Error{u"login_needed"_s, u"The hub needs a new login of \"%1\": your session has ended, or this "
                                        u"cache has never been synced with it."_s.arg(m_settings.user)};
    }
    const auto reply = m_client.login(m_settings.user, m_settings.password);
    if (!reply.ok()) {
        // Not answered: an earlier refusal ("try again in 29 seconds") no longer says why the sync stands.
        m_status.loginRefusalCode.clear();
        m_status.loginRefusal.clear();
        return reply.error();
    }
    if (reply->status != 200) {
        m_status.loginNeeded = reply->status == 401;
        m_status.loginRefusalCode = reply->errorCode();
        m_status.loginRefusal = reply->errorMessage();
        return Error{reply->errorCode(), u"The hub refused the login of \"%1\": %2"_s.arg(m_settings.user,
                                                                                          reply->errorMessage())};
    }
    m_status.loginNeeded = false;
    m_status.loginRefusalCode.clear();
    m_status.loginRefusal.clear();
    // The store first: a hub of another store must not change this cache at all, not even by its user's scope.
    if (Status status = checkStore(reply->body))
        return status;
    const QString role = reply->body.value(u"user"_s).toObject().value(u"role"_s).toString();
    const QString opd = reply->body.value(u"user"_s).toObject().value(u"opd"_s).toString();
    // A new role or OPD means another stream: start it afresh (the outbox stays).
    const QString scope = role + u'/' + opd;
    if (!m_repository->meta(u"scope"_s).isEmpty() && m_repository->meta(u"scope"_s) != scope) {
        if (Status status = m_repository->resetForBootstrap())
            return status;
    }
    if (Status status = m_repository->setMeta(u"scope"_s, scope))
        return status;
    emit sessionStarted(m_client.token());
    return std::nullopt;
}

Status SyncEngine::checkStore(const QJsonObject &envelope)
{
    const QString storeId = envelope.value(u"store_id"_s).toString();
    const QString kind = envelope.value(u"kind"_s).toString();
    const qint64 epoch = qint64(envelope.value(u"epoch"_s).toDouble());
    if (storeId.isEmpty())
        return Error{u"bad_reply"_s, u"The hub's answer does not name its store."_s};
    const QString known = m_repository->meta(u"store_id"_s);
    if (!known.isEmpty() && known != storeId) {
        // Another hub, or a training class that was reset: this cache and its outbox must never reach it.
        return Error{u"other_store"_s,
                     u"This cache belongs to the %1 store %2, but the hub serves the %3 store %4. Nothing was sent; "
                     u"use another cache for this hub (the commands still queued here stay in %5)."_s
                         .arg(m_repository->meta(u"kind"_s), known, kind, storeId, m_settings.cachePath)};
    }
    if (known.isEmpty()) {
        // First contact: whatever the cache holds came from no hub (a first release filled it with local demo data,
        // whose ids and versions may even match the hub's), so the bootstrap starts from nothing.
        if (Status status = m_repository->resetForBootstrap())
            return status;
        emit cacheChanged();
        for (const auto &[key, value] : {std::pair{u"store_id"_s, storeId}, std::pair{u"kind"_s, kind},
                                         std::pair{u"epoch"_s, QString::number(epoch)},
                                         std::pair{u"user"_s, m_settings.user}}) {
            if (Status status = m_repository->setMeta(key, value))
                return status;
        }
    } else if (m_repository->meta(u"epoch"_s).toLongLong() != epoch) {
        // The hub was restored from a backup: bootstrap again; unconfirmed commands are re-sent (idempotent). The
        // new epoch is recorded after the reset: a crash in between resets once more, never leaves a stale cache.
        if (Status status = rebootstrap(u"the hub was restored (epoch %1)"_s.arg(epoch)))
            return status;
        if (Status status = m_repository->setMeta(u"epoch"_s, QString::number(epoch)))
            return status;
    }
    m_status.storeKind = kind;
    return std::nullopt;
}

Status SyncEngine::rebootstrap(const QString &why)
{
    qCInfo(lcSync).noquote() << "bootstrapping again:" << why;
    if (Status status = m_repository->resetForBootstrap())
        return status;
    emit cacheChanged();
    return std::nullopt;
}

Result<HubReply> SyncEngine::getWithSession(const QString &path, std::unique_ptr<HubClient::Pending> started)
{
    auto reply = started ? m_client.wait(std::move(started)) : m_client.get(path);
    if (reply.ok() && reply->status == 401) {
        if (Status status = login())
            return *status;
        reply = m_client.get(path);
    }
    if (reply.ok() && reply->status == 409 && reply->errorCode() == u"scope_changed"_s) {
        if (Status status = login())
            return *status;
        if (Status status = rebootstrap(u"the user's scope changed"_s))
            return *status;
        return Error{u"scope_changed"_s, u"Your role or OPD changed; the cache is being filled afresh."_s};
    }
    if (reply.ok() && reply->status == 200) {
        if (Status status = checkStore(reply->body))
            return *status;
    }
    return reply;
}

Status SyncEngine::bootstrap()
{
    const auto pagePath = [this](const QString &key) {
        return u"/api/v1/snapshot?limit=%1%2"_s.arg(m_settings.snapshotLimit)
            .arg(key.isEmpty() ? QString() : u"&after="_s + key);
    };
    // The next page is asked for before this one is applied, so the hub makes it meanwhile. It is only used if the
    // cache then continues from its key (a re-bootstrap in between throws it away); the key is stored with the
    // page it follows, as always, so a crash resumes where the last applied page ended.
    std::unique_ptr<HubClient::Pending> ahead;
    QString aheadKey;
    while (m_repository->meta(u"bootstrapped"_s) != u"1"_s) {
        const QString key = m_repository->meta(u"bootstrap_key"_s);
        std::unique_ptr<HubClient::Pending> started;
        if (ahead && aheadKey == key)
            started = std::move(ahead);
        ahead.reset();
        const auto reply = getWithSession(pagePath(key), std::move(started));
        if (!reply.ok())
            return reply.error();
        if (reply->status != 200)
            return Error{reply->errorCode(), u"The hub refused the snapshot: "_s + reply->errorMessage()};
        if (m_repository->meta(u"bootstrapped"_s) == u"1"_s || key != m_repository->meta(u"bootstrap_key"_s))
            continue; // a re-bootstrap started while this page was on its way
        const QString next = reply->body.value(u"next"_s).toString();
        if (!next.isEmpty()) {
            ahead = m_client.startGet(pagePath(next));
            aheadKey = next;
        }
        if (key.isEmpty()) {
            // The head when the bootstrap began: events after it are pulled once the snapshot is complete.
            if (Status status = m_repository->setMeta(u"bootstrap_head"_s,
                                                      QString::number(qint64(reply->body.value(u"head"_s).toDouble()))))
                return status;
        }
        const auto decoded = decodePulledItems(reply->body.value(u"items"_s).toArray(), true, reply->raw);
        if (!decoded.ok())
            return decoded.error();
        QList<PulledItem> items = decoded.value();
        if (key.isEmpty()) {
            // The first page also carries the reference stream up to head (published SOP templates).
            QJsonArray reference;
            for (const QJsonValue &event : reply->body.value(u"reference"_s).toArray())
                reference.append(QJsonObject{{u"event"_s, event}});
            const auto referenceItems = decodePulledItems(reference, false);
            if (!referenceItems.ok())
                return referenceItems.error();
            items.append(referenceItems.value());
        }
        if (Status status = m_repository->applySnapshotPage(items, next))
            return status;
        if (next.isEmpty()) {
            if (Status status = m_repository->setMeta(u"cursor"_s, m_repository->meta(u"bootstrap_head"_s)))
                return status;
            if (Status status = m_repository->setMeta(u"bootstrapped"_s, u"1"_s))
                return status;
        }
        emit cacheChanged();
    }
    return std::nullopt;
}

Status SyncEngine::pull()
{
    const auto pagePath = [this](qint64 after) {
        return u"/api/v1/events?after=%1&limit=%2"_s.arg(after).arg(m_settings.eventLimit);
    };
    std::unique_ptr<HubClient::Pending> ahead; // the next page, asked for while this one is applied
    qint64 aheadCursor = -1;
    for (;;) {
        const qint64 cursor = m_repository->meta(u"cursor"_s).toLongLong();
        std::unique_ptr<HubClient::Pending> started;
        if (ahead && aheadCursor == cursor)
            started = std::move(ahead);
        ahead.reset();
        const auto reply = getWithSession(pagePath(cursor), std::move(started));
        if (!reply.ok())
            return reply.error();
        if (reply->status != 200)
            return Error{reply->errorCode(), u"The hub refused the events: "_s + reply->errorMessage()};
        if (m_repository->meta(u"bootstrapped"_s) != u"1"_s)
            return std::nullopt; // the store changed under us; the next round bootstraps
        const qint64 next = qint64(reply->body.value(u"next"_s).toDouble());
        if (next < cursor)
            return Error{u"bad_page"_s, u"The hub answered with a cursor behind ours; nothing was applied."_s};
        const bool more = reply->body.value(u"more"_s).toBool();
        if (more) {
            ahead = m_client.startGet(pagePath(next));
            aheadCursor = next;
        }
        const auto items = decodePulledItems(reply->body.value(u"items"_s).toArray(), false, reply->raw);
        if (!items.ok())
            return items.error();
        if (Status status = m_repository->applyEventPage(items.value(), next))
            return status;
        m_status.cursor = next;
        m_status.lastSynced = parseWireTime(reply->body.value(u"hub_time"_s).toString());
        // The hub time this cache is known complete up to: the weekly report and the wall display print it.
        if (Status status = m_repository->setMeta(u"synced_at"_s, toWireTime(m_status.lastSynced)))
            return status;
        m_status.lastSyncedLocal = QDateTime::currentDateTimeUtc();
        m_status.clockSpeed = reply->body.value(u"clock_speed"_s).toDouble(1.0);
        if (!items->isEmpty())
            emit cacheChanged();
        if (!more)
            return std::nullopt;
    }
}

Status SyncEngine::push()
{
    bool settled = false;
    const Status published = pushSopPublications(m_client, m_cache, [this] { return login(); }, settled);
    if (settled)
        emit cacheChanged();
    if (published)
        return published;
    const auto entries = m_repository->outbox();
    if (!entries.ok())
        return entries.error();
    QSet<QUuid> heldBack; // a refused command holds back the later commands on the same complaint, only those
    for (const OutboxEntry &entry : entries.value()) {
        const QUuid complaint = entry.command.complaintId;
        if (entry.status != u"pending"_s || heldBack.contains(complaint)) {
            heldBack.insert(complaint);
            continue;
        }
        // An intake's identity was never queued (the outbox is on disk): it joins the request here, from memory.
        const bool intake = entry.command.type == CommandType::Intake && m_settings.identities;
        if (intake && !m_settings.identities->mayPush(complaint)) {
            heldBack.insert(complaint); // its sealed identity is not back in memory yet (HeldIdentities.h)
            continue;
        }
        const QString commandId = entry.command.commandId.toString(QUuid::WithoutBraces);
        m_repository->countAttempt(commandId);
        const QJsonObject request = intake ? m_settings.identities->withIdentity(complaint, encodeCommand(entry.command))
                                           : encodeCommand(entry.command);
        auto reply = m_client.post(u"/api/v1/commands"_s, request);
        if (reply.ok() && reply->status == 401) {
            if (Status status = login())
                return status;
            reply = m_client.post(u"/api/v1/commands"_s, request);
        }
        if (!reply.ok())
            return reply.error(); // offline: everything stays queued, in order
        if (reply->status == 409 && reply->errorCode() == u"scope_changed"_s) {
            // The session's scope is stale, not the command: it stays queued and goes out under the new scope.
            if (Status status = login())
                return status;
            if (Status status = rebootstrap(u"the user's scope changed"_s))
                return status;
            return Error{u"scope_changed"_s, u"Your role or OPD changed; the cache is being filled afresh."_s};
        }
        if (reply->status == 200) {
            const auto state = decodeComplaint(reply->body.value(u"state"_s).toObject(), DecodeMode::Tolerant);
            QList<Event> events;
            for (const QJsonValue &e : reply->body.value(u"events"_s).toArray()) {
                if (auto event = decodeEvent(e.toObject(), DecodeMode::Tolerant); event.ok() && event->known)
                    events.append(event.value());
            }
            if (!state.ok())
                return Error{u"bad_reply"_s, u"The hub confirmed a command with a damaged state."_s};
            if (Status status = m_repository->applyConfirmed(commandId, state.value(), events))
                return status;
            if (intake)
                m_settings.identities->forget(complaint); // on the hub now, sealed there
            emit cacheChanged();
            continue;
        }
        if (reply->status >= 500)
            return Error{u"hub_unavailable"_s, reply->errorMessage()};
        const bool conflict = reply->status == 409;
        const QString serverState = QString::fromUtf8(
            QJsonDocument(reply->body.value(u"state"_s).toObject()).toJson(QJsonDocument::Compact));
        if (Status status = m_repository->markOutbox(commandId, conflict ? u"conflict"_s : u"refused"_s,
                                                     reply->errorCode(), reply->errorMessage(),
                                                     conflict ? serverState : QString()))
            return status;
        emit cacheChanged(); // the stopped command shows where it was asked (the detail, the handover's outcome)
        heldBack.insert(complaint);
    }
    return std::nullopt;
}

Status SyncEngine::syncOnce()
{
    if (!m_repository)
        return fail({u"not_open"_s, u"The cache is not open."_s});
    if (m_client.token().isEmpty()) {
        if (Status status = login())
            return fail(*status);
    }
    Status status = bootstrap();
    if (!status)
        status = pull();
    if (!status)
        status = push();
    if (!status)
        status = bootstrap(); // a push may have met a restored hub
    if (!status)
        status = pull();
    if (status && status->code == u"scope_changed"_s) {
        status = bootstrap();
        if (!status)
            status = pull();
        if (!status)
            status = push(); // what the stale session could not send
        if (!status)
            status = pull();
    }
    if (status)
        return fail(*status);
    m_status.online = true;
    m_status.lastError.clear();
    refreshCounts();
    emit statusChanged(m_status);
    return std::nullopt;
}

void SyncEngine::setPassword(const QString &password)
{
    m_settings.password = password;
    m_status.loginNeeded = false;
    m_status.loginRefusalCode.clear(); // the refusal of the old password is not this one's
    m_status.loginRefusal.clear();
    m_client.setToken({}); // the refused session is over: the next sync starts with the login
}

Status SyncEngine::enqueue(const Command &command)
{
    if (!m_repository)
        return Error{u"not_open"_s, u"The cache is not open."_s};
    if (Status status = m_repository->enqueue(command, QDateTime::currentDateTimeUtc()))
        return status;
    refreshCounts();
    emit statusChanged(m_status);
    emit cacheChanged();
    return std::nullopt;
}

} // namespace rabeg
