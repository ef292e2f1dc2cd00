#include "OperatorSession.h"

#include "HubRefusal.h"
#include "UiLog.h"
#include "codec/DomainCodec.h"
#include "domain/DomainText.h"
#include "sop/SyncedSopReference.h"
#include "store/ComplaintRepository.h"
#include "store/OutboxActions.h"
#include "store/OutboxView.h"
#include "sync/SyncWorker.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {

OperatorSession::OperatorSession(LocalCache &cache, const ReferenceData &reference, QString user, Sink sink,
                                 QObject *parent)
    : QObject(parent), m_cache(cache), m_reference(reference), m_sink(std::move(sink)),
      m_hubClock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_actor.user = std::move(user);
    refreshActor();
}

OperatorSession::~OperatorSession() = default;

void OperatorSession::refreshActor()
{
    // The scope is "role/OPD", written by the sync engine from the hub's answer to the login.
    const QString scope = m_cache.meta(u"scope"_s);
    if (scope.isEmpty())
        return;
    m_actor.role = fromCode<Role>(scope.section(u'/', 0, 0)).value_or(Role::Operator);
    m_actor.opd = scope.section(u'/', 1);
}

void OperatorSession::setSync(SyncWorker *sync)
{
    m_sync = sync;
    if (sync)
        connect(sync, &SyncWorker::statusChanged, this,
                [this](const SyncStatus &status) { m_hubOnline = status.online; });
}

bool OperatorSession::mayIssue(CommandType type) const { return roleMayIssue(m_actor.role, type); }

DecisionContext OperatorSession::context() const
{
    DecisionContext context;
    context.actor = m_actor;
    context.now = m_hubClock();
    // The preview instantiates and gates with the templates the hub published, not only the shipped ones.
    if (!m_synced)
        m_synced = std::make_unique<SyncedSopReference>(m_reference, m_cache);
    context.reference = m_synced.get();
    return context;
}

Result<std::optional<ProjectedComplaint>> OperatorSession::complaint(const QUuid &id, QList<Event> *history) const
{
    const auto sending = m_sending.value(id);
    // One snapshot: the cached state, the outbox and the history as of one moment of the sync's writes.
    auto reads = OutboxView(m_cache).pendingReads(id, !sending.isEmpty() || history);
    if (!reads.ok())
        return reads.error();
    if (!reads->cached)
        return std::optional<ProjectedComplaint>();
    if (history)
        *history = std::move(reads->history); // `confirmed` holds what the projection needs of it
    QList<PendingStep> steps;
    // Confirmed already (its events are in the history) or queued by now: not "on its way" any more.
    QSet<QUuid> known = reads->confirmed;
    for (const OutboxEntry &entry : reads->entries) {
        known.insert(entry.command.commandId);
        steps.append({entry.command, pendingStatusFrom(entry.status),
                      HubRefusal::text(entry.errorCode, entry.errorMessage), entry.serverState, {}, {}});
    }
    for (const Command &command : sending) {
        if (!known.contains(command.commandId))
            steps.append({command, PendingStep::Status::Sending, {}, {}, {}, {}});
    }
    return std::optional<ProjectedComplaint>(projectPending(*reads->cached, steps, context()));
}

