#include "TrainingHub.h"

#include "HubLog.h"
#include "Scheduler.h"
#include "SqlHubStore.h"
#include "TrainingReference.h"
#include "TrainingStore.h"
#include "codec/WireTime.h"
#include "json/CanonicalJson.h"
#include "training/TrainingIds.h"
#include "training/TrainingScoring.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr int kTickMs = 1000; // real time between two ticks while the clock runs
constexpr int kMaxSteps = 100'000; // a jump walks through at most this many due instants

const Actor kScenarioActor {u"pelatihan"_s, Role::Trainer, QString()};

Actor botActor(const QString &opd)
{
    return {u"bot-"_s + opd.toLower(), Role::Liaison, opd};
}

} // namespace

TrainingHub::TrainingHub(SqlHubStore &store, const ReferenceData &reference, HubClock clock, TrainingScenario scenario,
                         QObject *parent)
    : QObject(parent),
      m_store(store),
      m_reference(reference),
      m_clock(std::move(clock)),
      m_scenario(std::move(scenario))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Status status = tick())
            qCWarning(lcHub).noquote() << "training tick failed:" << status->message;
    });
}

QString TrainingHub::classId() const
{
    return u"%1/class-%2"_s.arg(m_store.info().storeId).arg(m_classNumber);
}

QDateTime TrainingHub::arrivalAt(const ScenarioComplaint &complaint) const
{
    return m_scenario.start.addSecs(qint64(complaint.arrivesAfterMinutes) * 60);
}

Status TrainingHub::start()
{
    if (Status status = trainingStore::claimFor(m_store, m_scenario.id))
        return status;
    const auto info = trainingStore::classInfo(m_store);
    if (!info.ok())
        return info.error();
    m_classNumber = info->classNumber;
    const auto last = trainingStore::lastEventAt(m_store);
    if (!last.ok())
        return last.error();
    m_clock.setSpeed(0);
    m_clock.jumpTo(last->isValid() && *last > m_scenario.start ? *last : m_scenario.start);
    if (Status status = publishScenarioReference(m_store, m_scenario, classId(), m_scenario.start))
        return status;
    return tick();
}

Status TrainingHub::setSpeed(double speed)
{
    if (speed != 0 && (speed < 1 || speed > 600))
        return Error {u"bad_speed"_s, u"The clock runs at 0 (paused) or from 1 to 600 times real time."_s};
    if (Status status = tick()) // what fell due at the old speed happens at its time
        return status;
    m_clock.setSpeed(speed);
    if (speed > 0)
        m_timer.start();
    else
        m_timer.stop();
    return std::nullopt;
}

Status TrainingHub::jumpTo(const QDateTime &target)
{
    QDateTime now = m_clock.now();
    if (!target.isValid() || target < now)
        return Error {
            u"jump_backwards"_s,
            u"The clock only jumps forward (it is at %1); to start again, reset the class."_s.arg(toWireTime(now))};
    for (int step = 0; step < kMaxSteps; ++step) {
        const auto next = nextDue(now, target);
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        m_clock.jumpTo(*next.value());
        if (Status status = tick())
            return status;
        now = *next.value();
    }
    m_clock.jumpTo(target);
    return tick();
}

Status TrainingHub::reset()
{
    m_timer.stop();
    const auto next = trainingStore::wipeClass(m_store);
    if (!next.ok())
        return next.error();
    m_classNumber = next.value();
    const auto epoch = m_store.beginNewEpoch();
    if (!epoch.ok())
        return epoch.error();
    m_injected.clear();
    m_keyOf.clear();
    m_announced = 0;
    m_clock.setSpeed(0);
    m_clock.jumpTo(m_scenario.start);
    qCInfo(lcHub).noquote() << u"training class reset: class %1, epoch %2"_s.arg(m_classNumber).arg(epoch.value());
    if (Status status = publishScenarioReference(m_store, m_scenario, classId(), m_scenario.start))
        return status; // the reset emptied the log, the class's overrides with it
    return tick();
}

Status TrainingHub::tick()
{
    const QDateTime now = m_clock.now();
    for (const ScenarioComplaint &complaint : std::as_const(m_scenario.complaints)) {
        if (arrivalAt(complaint) > now)
            break; // in arrival order
        for (const TraineeEntry &trainee : std::as_const(m_scenario.trainees)) {
            if (Status status = inject(complaint, trainee))
                return status;
        }
    }
    if (Status status = playOpds(now))
        return status;
    const auto pass = Scheduler(m_store, m_reference, m_clock).runOnce();
    if (!pass.ok())
        return pass.error();
    announce();
    return std::nullopt;
}

