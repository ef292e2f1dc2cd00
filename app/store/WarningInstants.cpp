#include "WarningInstants.h"

#include "LocalCache.h"
#include "NextDueRecompute.h"
#include "OpenProgress.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rabeg {

qint64 warningInstantMs(qint64 startMs, qint64 dueMs, int percent)
{
    const qint64 total = dueMs - startMs;
    return startMs + (total * percent + 99) / 100;
}

QStringList warningInstantsSchemaStep()
{
    return {
        u"ALTER TABLE clock_cycles ADD COLUMN warn_at INTEGER"_s,
        u"CREATE INDEX clock_cycles_warning ON clock_cycles(warn_at) WHERE warn_at IS NOT NULL"_s,
        // Cleared by the fill's own transaction: an open stopped before that commits fills them at the next one.
        u"INSERT OR REPLACE INTO meta(key, value) VALUES ('warning_instants_unfilled', '1')"_s,
    };
}

Status fillWarningInstants(LocalCache &cache)
{
    if (cache.meta(u"warning_instants_unfilled"_s).isEmpty())
        return std::nullopt;
    if (cache.progressSink())
        cache.progressSink()({OpenProgress::Step::FillingWarnings});
    QSqlDatabase db = cache.database();
    if (!db.transaction())
        return sqlError(u"cannot begin filling the warning instants"_s, db.lastError());
    Status status = refreshRunningCycleDues(cache);
    if (!status)
        status = cache.connection().exec({u"DELETE FROM meta WHERE key = 'warning_instants_unfilled'"_s});
    if (status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return sqlError(u"cannot commit the warning instants"_s, db.lastError());
    return std::nullopt;
}

} // namespace rabeg
