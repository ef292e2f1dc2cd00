#pragma once

#include "core/Result.h"

#include <QSslConfiguration>

namespace rabeg {

// The TLS settings of a workstation that trusts only its city's certificate authority (or the hub's own
// certificate) instead of every authority the system knows: a certificate from any other authority is refused,
// even a valid public one. The file holds one or more PEM certificates.
Result<QSslConfiguration> pinnedTlsConfiguration(const QString &caFile);

} // namespace rabeg
