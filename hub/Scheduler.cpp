#include "Scheduler.h"

#include "HubLog.h"
#include "codec/WireTime.h"
#include "domain/Lifecycle.h"
#include "json/CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// The namespace of the hub's own command ids (UUIDv5). Never change it: a changed namespace would let a
// restarted hub append again what it had already done.
const QUuid kActionNamespace(u"6f1c2a8e-52d4-4f0b-9b7e-3a5d1c0e9f41"_s);
constexpr int kBatch = 200;
constexpr int kRetries = 3;

QString actionCode(BreachAction action) { return action == BreachAction::Escalate ? u"escalate"_s : u"close"_s; }

CommandType commandOf(BreachAction action)
{
    return action == BreachAction::Escalate ? CommandType::Escalate : CommandType::Close;
}

bool stillPossible(BreachAction action, const Complaint &complaint)
{
    if (action == BreachAction::Escalate && complaint.escalated)
        return false;
    return statesAllowing(commandOf(action)).contains(complaint.state);
}

// The payload is the same in every process and at every retry (no time in it): same id, same body, so the
// store's idempotency answers a second sender with the first one's result instead of command_id_reused.
QJsonObject payloadFor(const SlaClock &clock, int cycle, BreachAction action)
{
    if (action == BreachAction::Escalate) {
        return {{u"reason"_s, u"%1: tenggat siklus %2 terlampaui; diteruskan ke Ombudsman oleh hub."_s.arg(clock.name)
                                  .arg(cycle)},
                {u"clock"_s, clock.id},
                {u"cycle"_s, cycle}};
    }
    return {{u"note"_s, u"Ditutup otomatis oleh hub: %1 (siklus %2) berakhir tanpa tanggapan pelapor."_s.arg(clock.name)
                            .arg(cycle)}};
}

// The clock's cycle `cycle` as the core sees it: the history up to the start of the next cycle, judged at `now`
// or, when a later cycle superseded it, at that later start (a cycle cut short before its due time never
// breached).
struct Verdict
{
    Deadline deadline;
    bool superseded = false;
};

Verdict judge(const QList<Event> &history, const SlaClock &clock, int cycle, const WorkingCalendar &calendar,
              const QDateTime &now)
{
    int seen = 0;
    qsizetype cut = history.size();
    QDateTime asOf = now;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const Event &event = history.at(i);
        const QString type = event.typeName.isEmpty() ? toCode(event.type) : event.typeName;
        if (event.known && clock.startEvents.contains(type) && ++seen == cycle + 1) {
            cut = i;
            asOf = std::min(now, event.at);
            break;
        }
    }
    const QList<Event> prefix = history.mid(0, cut);
    return {computeDeadlines(prefix, {clock}, calendar, asOf).constFirst(), cut < history.size()};
}

} // namespace

Scheduler::Scheduler(HubStore &store, const ReferenceData &reference, HubClock clock)
    : m_store(store), m_reference(reference), m_clock(clock), m_calendar(reference.calendar),
      m_basis(basisOf(reference)), m_policy(reference)
{
    for (const SlaClock &c : reference.sla) {
        if (c.breach != BreachAction::None)
            m_actionable.append(c);
    }
    m_store.setSlaPolicy(reference.sla);
}

Actor Scheduler::actor() { return {u"system"_s, Role::System, QString()}; }

QUuid Scheduler::commandIdFor(const QUuid &complaint, const QString &clock, int cycle, BreachAction action)
{
    return QUuid::createUuidV5(kActionNamespace, u"%1/%2/%3/%4"_s.arg(complaint.toString(QUuid::WithoutBraces), clock)
                                                     .arg(cycle)
                                                     .arg(actionCode(action)));
}

QString Scheduler::basisOf(const ReferenceData &reference)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &text) { hash.addData(text.toUtf8().append('\x1f')); };
    for (const SlaClock &c : reference.sla) {
        if (c.breach == BreachAction::None)
            continue;
        add(c.id);
        add(c.startEvents.join(u','));
        add(c.stopEvents.join(u','));
        add(QString::number(c.duration));
        add(QString::number(int(c.unit)));
        add(c.pauseStates.join(u','));
        add(QString::number(int(c.breach)));
    }
    for (const CalendarDay &day : reference.calendar) {
        add(day.date.toString(Qt::ISODate));
        add(QString::number(int(day.kind)));
        add(day.opd);
    }
    return QString::fromLatin1(hash.result().toHex());
}

const SlaClock *Scheduler::clockNamed(const QString &id) const
{
    for (const SlaClock &clock : m_actionable) {
        if (clock.id == id)
            return &clock;
    }
    return nullptr;
}

Status Scheduler::adoptPublished()
{
    const int sla = m_policy.versions().sla().version;
    const int calendar = m_policy.versions().calendar().version;
    if (Status status = m_policy.refresh(m_store))
        return status;
    if (sla == m_policy.versions().sla().version && calendar == m_policy.versions().calendar().version)
        return std::nullopt;
    const ReferenceData &inForce = m_policy.reference();
    m_calendar = m_policy.calendar();
    m_actionable.clear();
    for (const SlaClock &c : inForce.sla) {
        if (c.breach != BreachAction::None)
            m_actionable.append(c);
    }
    m_basis = basisOf(inForce);
    m_store.setSlaPolicy(inForce.sla);
    return std::nullopt;
}

