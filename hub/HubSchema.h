#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace rabeg {

// The hub store's tables, for SQLite and PostgreSQL. Versioned: hub_meta.schema_version, each later version a
// cumulative step applied in one transaction.
struct HubDialect
{
    bool postgres = false;
};

inline constexpr int kHubSchemaVersion = 5;

// Creates the tables of a new store together with its identity (store id, kind code, epoch 1), in one
// transaction: another hub process never sees the tables without the identity.
Status createHubSchema(QSqlDatabase &db, const HubDialect &dialect, const QString &storeId, const QString &kind);
Result<int> hubSchemaVersion(QSqlDatabase &db);
// Brings a store made by an older rabeg-hub up to kHubSchemaVersion, in one transaction. Two processes starting
// on one PostgreSQL store at once: the second finds the work done (the version is read again inside it).
Status upgradeHubSchema(QSqlDatabase &db, const HubDialect &dialect);

} // namespace rabeg