Status TrainingHub::inject(const ScenarioComplaint &c, const TraineeEntry &trainee)
{
    const QUuid id = trainingIds::complaint(classId(), trainee.username, c.key);
    m_keyOf.insert(id, &c);
    if (m_injected.contains(id))
        return std::nullopt;
    const auto existing = m_store.complaint(id);
    if (!existing.ok())
        return existing.error();
    if (!existing.value()) {
        // Every trainee works the whole scenario on their own copies, marked with their name in the inbox.
        QJsonObject payload {{u"channel"_s, toCode(c.channel)},
                             {u"title"_s, u"[%1] %2"_s.arg(trainee.username, c.title).left(200)},
                             {u"body"_s, c.body},
                             {u"anonim"_s, c.anonim},
                             {u"received_at"_s, toWireTime(arrivalAt(c))}};
        for (const auto &[key, value] :
             {std::pair {u"category"_s, c.category}, std::pair {u"service"_s, c.service},
              std::pair {u"kecamatan"_s, c.kecamatan}, std::pair {u"kelurahan"_s, c.kelurahan},
              std::pair {u"address"_s, c.address}}) {
            if (!value.isEmpty())
                payload.insert(key, value);
        }
        if (Status status
            = append(trainingIds::intakeCommand(id), CommandType::Intake, id, 0, payload, kScenarioActor, false))
            return status;
        if (Status status = append(trainingIds::assignCommand(id), CommandType::Assign, id, 1,
                                   {{u"assignee"_s, trainee.username}}, kScenarioActor, false))
            return status;
    }
    m_injected.insert(id);
    return std::nullopt;
}

Result<std::optional<QDateTime>> TrainingHub::botDue(const QUuid &id, const ScenarioComplaint &complaint,
                                                     const Complaint &state, OpdBehaviour *behaviour)
{
    // Dispatched: the bot acknowledges or returns. In progress: a bot that acknowledged may go on to respond.
    const bool answering = state.state == ComplaintState::InProgress;
    if (state.state != ComplaintState::Dispatched && !answering)
        return std::optional<QDateTime>();
    const auto scripted = m_scenario.behaviourFor(complaint, state.opd);
    if (!scripted || scripted->action == OpdBehaviour::Action::Silent)
        return std::optional<QDateTime>();
    if (answering && (scripted->action != OpdBehaviour::Action::Acknowledge || !scripted->respondAfterMinutes))
        return std::optional<QDateTime>();
    const auto history = m_store.history(id);
    if (!history.ok())
        return history.error();
    QDateTime dispatchedAt;
    QDateTime acknowledgedAt;
    for (const Event &e : history.value()) {
        if (e.type == EventType::Dispatched) {
            dispatchedAt = e.at;
            acknowledgedAt = QDateTime();
        } else if (e.type == EventType::Acknowledged || e.type == EventType::Reopened) {
            acknowledgedAt = e.at;
        }
    }
    const QDateTime from = answering ? acknowledgedAt : dispatchedAt;
    if (!from.isValid())
        return std::optional<QDateTime>();
    *behaviour = *scripted;
    const int minutes = answering ? *scripted->respondAfterMinutes : scripted->afterMinutes;
    return std::optional<QDateTime>(from.addSecs(qint64(minutes) * 60));
}

Status TrainingHub::playOpds(const QDateTime &now)
{
    for (auto it = m_keyOf.cbegin(); it != m_keyOf.cend(); ++it) {
        const auto state = m_store.complaint(it.key());
        if (!state.ok())
            return state.error();
        if (!state.value())
            continue;
        OpdBehaviour behaviour;
        const auto due = botDue(it.key(), *it.value(), *state.value(), &behaviour);
        if (!due.ok())
            return due.error();
        if (due.value() && *due.value() <= now) {
            if (Status status = act(*state.value(), behaviour))
                return status;
        }
    }
    return std::nullopt;
}

Status TrainingHub::act(const Complaint &state, const OpdBehaviour &behaviour)
{
    if (state.state == ComplaintState::InProgress) {
        // The scripted answer: its SOP steps are not ticked by the script, so the respond gate is overridden, with
        // a reason the log keeps (docs/sop.md).
        return append(
            trainingIds::botCommand(state.id, u"respond"_s, state.cycle), CommandType::Respond, state.id, state.version,
            {{u"response"_s, behaviour.response}, {u"override_reason"_s, u"Jawaban OPD dari skenario pelatihan."_s}},
            botActor(state.opd), true);
    }
    const bool acknowledge = behaviour.action == OpdBehaviour::Action::Acknowledge;
    QJsonObject payload;
    if (!acknowledge)
        payload.insert(u"reason"_s, behaviour.returnReason);
    if (!behaviour.note.isEmpty())
        payload.insert(u"note"_s, behaviour.note);
    const QString action = acknowledge ? u"acknowledge"_s : u"return"_s;
    return append(trainingIds::botCommand(state.id, action, state.cycle),
                  acknowledge ? CommandType::Acknowledge : CommandType::Return, state.id, state.version, payload,
                  botActor(state.opd), true);
}

