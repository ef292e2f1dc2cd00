#pragma once

#include "SqliteConnection.h"
#include "core/Result.h"

namespace rabeg {

// The workstation's SQLite file: complaint states and their histories as the user may see them. It never
// holds reporter identity. Schema versions are applied cumulatively in one transaction (createSchema for a
// new file, migrate(from) for an older one), recorded in the meta table.
class LocalCache
{
public:
    static constexpr int kSchemaVersion = 1;

    Status open(const QString &path, const QString &connectionName);
    void close() { m_connection.close(); }
    QSqlDatabase database() const { return m_connection.database(); }
    SqliteConnection &connection() { return m_connection; }

    int schemaVersion() const;
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

private:
    Status createSchema();
    Status migrate(int fromVersion);

    SqliteConnection m_connection;
};

} // namespace rabeg