std::optional<Refusal> OperatorSession::issue(CommandType type, const QUuid &complaintId, const QJsonObject &payload)
{
    const auto current = complaint(complaintId);
    if (!current.ok())
        return Refusal{Refusal::Kind::NotFound, current.error().code,
                       tr("The complaint cannot be read from the local cache: %1").arg(current.error().message)};
    if (!current.value())
        return Refusal{Refusal::Kind::NotFound, u"not_found"_s, tr("This complaint is not in the local cache.")};
    const ProjectedComplaint &shown = *current.value();
    if (shown.isStopped())
        return Refusal{Refusal::Kind::WrongState, u"stopped"_s,
                       tr("An earlier command on this complaint is stopped by a conflict or a refusal. Retry or "
                          "discard it first (in the complaint's detail).")};
    Command command{QUuid::createUuid(), type, complaintId, shown.cached.version,
                    m_cache.meta(u"epoch"_s).toLongLong(), payload};
    // The SOP gate (respond) and the ticks are judged on the history, as the hub judges them.
    DecisionContext checks = context();
    QList<Event> history;
    if (needsHistory(type)) {
        history = ComplaintRepository(m_cache).history(complaintId).value_or({});
        checks.history = &history;
    }
    if (const auto decided = decide(shown.shown, command, checks); !decided.ok()) {
        qCInfo(lcUi).noquote() << tr("Refused here, not sent: %1 %2 — %3")
                                      .arg(commandText(type), shown.cached.trackingId, decided.error().message);
        return decided.error();
    }
    send(command);
    qCInfo(lcUi).noquote() << tr("Queued: %1 %2").arg(commandText(type), shown.cached.trackingId);
    return std::nullopt;
}

void OperatorSession::send(const Command &command)
{
    m_sending[command.complaintId].append(command);
    m_sink(command);
    emit complaintChanged(command.complaintId);
    emit outboxChanged();
}

Status OperatorSession::retry(const QString &commandId) { return settle(commandId, true); }

Status OperatorSession::discard(const QString &commandId) { return settle(commandId, false); }

Status OperatorSession::settle(const QString &commandId, bool again)
{
    auto taken = OutboxActions(m_cache).takeStopped(commandId);
    if (!taken.ok())
        return taken.error();
    QList<Command> commands = std::move(taken).value();
    if (commands.isEmpty())
        return std::nullopt;
    const QUuid complaintId = commands.first().complaintId;
    const auto cached = ComplaintRepository(m_cache).find(complaintId);
    const qint64 version = cached.ok() && cached.value() ? cached.value()->version : commands.first().baseVersion;
    if (again) {
        // A new command over what the hub has now: the operator has seen both versions and still wants it, and
        // the commands they queued after it; those were never sent, so they keep their ids.
        commands.first().commandId = QUuid::createUuid();
        for (Command &command : commands) {
            command.baseVersion = version;
            command.baseEpoch = m_cache.meta(u"epoch"_s).toLongLong();
        }
    } else {
        qCInfo(lcUi).noquote() << tr("Discarded: %1 (%2)").arg(commandText(commands.first().type), commandId);
        if (commands.first().type == CommandType::Intake) {
            // The complaint was never taken in by the hub: the later commands have nothing to act on, and its
            // provisional row would stay in the inbox as a complaint that exists nowhere else.
            commands.clear();
            if (Status status = OutboxActions(m_cache).dropUnconfirmedIntake(complaintId))
                return status;
        } else {
            commands.removeFirst();
        }
    }
    if (again)
        qCInfo(lcUi).noquote() << tr("Sent again: %1").arg(commandText(commands.first().type));
    for (const Command &command : std::as_const(commands))
        send(command);
    emit complaintChanged(complaintId);
    emit outboxChanged();
    return std::nullopt;
}

void OperatorSession::cacheChanged()
{
    refreshActor();
    if (m_synced)
        m_synced->refresh(m_cache); // a sync may have brought published templates
    // Forget "on its way" commands the sync thread has queued or the hub has confirmed.
    const auto ids = m_sending.keys();
    for (const QUuid &id : ids) {
        QSet<QUuid> known;
        if (const auto entries = OutboxView(m_cache).forComplaint(id); entries.ok()) {
            for (const OutboxEntry &entry : entries.value())
                known.insert(entry.command.commandId);
        }
        if (const auto history = ComplaintRepository(m_cache).history(id); history.ok()) {
            for (const Event &event : history.value())
                known.insert(event.commandId);
        }
        QList<Command> &list = m_sending[id];
        list.removeIf([&known](const Command &c) { return known.contains(c.commandId); });
        if (list.isEmpty())
            m_sending.remove(id);
        emit complaintChanged(id);
    }
    emit outboxChanged();
    emit cacheRefreshed();
}

} // namespace rabeg
