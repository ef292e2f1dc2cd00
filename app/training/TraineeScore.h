#pragma once

#include "TrainingScenario.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace rabeg {

// A decision on a complaint, as its parts, for a sheet that words it for people (ResultSheet): the codes and the
// names the class's reference data and scenario give them.
struct Handling
{
    QString decision; // dispatch, reject, not_our_authority, duplicate, defer; empty: none yet
    QString route; // dispatch: the OPD's code; not our authority: the agency's
    QString routeName; // its name in the class's reference data (the code when unknown)
    QString reason; // reject, defer: the reason's code (empty: any, or none given)
    QString original; // duplicate: the scenario key of the original, when it is a copy of the same trainee
    QString originalTitle; // duplicate: the original's title as trainees see it ("[peserta02] ..." on another
                           // trainee's copy); empty for a complaint outside the scenario

    bool operator==(const Handling &) const = default;
    QJsonObject toJson() const;
    static Handling fromJson(const QJsonObject &json);
};

// How one trainee handled one complaint of the scenario (a line of the result sheet).
struct ComplaintResult
{
    QString key;
    QString title;
    QString expected; // "dispatch DISDUKCAPIL", "reject too_general", "duplicate c03"... (the API's words)
    QString actual; // the same words for what the trainee did; empty when nothing yet
    Handling expectedHandling; // the same, in parts
    Handling actualHandling;
    bool arrived = false;
    bool handled = false;
    bool decisionCorrect = false;
    std::optional<bool> opdCorrect; // only for a dispatch or a not-our-authority case that was handled
    std::optional<qint64> triageSeconds; // arrival to the first triage act, hub time
    bool deadlineMissed = false;
};

// A trainee's score, from hub timestamps only (docs/training.md, "Scoring").
struct TraineeScore
{
    QString trainee;
    QString name;
    int arrived = 0;
    int handled = 0;
    int correctDecisions = 0;
    int opdCases = 0; // handled complaints whose expected handling names an OPD or an agency
    int correctOpds = 0;
    std::optional<qint64> medianTriageSeconds;
    int deadlinesMissed = 0;
    QList<ComplaintResult> results;

    // Whole percentages, rounded half up; nothing while there is nothing to count.
    std::optional<int> decisionPercent() const;
    std::optional<int> opdPercent() const;

    QJsonObject toJson(bool withResults) const;
    static TraineeScore fromJson(const QJsonObject &json);
};

} // namespace rabeg
