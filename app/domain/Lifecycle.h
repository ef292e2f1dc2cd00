#pragma once

#include "Actor.h"
#include "Command.h"
#include "Complaint.h"
#include "Event.h"
#include "ReferenceLookup.h"
#include "Refusal.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace rabeg {

struct DecisionContext
{
    Actor actor;
    QDateTime now;                              // hub time (virtual on training and demo stores)
    QString newTrackingId;                      // the number the hub gives a new complaint at intake
    const ReferenceLookup *reference = nullptr; // when null, references are not checked
    // The complaint's events so far, for the commands that judge its SOP checklist (needsHistory): the respond
    // gate and the ticks. The hub always gives it; without it (an optimistic preview) they are not judged.
    const QList<Event> *history = nullptr;
};

// The lifecycle of DESIGN.md as one pure function, shared by hub (to decide) and client (to show pending
// commands optimistically). Checks run in the order of DESIGN.md: role, scope, state, payload.
// The payload's JSON types have been checked by the strict codec; this checks what the values mean.
Result<QList<EventDraft>, Refusal> decide(const std::optional<Complaint> &current, const Command &command,
                                          const DecisionContext &context);

// Whether decide() needs DecisionContext::history for this command to judge the SOP checklist.
bool needsHistory(CommandType type);

// State-changing events can conflict (409); notes, SOP ticks, assignment and escalation never do.
bool isStateChanging(EventType type);

// The permission table, exposed for the UI (which actions to offer) and documentation.
bool roleMayIssue(Role role, CommandType type);
QList<ComplaintState> statesAllowing(CommandType type);

} // namespace rabeg
