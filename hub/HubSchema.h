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

inline constexpr int kHubSchemaVersion = 1;

Status createHubSchema(QSqlDatabase &db, const HubDialect &dialect);
Result<int> hubSchemaVersion(QSqlDatabase &db);

} // namespace rabeg
