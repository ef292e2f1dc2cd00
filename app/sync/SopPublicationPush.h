#pragma once

#include "HubClient.h"
#include "core/Result.h"
#include "store/LocalCache.h"

#include <functional>

namespace rabeg {

// Sends the SOP publications waiting in the outbox (SopOutbox) to POST /api/v1/sop/templates, oldest first, as
// part of each push: a 200 keeps the hub's event in the cache and drops the entry; a refusal keeps the entry with
// the hub's sentence; offline keeps everything queued. `relogin` is asked once on a 401. `settled` is set when an
// entry was confirmed or refused (the cache changed for the screens).
Status pushSopPublications(HubClient &client, LocalCache &cache, const std::function<Status()> &relogin, bool &settled);

} // namespace rabeg
