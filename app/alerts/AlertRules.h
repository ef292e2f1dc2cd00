#pragma once

#include "Alert.h"
#include "domain/Actor.h"
#include "store/AlertQuery.h"
#include "store/SyncRepository.h"

#include <optional>

namespace rabeg {

// Who the alerts are for: the person at this workstation, as the cache's scope says (user, role, OPD).
struct AlertRecipient
{
    QString user;
    Role role = Role::Operator;
    QString opd; // a liaison's OPD

    friend bool operator==(const AlertRecipient &, const AlertRecipient &) = default;
};

// The alert rules (docs/alerts.md, "What raises an alert"), computed on the workstation from what the sync
// applied. Pure: each takes what the cache holds and says whether it is an alert for `recipient`.
namespace AlertRules {

// The event types whose arrival may alert `recipient`.
QStringList eventTypes(const AlertRecipient &recipient);
// A new complaint in an operator's inbox, a dispatch to a liaison's OPD, a complaint someone else assigned to me.
std::optional<Alert> forEvent(const AlertEventRow &event, const AlertRecipient &recipient);

// The clocks whose warnings a role answers for: the command center's triage, the OPD's first response and
// follow-up. Any clock of a complaint assigned to the recipient counts as well (watches).
QStringList warningClocks(const AlertRecipient &recipient);
// Whether a cycle's warning is the recipient's: the triage of a complaint still received for an operator, the
// first response and follow-up of their OPD's complaints for a liaison, any clock of a complaint assigned to them.
bool watches(const RunningCycleRow &cycle, const AlertRecipient &recipient);
// A cycle whose warning instant (cycle.warningAt: the first at which the share of its span that has passed
// reaches its clock's threshold, computeDeadlines' rule, stored by the cache) lies in (previous, now] and that is
// not yet due at `now`: it crossed into warning between the two evaluations. Its key is the complaint, clock and
// cycle, so that it fires once. Its detail is the clock's id.
std::optional<Alert> forCycle(const RunningCycleRow &cycle, const QDateTime &previous, const QDateTime &now);

// A command of this workstation the hub stopped with a conflict.
std::optional<Alert> forOutbox(const OutboxEntry &entry, const std::pair<QString, QString> &label,
                               const QDateTime &now);

} // namespace AlertRules

} // namespace rabeg
