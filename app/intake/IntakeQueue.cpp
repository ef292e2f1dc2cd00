#include "IntakeQueue.h"

#include "domain/Projection.h"
#include "store/ComplaintRepository.h"
#include "store/SyncRepository.h"

using namespace Qt::StringLiterals;

namespace rabeg {

Result<Complaint> IntakeQueue::provisional(const Command &intake, const DecisionContext &context)
{
    if (intake.type != CommandType::Intake)
        return Error {u"not_intake"_s, u"Only an intake makes a provisional complaint."_s};
    if (intake.payload.contains(u"identity"_s))
        return Error {u"identity_in_outbox"_s, u"The reporter's identity must never be queued in the cache."_s};
    const auto drafts = decide(std::nullopt, intake, context);
    if (!drafts.ok())
        return Error {drafts.error().code, drafts.error().message};
    Complaint complaint;
    complaint.id = intake.complaintId;
    for (const EventDraft &draft : drafts.value()) {
        Event event;
        event.type = draft.type;
        event.payload = draft.payload;
        event.complaintId = intake.complaintId;
        event.version = 1;
        event.at = context.now;
        event.actor = context.actor;
        event.commandId = intake.commandId;
        complaint = apply(complaint, event);
    }
    // Version 0: any state from the hub is newer and replaces it; the pending intake projects over it.
    complaint.version = 0;
    complaint.trackingId.clear();
    return complaint;
}

Status IntakeQueue::queue(const Command &intake, const DecisionContext &context, const QDateTime &now)
{
    const auto complaint = provisional(intake, context);
    if (!complaint.ok())
        return complaint.error();
    ComplaintRepository complaints(m_cache);
    if (Status status = complaints.begin())
        return status;
    Status status = complaints.put(complaint.value(), {});
    if (!status)
        status = SyncRepository(m_cache).enqueue(intake, now);
    if (status) {
        m_cache.database().rollback();
        return status;
    }
    return complaints.commit();
}

} // namespace rabeg
