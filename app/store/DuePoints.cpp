#include "DuePoints.h"

#include "NextDueRecompute.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kUnfilled = u"due_points_unfilled"_s;

} // namespace

QStringList duePointsSchemaStep()
{
    return {
        u"DROP TABLE running_cycles"_s,
        u"DROP TABLE complaint_due"_s, // schema 12's triggers on complaints name it, and find the new one
        u"CREATE TABLE running_cycles (complaint_id TEXT NOT NULL, clock TEXT NOT NULL, cycle INTEGER NOT NULL,"
        u" started_at INTEGER NOT NULL, start_day INTEGER NOT NULL, unit TEXT NOT NULL, duration INTEGER NOT NULL,"
        u" opd TEXT, pauses TEXT, pause_first_day INTEGER, pause_last_day INTEGER, axis TEXT, due INTEGER NOT NULL,"
        u" warn INTEGER, PRIMARY KEY (complaint_id, clock)) WITHOUT ROWID"_s,
        u"CREATE INDEX running_cycles_warning ON running_cycles(axis, warn) WHERE warn IS NOT NULL"_s,
        u"CREATE INDEX running_cycles_start ON running_cycles(start_day) WHERE axis IS NOT NULL"_s,
        u"CREATE INDEX running_cycles_paused ON running_cycles(pause_last_day, pause_first_day)"
        u" WHERE axis IS NOT NULL AND pause_last_day IS NOT NULL"_s,
        u"CREATE TABLE complaint_due (id TEXT PRIMARY KEY, due_at INTEGER, wd_axis TEXT, wd_due INTEGER,"
        u" mixed INTEGER NOT NULL DEFAULT 0, received_at TEXT NOT NULL, state TEXT NOT NULL, opd TEXT NOT NULL)"
        u" WITHOUT ROWID"_s,
        u"CREATE INDEX complaint_due_list ON complaint_due(due_at, received_at, id) WHERE due_at IS NOT NULL"_s,
        u"CREATE INDEX complaint_due_list_wd ON complaint_due(wd_axis, wd_due, received_at, id)"
        u" WHERE wd_due IS NOT NULL"_s,
        u"CREATE INDEX complaint_due_state ON complaint_due(state, due_at) WHERE due_at IS NOT NULL"_s,
        u"CREATE INDEX complaint_due_state_wd ON complaint_due(state, wd_axis, wd_due) WHERE wd_due IS NOT NULL"_s,
        u"CREATE INDEX complaint_due_opd ON complaint_due(due_at, opd) WHERE due_at IS NOT NULL"_s,
        u"CREATE INDEX complaint_due_opd_wd ON complaint_due(wd_axis, wd_due, opd, due_at) WHERE wd_due IS NOT NULL"_s,
        u"CREATE INDEX complaint_due_mixed ON complaint_due(id) WHERE mixed = 1"_s,
        u"INSERT OR REPLACE INTO meta(key, value) VALUES ('"_s + kUnfilled + u"', '1')"_s,
    };
}

QStringList dueListIndexesGoneSchemaStep()
{
    return {u"DROP INDEX complaint_due_list"_s, u"DROP INDEX complaint_due_list_wd"_s};
}

Status fillDuePoints(LocalCache &cache)
{
    return refreshRunningCycleDuesOnce(cache, kUnfilled);
}

} // namespace rabeg
