#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Command.h"

namespace rabeg {

// What an operator decides about a command the hub answered with a conflict or a refusal.
//
// Both decisions take the command out of the outbox together with the later commands on the same complaint (held
// back behind it), in one transaction, and hand them back: the caller queues again what should still be sent,
// through the sync engine, in the same order. Going through the engine's own queue keeps the per-complaint order
// and wakes the engine at once; a command the hub has answered is never sent again under its old id (the hub
// keeps that answer for 180 days), so a retry is a new command.
class OutboxActions
{
public:
    explicit OutboxActions(LocalCache &cache) : m_cache(cache) {}

    // The command `commandId` and those after it on its complaint, removed from the outbox, oldest first.
    // Fails (and removes nothing) when the command is no longer there or is still waiting to be sent.
    Result<QList<Command>> takeStopped(const QString &commandId);
    // After a refused intake is discarded: its provisional row (version 0, IntakeQueue), which the hub never
    // confirmed, is deleted, so no complaint that exists nowhere else stays in the inbox. A row the hub sent
    // (version 1 or more) stays.
    Status dropUnconfirmedIntake(const QUuid &complaintId);

private:
    LocalCache &m_cache;
};

} // namespace rabeg
