#include "PendingProjection.h"

#include "domain/Projection.h"

using namespace Qt::StringLiterals;

namespace rabeg {

bool ProjectedComplaint::isPending() const
{
    return std::any_of(steps.begin(), steps.end(), [](const PendingStep &s) {
        return s.status == PendingStep::Status::Pending || s.status == PendingStep::Status::Sending;
    });
}

bool ProjectedComplaint::isStopped() const
{
    return std::any_of(steps.begin(), steps.end(), [](const PendingStep &s) {
        return s.status == PendingStep::Status::Conflict || s.status == PendingStep::Status::Refused;
    });
}

PendingStep::Status pendingStatusFrom(const QString &outboxStatus)
{
    if (outboxStatus == u"conflict"_s)
        return PendingStep::Status::Conflict;
    if (outboxStatus == u"refused"_s)
        return PendingStep::Status::Refused;
    return PendingStep::Status::Pending;
}

ProjectedComplaint projectPending(const Complaint &cached, QList<PendingStep> steps, const DecisionContext &context)
{
    ProjectedComplaint out;
    out.cached = cached;
    out.shown = cached;
    bool stopped = false;
    for (PendingStep &step : steps) {
        if (step.status == PendingStep::Status::Conflict || step.status == PendingStep::Status::Refused) {
            stopped = true;
            continue;
        }
        if (stopped) {
            step.status = PendingStep::Status::HeldBack;
            continue;
        }
        // An intake made here projects over its own provisional row (version 0, IntakeQueue), not over a complaint.
        const bool ownIntake = step.command.type == CommandType::Intake && out.shown.version == 0;
        const auto drafts = decide(ownIntake ? std::optional<Complaint>() : std::optional<Complaint>(out.shown),
                                   step.command, context);
        if (!drafts.ok()) {
            step.refusal = drafts.error();
            continue;
        }
        for (const EventDraft &draft : drafts.value()) {
            Event event;
            event.type = draft.type;
            event.payload = draft.payload;
            event.complaintId = cached.id;
            event.version = out.shown.version + 1;
            event.at = context.now;
            event.actor = context.actor;
            event.commandId = step.command.commandId;
            out.shown = apply(out.shown, event);
            step.event = event;
        }
    }
    out.steps = std::move(steps);
    return out;
}

} // namespace rabeg
