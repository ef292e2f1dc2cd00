#pragma once

#include "core/Result.h"
#include "training/TrainingScenario.h"

#include <QDateTime>

namespace rabeg {

class HubStore;

// A scenario's reference overrides (an OPD or agency added, or renamed, for this class: docs/training.md) as
// reference events of the class's log. The training hub decides and scores with them; a trainee's workstation
// knows only its built-in data and the reference events it syncs, so without these it offered no way to choose
// an added agency. Each override is published as "added" then "renamed" (a workstation ignores an addition of a
// code it has and renames only what it has, so the pair reaches the override from any built-in data). The command
// ids are the class's (TrainingIds.h): a restarted hub appends nothing again, a reset class publishes anew.
Status publishScenarioReference(HubStore &store, const TrainingScenario &scenario, const QString &classId,
                                const QDateTime &now);

} // namespace rabeg
