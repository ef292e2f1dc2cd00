#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rabeg {

// A training scenario (docs/training.md): who is in the class, what arrives when, what a trained operator does
// with each complaint, and how the OPDs that nobody plays behave. Loaded and validated by ScenarioLoader.

enum class ExpectedDecision { Dispatch, Reject, NotOurAuthority, Duplicate, Defer };
QString toCode(ExpectedDecision decision);
std::optional<ExpectedDecision> expectedDecisionFrom(QStringView code);

// What a scripted OPD does once a complaint is dispatched to it. Silent never answers: the follow-up clock runs out
// and the hub's scheduler escalates the complaint to the Ombudsman, as it would in production.
struct OpdBehaviour
{
    enum class Action { Acknowledge, Return, Silent };
    Action action = Action::Acknowledge;
    int afterMinutes = 0; // hub time after the dispatch
    QString returnReason; // Return: a code of the return reason list
    // Acknowledge only: the OPD's answer this long after the acknowledgement (none when unset), so that only the
    // OPDs a scenario leaves silent run into the Ombudsman escalation.
    std::optional<int> respondAfterMinutes;
    QString response;
    QString note;
    QString opd; // on a complaint: only when it is dispatched to this OPD (empty: whichever OPD)
};
QString toCode(OpdBehaviour::Action action);

// A person of the class roster: a trainee (role operator) or a trainer.
struct TraineeEntry
{
    QString username;
    QString name;
    QString password; // optional: a classroom password given out with the scenario; generated when empty
};

struct ScenarioOpd
{
    QString code;
    bool playedByTrainer = false; // false: a scripted bot acts for it
    OpdBehaviour behaviour; // the bot's default for complaints dispatched to this OPD
};

struct ReferenceOverride
{
    QString code;
    QString name;
    bool agency = false; // an external agency rather than an OPD
};

struct ExpectedHandling
{
    ExpectedDecision decision = ExpectedDecision::Dispatch;
    QString reason; // reject or defer: a code of that reason list (empty: any reason is right)
    QString opd; // dispatch
    QString agency; // not our authority
    QString duplicateOf; // duplicate: the key of the original complaint in this scenario
    int withinMinutes = 0; // the time allowed from arrival to the decision
};

struct ScenarioComplaint
{
    QString key; // unique in the scenario; the complaint's id is derived from it (TrainingIds)
    int arrivesAfterMinutes = 0;
    Channel channel = Channel::Lapor;
    QString title;
    QString body;
    QString category;
    QString service;
    QString kecamatan;
    QString kelurahan;
    QString address;
    bool anonim = false;
    ExpectedHandling expected;
    std::optional<OpdBehaviour> opdBehaviour; // overrides the OPD's default for this complaint
};

struct TrainingScenario
{
    QString id;
    QString title;
    QString description;
    QDateTime start; // hub time when the class begins (UTC)
    QList<TraineeEntry> trainers; // role trainer: they run the class and play the OPDs no bot plays
    QList<TraineeEntry> trainees;
    QList<ScenarioOpd> opds;
    QList<ReferenceOverride> reference;
    QList<ScenarioComplaint> complaints; // in arrival order

    const ScenarioComplaint *complaint(const QString &key) const;
    const ScenarioOpd *opd(const QString &code) const;
    // What a bot does with this complaint once dispatched to `opd`; nothing when the trainer plays that OPD or the
    // scenario says nothing about it.
    std::optional<OpdBehaviour> behaviourFor(const ScenarioComplaint &complaint, const QString &opd) const;
    // The last arrival, in minutes after the start.
    int lastArrivalMinutes() const;
};

} // namespace rabeg
