#pragma once

#include "core/Result.h"

#include <QDateTime>

namespace rabeg {

class SqlHubStore;

// What a training hub keeps in its store besides the log (SQLite training stores only): which scenario the store
// was made for, which run of the class it holds (the class number, part of every training id), and the wipe
// that starts the class again.
namespace trainingStore {

struct ClassInfo
{
    QString scenarioId; // empty on a store no scenario has claimed yet
    int classNumber = 1;
};

Result<ClassInfo> classInfo(SqlHubStore &store);
Status claim(SqlHubStore &store, const QString &scenarioId);
// Claims an unclaimed store for the scenario; a store claimed by another scenario (its class, or only its roster's
// accounts) is refused with a sentence that says what to do.
Status claimFor(SqlHubStore &store, const QString &scenarioId);
// The latest hub time in the log (a restarted class resumes there); invalid on an empty log.
Result<QDateTime> lastEventAt(SqlHubStore &store);
// Empties the log, the complaints, identities, remembered commands, counters and the schedule, and counts the
// class up; users and their sessions stay, so the trainer and the trainees stay logged in. The caller then begins
// a new epoch, so every workstation bootstraps the new class from nothing.
Result<int> wipeClass(SqlHubStore &store);

} // namespace trainingStore
} // namespace rabeg
