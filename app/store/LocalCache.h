#pragma once

#include "OpenProgress.h"
#include "SqliteConnection.h"
#include "core/Result.h"
#include "deadline/DeadlinePolicy.h"

#include <memory>

namespace rabeg {

// The workstation's SQLite file: complaint states and their histories as the user may see them. It never
// holds reporter identity. Schema versions are applied cumulatively in one transaction (createSchema for a
// new file, migrate(from) for an older one), recorded in the meta table.
// Each complaint's next due time (NextDue.h) is derived under a deadline policy and stored with it; opening the
// cache under a policy whose fingerprint differs from the one it was derived under derives all of them again.
class LocalCache
{
public:
    static constexpr int kSchemaVersion = 19;

    // The policy next due times are derived under; the shipped one unless set before open(). Its calendar counts
    // its axes from the cache's origins (axisOrigins), whatever the policy set had.
    void setDeadlinePolicy(std::shared_ptr<const DeadlinePolicy> policy);
    const DeadlinePolicy &deadlinePolicy() const;

    // Where the working-time axes of the stored due points count from (WorkingCalendar::setAxisOrigins; meta
    // `axis_origins`, AxisOrigins.h). Setting them replaces the policy object deadlinePolicy() returns: a reference
    // to it taken before does not see them. setAxisOrigins writes them, in the caller's transaction;
    // useAxisOrigins only puts them in force (after a rollback, those the file holds again).
    const QHash<QString, qint64> &axisOrigins() const { return m_origins; }
    Status setAxisOrigins(const QHash<QString, qint64> &origins);
    void useAxisOrigins(const QHash<QString, qint64> &origins);

    // Told what open() does while it migrates or derives (OpenProgress.h); called on open()'s thread.
    void setProgressSink(OpenProgressSink sink) { m_progress = std::move(sink); }
    const OpenProgressSink &progressSink() const { return m_progress; }
    void tellProgress(const OpenProgress &progress) const
    {
        if (m_progress)
            m_progress(progress);
    }

    Status open(const QString &path, const QString &connectionName);
    void close() { m_connection.close(); }
    QSqlDatabase database() const { return m_connection.database(); }
    SqliteConnection &connection() { return m_connection; }

    int schemaVersion() const;
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);
    Status removeMeta(const QString &key);

private:
    Status createSchema(); // version 1, as the first release made it
    Status migrate(int fromVersion); // cumulative steps up to kSchemaVersion, in one transaction
    Status deriveUnderPolicy(); // next due times again when the policy changed (or was never applied)

    SqliteConnection m_connection;
    mutable std::shared_ptr<const DeadlinePolicy> m_policy; // the shipped one once first asked for
    QHash<QString, qint64> m_origins;
    OpenProgressSink m_progress;
};

} // namespace rabeg
