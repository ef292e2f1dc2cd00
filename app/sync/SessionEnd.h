#pragma once

#include "core/Result.h"

#include <QUrl>

namespace rabeg {

// Logging out: asks the hub to end the session of `token` (DELETE /api/v1/session), trusting `caFile`'s authority
// when given. Blocks the calling thread (a local event loop) for at most `timeoutMs`. A token the hub no longer
// knows counts as ended. An Error when the hub cannot be reached: the session then ends at the hub by itself when
// it expires, or when an admin revokes it.
Status endHubSession(const QUrl &hub, const QString &caFile, const QByteArray &token, int timeoutMs = 5000);

} // namespace rabeg
