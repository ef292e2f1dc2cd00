#include "WarningInstants.h"

#include "LocalCache.h"
#include "NextDueRecompute.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Left by the schema step, cleared by the fill's own transaction: an open stopped between the two fills them at the
// next one.
const QString kUnfilled = u"warning_instants_unfilled"_s;

} // namespace

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
        u"INSERT OR REPLACE INTO meta(key, value) VALUES ('"_s + kUnfilled + u"', '1')"_s,
    };
}

Status fillWarningInstants(LocalCache &cache)
{
    return refreshRunningCycleDuesOnce(cache, kUnfilled);
}

} // namespace rabeg
