#pragma once

#include "IntakeDraft.h"
#include "domain/Lifecycle.h"
#include "store/LocalCache.h"

namespace rabeg {

// Queues an intake made on this workstation so that it works offline (issue 7): in ONE transaction of the cache,
// the intake command goes into the outbox and the complaint it makes is written as a provisional row (version 0,
// no tracking id yet), so the inbox lists it at once, marked pending, and the duplicate search finds it. The hub's
// confirmation (version 1, with the tracking id) replaces the row. The identity is not part of either: the caller
// holds it (HeldIdentities) until the sync engine sends it.
class IntakeQueue
{
public:
    explicit IntakeQueue(LocalCache &cache) : m_cache(cache) { }

    // Refused (nothing written) when the shared state machine refuses the intake for this actor and time.
    Status queue(const Command &intake, const DecisionContext &context, const QDateTime &now);

    // The complaint as the provisional row shows it: the received event of the lifecycle over nothing.
    static Result<Complaint> provisional(const Command &intake, const DecisionContext &context);

private:
    LocalCache &m_cache;
};

} // namespace rabeg
