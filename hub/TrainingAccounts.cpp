#include "TrainingAccounts.h"

#include "SqlHubStore.h"
#include "TrainingStore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Twelve characters without look-alikes (0/O, 1/l/I), easy to read aloud in a classroom.
QString generatedPassword()
{
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString out;
    for (int i = 0; i < 12; ++i)
        out.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return out;
}

} // namespace

Result<QList<NewAccount>> ensureTrainingAccounts(SqlHubStore &store, const TrainingScenario &roster,
                                                 const PasswordCost &cost)
{
    if (!roster.id.isEmpty()) {
        if (Status status = trainingStore::claimFor(store, roster.id))
            return *status;
    }
    QList<NewAccount> made;
    QList<std::pair<TraineeEntry, Role>> people;
    for (const TraineeEntry &t : roster.trainers)
        people.append({t, Role::Trainer});
    for (const TraineeEntry &t : roster.trainees)
        people.append({t, Role::Operator});
    for (const auto &[person, role] : std::as_const(people)) {
        const auto existing = store.user(person.username);
        if (!existing.ok())
            return existing.error();
        if (existing.value()) {
            if (existing.value()->role != role)
                return Error {u"account_role"_s,
                              u"The account \"%1\" exists with the role %2, but the roster makes it %3."_s.arg(
                                  person.username, toCode(existing.value()->role), toCode(role))};
            continue;
        }
        NewAccount account {person.username, role, person.password, person.password.isEmpty()};
        if (account.generated)
            account.password = generatedPassword();
        const UserRecord user {
            0, person.username, person.name, role, QString(), true, hashPassword(account.password.toUtf8(), cost), 1};
        const auto added = store.addUser(user);
        if (!added.ok())
            return added.error();
        made.append(account);
    }
    return made;
}

QString accountLines(const QList<NewAccount> &accounts)
{
    QString out;
    for (const NewAccount &a : accounts)
        out += u"%1\t%2\t%3\n"_s.arg(a.username, toCode(a.role), a.generated ? a.password : u"(from the roster)"_s);
    return out;
}

} // namespace rabeg
