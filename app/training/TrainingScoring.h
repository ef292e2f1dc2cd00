#pragma once

#include "TraineeScore.h"
#include "domain/Event.h"

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
    TrainingScoring(const TrainingScenario &scenario, QString storeId);

    // histories: by scenario key, the events of the trainee's copy (absent or empty: not arrived yet).
    TraineeScore score(const TraineeEntry &trainee, const QHash<QString, QList<Event>> &histories,
                       const QDateTime &now) const;

private:
    ComplaintResult judge(const ScenarioComplaint &complaint, const QString &trainee, const QList<Event> &history,
                          const QDateTime &now) const;
    QString expectedWords(const ScenarioComplaint &complaint) const;

    const TrainingScenario &m_scenario;
    QString m_storeId;
};

} // namespace rabeg