Result<std::optional<QDateTime>> TrainingHub::nextDue(const QDateTime &after, const QDateTime &until)
{
    std::optional<QDateTime> next;
    const auto consider = [&](const QDateTime &at) {
        if (at > after && at <= until && (!next || at < *next))
            next = at;
    };
    for (const ScenarioComplaint &complaint : std::as_const(m_scenario.complaints))
        consider(arrivalAt(complaint));
    for (auto it = m_keyOf.cbegin(); it != m_keyOf.cend(); ++it) {
        const auto state = m_store.complaint(it.key());
        if (!state.ok())
            return state.error();
        if (!state.value())
            continue;
        OpdBehaviour behaviour;
        const auto due = botDue(it.key(), *it.value(), *state.value(), &behaviour);
        if (!due.ok())
            return due.error();
        if (due.value())
            consider(*due.value());
    }
    const auto checks = m_store.dueChecks(until, 1);
    if (!checks.ok())
        return checks.error();
    for (const ScheduledCheck &check : checks.value())
        consider(check.checkAt);
    return next;
}

Status TrainingHub::append(const QUuid &commandId, CommandType type, const QUuid &complaint, qint64 baseVersion,
                           const QJsonObject &payload, const Actor &actor, bool decided)
{
    AppendRequest request;
    request.command.commandId = commandId;
    request.command.type = type;
    request.command.complaintId = complaint;
    request.command.baseVersion = baseVersion;
    request.command.baseEpoch = m_store.info().epoch;
    request.command.payload = payload;
    request.actor = actor;
    request.workstation = u"hub-training"_s;
    request.now = m_clock.now();
    request.reference = &m_reference;
    if (decided)
        request.decidedOnVersion = baseVersion;
    const QJsonObject canonical {{u"command_id"_s, commandId.toString(QUuid::WithoutBraces)},
                                 {u"type"_s, toCode(type)},
                                 {u"complaint_id"_s, complaint.toString(QUuid::WithoutBraces)},
                                 {u"payload"_s, payload}};
    request.requestDigest
        = QCryptographicHash::hash(json::canonicalBytesUnchecked(canonical), QCryptographicHash::Sha256);
    const auto outcome = m_store.execute(request);
    if (!outcome.ok())
        return outcome.error();
    // A stale decision (someone acted in between) is decided again at the next tick; a refusal is the script's
    // mistake, not the class's: it is logged and the class goes on.
    if (outcome->status != 200 && outcome->status != 409)
        qCWarning(lcHub).noquote() << "training:" << toCode(type) << "refused:"
                                   << outcome->body.value(u"error"_s).toObject().value(u"message"_s).toString();
    return std::nullopt;
}

void TrainingHub::announce()
{
    const auto head = m_store.head();
    if (head.ok() && head.value() > m_announced) {
        m_announced = head.value();
        emit logGrew(head.value());
    }
}

Result<QList<TraineeScore>> TrainingHub::scores()
{
    const TrainingScoring scoring(m_scenario, classId(), m_reference);
    const QDateTime now = m_clock.now();
    QList<TraineeScore> out;
    for (const TraineeEntry &trainee : std::as_const(m_scenario.trainees)) {
        QHash<QString, QList<Event>> histories;
        for (const ScenarioComplaint &c : std::as_const(m_scenario.complaints)) {
            const auto history = m_store.history(trainingIds::complaint(classId(), trainee.username, c.key));
            if (!history.ok())
                return history.error();
            histories.insert(c.key, history.value());
        }
        out.append(scoring.score(trainee, histories, now));
    }
    return out;
}

int TrainingHub::arrivedCount() const
{
    const QDateTime now = m_clock.now();
    int n = 0;
    for (const ScenarioComplaint &c : m_scenario.complaints)
        n += arrivalAt(c) <= now ? 1 : 0;
    return n;
}

std::optional<QDateTime> TrainingHub::nextArrival() const
{
    const QDateTime now = m_clock.now();
    for (const ScenarioComplaint &c : m_scenario.complaints) {
        if (arrivalAt(c) > now)
            return arrivalAt(c);
    }
    return std::nullopt;
}

} // namespace rabeg
