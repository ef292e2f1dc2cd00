#pragma once

#include "Auth.h"
#include "HubStore.h"
#include "training/TrainingScenario.h"

namespace rabeg {

struct NewAccount
{
    QString username;
    Role role = Role::Operator;
    QString password; // as given out: the roster's, or generated
    bool generated = false;
};

// The accounts of a class in one step: each trainer (role trainer) and trainee (role operator) of the roster that
// the store does not have yet, with the roster's password or a generated one for the trainer to hand out. Accounts
// that exist are left as they are (a restarted class keeps its passwords).
Result<QList<NewAccount>> ensureTrainingAccounts(HubStore &store, const TrainingScenario &roster,
                                                 const PasswordCost &cost);

// One line per new account, for the trainer's printout ("peserta1 operator Xy7...").
QString accountLines(const QList<NewAccount> &accounts);

} // namespace rabeg
