#pragma once

#include "TraineeScore.h"
#include "domain/Event.h"
#include "refdata/ReferenceData.h"

#include <QHash>

namespace rabeg {

// Scores a trainee from the log alone: the history of each of their complaints (the copy of each scenario
// complaint made for them) and hub time now. Only the trainee's own acts count: what the trainer or another
// trainee did to their complaint is not theirs.
//
//   decision   the first of dispatch, reject, not our authority, duplicate or defer; right when it is the expected
//              kind, with the expected reason (when the scenario names one) and the expected original (duplicate)
//   OPD        the first dispatch's OPD, or the agency forwarded to, against the expected one
//   triage     arrival (the received event) to the first of verify, reject, forward, duplicate or defer
//   deadline   missed when the decision came after arrival + within_minutes, or has not come by then
class TrainingScoring
{
public:
    // reference: the class's reference data (with the scenario's overrides), for the names on the result sheet.
    TrainingScoring(const TrainingScenario &scenario, QString storeId, const ReferenceData &reference);

    // histories: by scenario key, the events of the trainee's copy (absent or empty: not arrived yet).
    TraineeScore score(const TraineeEntry &trainee, const QHash<QString, QList<Event>> &histories,
                       const QDateTime &now) const;

private:
    ComplaintResult judge(const ScenarioComplaint &complaint, const QString &trainee, const QList<Event> &history,
                          const QDateTime &now) const;
    Handling expectedHandling(const ScenarioComplaint &complaint) const;
    Handling duplicateHandling(const QString &trainee, const QUuid &original) const;

    const ScenarioComplaint *complaintOf(const QString &trainee, const QUuid &id) const;

    const TrainingScenario &m_scenario;
    QString m_storeId;
    const ReferenceData &m_reference;
};

} // namespace rabeg