Result<SchedulerPass> Scheduler::runOnce()
{
    SchedulerPass pass;
    const QDateTime now = m_clock.now();
    if (Status status = adoptPublished())
        return *status;
    const auto basis = m_store.scheduleBasis();
    if (!basis.ok())
        return basis.error();
    if (basis.value().isEmpty()) {
        // Every append since the store's creation kept the schedule: take it as it is.
        if (Status status = m_store.recordScheduleBasis(m_basis))
            return *status;
    } else if (basis.value() != m_basis) {
        qCInfo(lcHubScheduler) << "rebuilding the schedule from the log (new store, policy or calendar)";
        if (Status status = m_store.rebuildSchedule(m_basis))
            return *status;
        pass.rebuilt = 1;
    }
    // An entry left due (a decision that kept going stale) is looked at once per pass, not forever.
    QSet<QString> seen;
    for (;;) {
        const auto checks = m_store.dueChecks(now, kBatch);
        if (!checks.ok())
            return checks.error();
        bool progress = false;
        for (const ScheduledCheck &check : checks.value()) {
            const QString key = u"%1/%2/%3"_s.arg(check.complaintId.toString(), check.clock).arg(check.cycle);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            progress = true;
            ++pass.looked;
            for (int attempt = 0; attempt < kRetries; ++attempt) {
                const auto step = look(check, now, pass);
                if (!step.ok())
                    return step.error();
                if (step.value() == Step::Done)
                    break;
            }
        }
        if (!progress || checks->size() < kBatch)
            break;
    }
    if (pass.escalated + pass.closed > 0) {
        pass.head = m_store.head().value_or(0);
        qCInfo(lcHubScheduler).noquote() << u"pass at %1: %2 escalated, %3 closed, %4 already done, %5 looked at"_s
                                                .arg(toWireTime(now))
                                                .arg(pass.escalated)
                                                .arg(pass.closed)
                                                .arg(pass.alreadyDone)
                                                .arg(pass.looked);
    }
    return pass;
}

Result<Scheduler::Step> Scheduler::look(const ScheduledCheck &check, const QDateTime &now, SchedulerPass &pass)
{
    const SlaClock *clock = clockNamed(check.clock);
    const auto complaint = m_store.complaint(check.complaintId);
    if (!complaint.ok())
        return complaint.error();
    if (!clock || !complaint.value()) {
        if (Status status = m_store.dropCheck(check))
            return *status;
        return Step::Done;
    }
    const auto history = m_store.history(check.complaintId);
    if (!history.ok())
        return history.error();
    const Verdict verdict = judge(history.value(), *clock, check.cycle, m_calendar, now);
    const Deadline &deadline = verdict.deadline;
    if (deadline.cycle != check.cycle || deadline.state == DeadlineState::Met
        || deadline.state == DeadlineState::NotApplicable || (verdict.superseded && deadline.state != DeadlineState::Breached)
        || !stillPossible(clock->breach, *complaint.value())) {
        if (Status status = m_store.dropCheck(check))
            return *status;
        return Step::Done;
    }
    if (deadline.state != DeadlineState::Breached) {
        // Not due yet: look again at the due time the core computes now. A paused clock's due time moves on
        // while the pause lasts, so it is looked at again at least every minute of hub time past it.
        QDateTime next = std::max(deadline.dueAt, check.floorAt);
        if (next <= now)
            next = now.addSecs(60);
        if (Status status = m_store.postponeCheck(check, next))
            return *status;
        return Step::Done;
    }
    return act(check, *clock, *complaint.value(), deadline, pass);
}

Result<Scheduler::Step> Scheduler::act(const ScheduledCheck &check, const SlaClock &clock, const Complaint &complaint,
                                       const Deadline &deadline, SchedulerPass &pass)
{
    AppendRequest request;
    request.command.commandId = commandIdFor(check.complaintId, clock.id, check.cycle, clock.breach);
    request.command.type = commandOf(clock.breach);
    request.command.complaintId = check.complaintId;
    request.command.baseVersion = complaint.version;
    request.command.baseEpoch = m_store.info().epoch;
    request.command.payload = payloadFor(clock, check.cycle, clock.breach);
    request.actor = actor();
    request.workstation = u"hub-scheduler"_s;
    request.now = m_clock.now();
    request.reference = &m_reference;
    request.decidedOnVersion = complaint.version;
    const QJsonObject canonical{{u"command_id"_s, request.command.commandId.toString(QUuid::WithoutBraces)},
                                {u"type"_s, toCode(request.command.type)},
                                {u"complaint_id"_s, check.complaintId.toString(QUuid::WithoutBraces)},
                                {u"payload"_s, request.command.payload}};
    request.requestDigest = QCryptographicHash::hash(json::canonicalBytesUnchecked(canonical),
                                                     QCryptographicHash::Sha256);
    const auto outcome = m_store.execute(request);
    if (!outcome.ok())
        return outcome.error();
    if (outcome->status == 409 && outcome->body.value(u"error"_s).toObject().value(u"code"_s) == u"stale_decision"_s)
        return Step::Retry; // someone appended in between: decide again on what is there now
    const QString what = u"%1 %2 (%3 cycle %4, due %5)"_s.arg(actionCode(clock.breach), complaint.trackingId, clock.id)
                             .arg(check.cycle)
                             .arg(toWireTime(deadline.dueAt));
    if (outcome->status == 200 && outcome->replayed) {
        ++pass.alreadyDone;
        qCInfo(lcHubScheduler).noquote() << "already done:" << what;
    } else if (outcome->status == 200) {
        ++(clock.breach == BreachAction::Escalate ? pass.escalated : pass.closed);
        qCInfo(lcHubScheduler).noquote() << what;
    } else {
        qCWarning(lcHubScheduler).noquote() << "refused:" << what << QJsonDocument(outcome->body).toJson(QJsonDocument::Compact);
    }
    if (Status status = m_store.dropCheck(check))
        return *status;
    return Step::Done;
}

} // namespace rabeg
