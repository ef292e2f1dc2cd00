#pragma once

#include "IdentityKey.h"
#include "HubStore.h"

#include <QStringList>

namespace rabeg {

class SqlHubStore;

// rabeg-hub key generate --out FILE: a new identity key in a new file (0600), kept outside the store.
int keyCommand(const QStringList &args);

// The identity key `serve` runs with: the file given (--identity-key), checked against the store; without one, a
// demo or training SQLite store takes (or makes) the key file beside it, while a production store is refused.
Result<IdentityKey> serveIdentityKey(SqlHubStore &store, const QString &spec, const QString &keyFile);

} // namespace rabeg
