#include "TrainingScenario.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

QString toCode(ExpectedDecision decision)
{
    switch (decision) {
    case ExpectedDecision::Dispatch:
        return u"dispatch"_s;
    case ExpectedDecision::Reject:
        return u"reject"_s;
    case ExpectedDecision::NotOurAuthority:
        return u"not_our_authority"_s;
    case ExpectedDecision::Duplicate:
        return u"duplicate"_s;
    case ExpectedDecision::Defer:
        return u"defer"_s;
    }
    return {};
}

std::optional<ExpectedDecision> expectedDecisionFrom(QStringView code)
{
    for (ExpectedDecision d : {ExpectedDecision::Dispatch, ExpectedDecision::Reject, ExpectedDecision::NotOurAuthority,
                               ExpectedDecision::Duplicate, ExpectedDecision::Defer}) {
        if (toCode(d) == code)
            return d;
    }
    return std::nullopt;
}

QString toCode(OpdBehaviour::Action action)
{
    switch (action) {
    case OpdBehaviour::Action::Acknowledge:
        return u"acknowledge"_s;
    case OpdBehaviour::Action::Return:
        return u"return"_s;
    case OpdBehaviour::Action::Silent:
        return u"silent"_s;
    }
    return {};
}

const ScenarioComplaint *TrainingScenario::complaint(const QString &key) const
{
    const auto it = std::find_if(complaints.cbegin(), complaints.cend(),
                                 [&key](const ScenarioComplaint &c) { return c.key == key; });
    return it == complaints.cend() ? nullptr : &*it;
}

const ScenarioOpd *TrainingScenario::opd(const QString &code) const
{
    const auto it = std::find_if(opds.cbegin(), opds.cend(), [&code](const ScenarioOpd &o) { return o.code == code; });
    return it == opds.cend() ? nullptr : &*it;
}

std::optional<OpdBehaviour> TrainingScenario::behaviourFor(const ScenarioComplaint &complaint,
                                                           const QString &opdCode) const
{
    const ScenarioOpd *played = opd(opdCode);
    if (played && played->playedByTrainer)
        return std::nullopt;
    if (complaint.opdBehaviour && (complaint.opdBehaviour->opd.isEmpty() || complaint.opdBehaviour->opd == opdCode))
        return complaint.opdBehaviour;
    if (played)
        return played->behaviour;
    return std::nullopt;
}

int TrainingScenario::lastArrivalMinutes() const
{
    int last = 0;
    for (const ScenarioComplaint &c : complaints)
        last = std::max(last, c.arrivesAfterMinutes);
    return last;
}

} // namespace rabeg
