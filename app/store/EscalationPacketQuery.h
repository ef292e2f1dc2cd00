#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "deadline/EscalationPacket.h"

namespace rabeg {

// The escalation packet (EscalationPacket.h) of one cached complaint, named by its tracking number
// ("SRG-2026-000123"), its LAPOR! reference or its id, under the cache's deadline policy at hub time `asOf`.
// A complaint the cache does not hold is an error whose message says so.
Result<EscalationPacket> escalationPacketOf(LocalCache &cache, const QString &trackingOrId, const QDateTime &asOf);

} // namespace rabeg
