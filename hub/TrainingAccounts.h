#pragma once

#include "Auth.h"
#include "core/Result.h"
#include "training/TrainingScenario.h"

namespace rabeg {

class SqlHubStore;

struct NewAccount
{
    QString username;
    Role role = Role::Operator;
    QString password; // as given out: the roster's, or generated
    bool generated = false;
};

// The accounts of a class in one step: each trainer (role trainer) and trainee (role operator) of the roster that
// the store does not have yet, with the roster's password or a generated one for the trainer to hand out. Accounts
// that exist are left as they are (a restarted class keeps its passwords). A roster taken from a scenario file
// (with its id) claims the store for that scenario first, so a class of another scenario is refused before any
// account is made; a roster file alone names no scenario and claims nothing.
Result<QList<NewAccount>> ensureTrainingAccounts(SqlHubStore &store, const TrainingScenario &roster,
                                                 const PasswordCost &cost);

// One line per new account, for the trainer's printout ("peserta1 operator Xy7...").
QString accountLines(const QList<NewAccount> &accounts);

} // namespace rabeg
