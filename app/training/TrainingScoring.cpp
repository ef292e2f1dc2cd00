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

} // namespace

TrainingScoring::TrainingScoring(const TrainingScenario &scenario, QString storeId)
    : m_scenario(scenario), m_storeId(std::move(storeId))
{ }

QString TrainingScoring::expectedWords(const ScenarioComplaint &c) const
{
    const ExpectedHandling &e = c.expected;
    switch (e.decision) {
    case ExpectedDecision::Dispatch:
        return u"dispatch "_s + e.opd;
    case ExpectedDecision::NotOurAuthority:
        return u"not_our_authority "_s + e.agency;
    case ExpectedDecision::Duplicate:
        return u"duplicate "_s + e.duplicateOf;
    case ExpectedDecision::Reject:
    case ExpectedDecision::Defer:
        return QString(toCode(e.decision) + u' ' + e.reason).trimmed();
    }
    return {};
}

ComplaintResult TrainingScoring::judge(const ScenarioComplaint &c, const QString &trainee, const QList<Event> &history,
                                       const QDateTime &now) const
{
    ComplaintResult r;
    r.key = c.key;
    r.title = c.title;
    r.expected = expectedWords(c);
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
    switch (made) {
    case ExpectedDecision::Dispatch:
        r.actual = u"dispatch "_s + opd;
        break;
    case ExpectedDecision::NotOurAuthority:
        r.actual = u"not_our_authority "_s + agency;
        break;
    case ExpectedDecision::Duplicate: {
        r.actual = u"duplicate"_s;
        for (const ScenarioComplaint &other : m_scenario.complaints) {
            if (trainingIds::complaint(m_storeId, trainee, other.key) == duplicateOf)
                r.actual = u"duplicate "_s + other.key;
        }
        if (r.decisionCorrect)
            r.decisionCorrect = duplicateOf == trainingIds::complaint(m_storeId, trainee, e.duplicateOf);
        break;
    }
    case ExpectedDecision::Reject:
    case ExpectedDecision::Defer:
        r.actual = toCode(made) + u' ' + reason;
        if (r.decisionCorrect && !e.reason.isEmpty())
            r.decisionCorrect = reason == e.reason;
        break;
    }
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
