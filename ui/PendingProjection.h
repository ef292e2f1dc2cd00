#pragma once

#include "domain/Lifecycle.h"
#include "store/SyncRepository.h"

#include <optional>

namespace rabeg {

// One of this workstation's commands on a complaint that the hub has not confirmed yet.
struct PendingStep
{
    enum class Status { Sending, Pending, Conflict, Refused, HeldBack };

    Command command;
    Status status = Status::Pending;
    QString errorMessage; // the hub's sentence for a conflict or a refusal
    QString serverState;  // the hub's state (JSON) sent with a conflict
    std::optional<Event> event; // what it does, when the state machine accepts it over the steps before it
    std::optional<Refusal> refusal; // why the state machine refuses it over the steps before it
};

// A complaint as this workstation shows it: the cached (hub-confirmed) state with its own unconfirmed commands
// applied through the shared state machine (decide, then apply), marked pending. A conflict or a refusal stops the
// projection there: the commands after it wait (held back) and change nothing, as the sync engine holds them.
struct ProjectedComplaint
{
    Complaint cached;
    Complaint shown;
    QList<PendingStep> steps;

    bool isPending() const;
    bool isStopped() const; // a conflict or a refusal waits for the operator's decision
};

ProjectedComplaint projectPending(const Complaint &cached, QList<PendingStep> steps, const DecisionContext &context);

PendingStep::Status pendingStatusFrom(const QString &outboxStatus);

} // namespace rabeg
