#include "TrainingScoring.h"

#include "TrainingIds.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

bool isTriage(EventType type)
{
    return type == EventType::Verified || type == EventType::Rejected || type == EventType::Forwarded
        || type == EventType::MarkedDuplicate || type == EventType::Deferred;
}

std::optional<ExpectedDecision> decisionOf(EventType type)
{
    switch (type) {
    case EventType::Dispatched:
        return ExpectedDecision::Dispatch;
    case EventType::Rejected:
        return ExpectedDecision::Reject;
    case EventType::Forwarded:
        return ExpectedDecision::NotOurAuthority;
    case EventType::MarkedDuplicate:
        return ExpectedDecision::Duplicate;
    case EventType::Deferred:
        return ExpectedDecision::Defer;
    default:
        return std::nullopt;
    }
}

// The API's words for a decision: its code and what it names ("dispatch PUPR", "duplicate c03", "reject spam").
QString words(const Handling &h)
{
    return QString(h.decision + u' ' + h.route + h.original + h.reason).trimmed();
}

} // namespace

TrainingScoring::TrainingScoring(const TrainingScenario &scenario, QString storeId, const ReferenceData &reference)
    : m_scenario(scenario), m_storeId(std::move(storeId)), m_reference(reference)
{ }

Handling TrainingScoring::expectedHandling(const ScenarioComplaint &c) const
{
    const ExpectedHandling &e = c.expected;
    Handling h;
    h.decision = toCode(e.decision);
    switch (e.decision) {
    case ExpectedDecision::Dispatch:
    case ExpectedDecision::NotOurAuthority:
        h.route = e.decision == ExpectedDecision::Dispatch ? e.opd : e.agency;
        h.routeName = m_reference.routeName(h.route);
        break;
    case ExpectedDecision::Duplicate:
        h.original = e.duplicateOf;
        if (const ScenarioComplaint *original = m_scenario.complaint(e.duplicateOf))
            h.originalTitle = original->title;
        break;
    case ExpectedDecision::Reject:
    case ExpectedDecision::Defer:
        h.reason = e.reason;
        break;
    }
    return h;
}

const ScenarioComplaint *TrainingScoring::complaintOf(const QString &trainee, const QUuid &id) const
{
    for (const ScenarioComplaint &c : m_scenario.complaints) {
        if (trainingIds::complaint(m_storeId, trainee, c.key) == id)
            return &c;
    }
    return nullptr;
}

Handling TrainingScoring::duplicateHandling(const QString &trainee, const QUuid &original) const
{
    Handling h;
    h.decision = toCode(ExpectedDecision::Duplicate);
    if (const ScenarioComplaint *own = complaintOf(trainee, original)) {
        h.original = own->key;
        h.originalTitle = own->title;
        return h;
    }
    // Another trainee's copy is never the right original, but the sheet says whose it was.
    for (const TraineeEntry &other : m_scenario.trainees) {
        if (const ScenarioComplaint *theirs = other.username == trainee ? nullptr : complaintOf(other.username, original))
            h.originalTitle = u"[%1] %2"_s.arg(other.username, theirs->title);
    }
    return h;
}

ComplaintResult TrainingScoring::judge(const ScenarioComplaint &c, const QString &trainee, const QList<Event> &history,
                                       const QDateTime &now) const
{
    ComplaintResult r;
    r.key = c.key;
    r.title = c.title;
    r.expectedHandling = expectedHandling(c);
    r.expected = words(r.expectedHandling);
    const auto received
        = std::find_if(history.cbegin(), history.cend(), [](const Event &e) { return e.type == EventType::Received; });
    if (received == history.cend())
        return r;
    r.arrived = true;
    const QDateTime arrival = received->at;
    const QDateTime due = arrival.addSecs(qint64(c.expected.withinMinutes) * 60);
    const Event *triage = nullptr;
    const Event *decision = nullptr;
    for (const Event &e : history) {
        if (e.actor.user != trainee)
            continue;
        if (!triage && isTriage(e.type))
            triage = &e;
        if (!decision && decisionOf(e.type))
            decision = &e;
    }
    if (triage)
        r.triageSeconds = arrival.secsTo(triage->at);
    if (!decision) {
        r.deadlineMissed = now > due;
        return r;
    }
    r.handled = true;
    r.deadlineMissed = decision->at > due;
    const ExpectedDecision made = *decisionOf(decision->type);
    const ExpectedHandling &e = c.expected;
    const QString reason = decision->payload.value(u"reason"_s).toString();
    const QString opd = decision->payload.value(u"opd"_s).toString();
    const QString agency = decision->payload.value(u"agency"_s).toString();
    const QUuid duplicateOf = QUuid::fromString(decision->payload.value(u"duplicate_of"_s).toString());
    r.decisionCorrect = made == e.decision;
    Handling &done = r.actualHandling;
    done.decision = toCode(made);
    switch (made) {
    case ExpectedDecision::Dispatch:
    case ExpectedDecision::NotOurAuthority:
        done.route = made == ExpectedDecision::Dispatch ? opd : agency;
        done.routeName = m_reference.routeName(done.route);
        break;
    case ExpectedDecision::Duplicate:
        done = duplicateHandling(trainee, duplicateOf);
        if (r.decisionCorrect)
            r.decisionCorrect = duplicateOf == trainingIds::complaint(m_storeId, trainee, e.duplicateOf);
        break;
    case ExpectedDecision::Reject:
    case ExpectedDecision::Defer:
        done.reason = reason;
        if (r.decisionCorrect && !e.reason.isEmpty())
            r.decisionCorrect = reason == e.reason;
        break;
    }
    r.actual = words(done);
    if (e.decision == ExpectedDecision::Dispatch)
        r.opdCorrect = made == ExpectedDecision::Dispatch && opd == e.opd;
    else if (e.decision == ExpectedDecision::NotOurAuthority)
        r.opdCorrect = made == ExpectedDecision::NotOurAuthority && agency == e.agency;
    return r;
}

TraineeScore TrainingScoring::score(const TraineeEntry &trainee, const QHash<QString, QList<Event>> &histories,
                                    const QDateTime &now) const
{
    TraineeScore s;
    s.trainee = trainee.username;
    s.name = trainee.name;
    QList<qint64> triage;
    for (const ScenarioComplaint &c : m_scenario.complaints) {
        const ComplaintResult r = judge(c, trainee.username, histories.value(c.key), now);
        s.arrived += r.arrived ? 1 : 0;
        s.deadlinesMissed += r.deadlineMissed ? 1 : 0;
        if (r.handled) {
            ++s.handled;
            s.correctDecisions += r.decisionCorrect ? 1 : 0;
            if (r.triageSeconds)
                triage.append(*r.triageSeconds);
            if (r.opdCorrect) {
                ++s.opdCases;
                s.correctOpds += *r.opdCorrect ? 1 : 0;
            }
        }
        s.results.append(r);
    }
    if (!triage.isEmpty()) {
        std::sort(triage.begin(), triage.end());
        const qsizetype n = triage.size();
        s.medianTriageSeconds = n % 2 ? triage.at(n / 2) : (triage.at(n / 2 - 1) + triage.at(n / 2)) / 2;
    }
    return s;
}

} // namespace rabeg
