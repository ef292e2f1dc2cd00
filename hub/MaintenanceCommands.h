#pragma once

#include <QStringList>

namespace rabeg {

// rabeg-hub backup --store sqlite:PATH --out FILE: a consistent copy of a running SQLite store.
int backupCommand(const QStringList &args);
// rabeg-hub restore --from FILE --store sqlite:PATH: checks the backup's hash chain, copies it to a new store
// file and gives it a new epoch, so workstations bootstrap again and re-send what they had not seen confirmed.
int restoreCommand(const QStringList &args);
// rabeg-hub epoch bump --store SPEC: the same new epoch, for a PostgreSQL store restored with pg_restore.
int epochCommand(const QStringList &args);

} // namespace rabeg
