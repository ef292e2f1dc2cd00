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
    static constexpr int kSchemaVersion = 2;

    Status open(const QString &path, const QString &connectionName);
    void close() { m_connection.close(); }
    QSqlDatabase database() const { return m_connection.database(); }
    SqliteConnection &connection() { return m_connection; }

    int schemaVersion() const;
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

private:
    Status createSchema(); // version 1, as the first release made it
    Status migrate(int fromVersion); // cumulative steps up to kSchemaVersion, in one transaction

    SqliteConnection m_connection;
};

} // namespace rabeg
