#pragma once

#include "HubClock.h"
#include "core/Result.h"
#include "refdata/ReferenceData.h"
#include "training/TraineeScore.h"
#include "training/TrainingScenario.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace rabeg {

class SqlHubStore;
struct Complaint;

// A training class on a hub (docs/training.md): it injects the scenario's complaints at their offsets (one copy
// per trainee, assigned to them), plays the scripted OPDs, runs the deadline scheduler, and scores the class.
// Everything it appends goes through the store's command path with deterministic command ids (TrainingIds), so a
// restarted hub or a repeated tick never does anything twice. Hub time is the trainer's: paused, x1..x600, or
// jumped; a jump is walked through every arrival, scripted act and scheduled check on the way, each happening at
// its own hub time.
class TrainingHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingHub)

public:
    TrainingHub(SqlHubStore &store, const ReferenceData &reference, HubClock clock, TrainingScenario scenario,
                QObject *parent = nullptr);

    // Claims the store for the scenario (a store made for another scenario is refused), sets the paused clock where
    // the class stopped (or at the scenario's start) and catches up.
    Status start();

    const TrainingScenario &scenario() const { return m_scenario; }
    HubClock &clock() { return m_clock; }
    int classNumber() const { return m_classNumber; }

    Status setSpeed(double speed); // 0 pauses; 1..600
    Status jumpTo(const QDateTime &target); // forward only
    Status reset(); // the class starts again: empty log, new epoch, clock at the start
    Status tick(); // does what is due at hub time now

    Result<QList<TraineeScore>> scores();
    int arrivedCount() const; // scenario complaints that have arrived (whatever the class size)
    std::optional<QDateTime> nextArrival() const;

signals:
    void logGrew(qint64 head);

private:
    QString classId() const;
    QDateTime arrivalAt(const ScenarioComplaint &complaint) const;
    Status inject(const ScenarioComplaint &complaint, const TraineeEntry &trainee);
    Status playOpds(const QDateTime &now);
    Result<std::optional<QDateTime>> botDue(const QUuid &id, const ScenarioComplaint &complaint, const Complaint &state,
                                            OpdBehaviour *behaviour);
    Status act(const Complaint &state, const OpdBehaviour &behaviour);
    Result<std::optional<QDateTime>> nextDue(const QDateTime &after, const QDateTime &until);
    Status append(const QUuid &commandId, CommandType type, const QUuid &complaint, qint64 baseVersion,
                  const QJsonObject &payload, const Actor &actor, bool decided);
    void announce();

    SqlHubStore &m_store;
    const ReferenceData &m_reference;
    HubClock m_clock;
    TrainingScenario m_scenario;
    int m_classNumber = 1;
    QSet<QUuid> m_injected; // copies known to be in the log
    QHash<QUuid, const ScenarioComplaint *> m_keyOf;
    QTimer m_timer; // ticks while the clock runs
    qint64 m_announced = 0;
};

} // namespace rabeg
