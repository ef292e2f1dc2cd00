#include "DueTables.h"

using namespace Qt::StringLiterals;

namespace rabeg {

QStringList dueTablesSchemaStep()
{
    return {
        u"CREATE TABLE complaint_due (id TEXT PRIMARY KEY, next_due_at INTEGER NOT NULL, received_at TEXT NOT NULL,"
        u" state TEXT NOT NULL, opd TEXT NOT NULL) WITHOUT ROWID"_s,
        u"INSERT INTO complaint_due(id, next_due_at, received_at, state, opd) SELECT id, next_due_at, received_at,"
        u" state, opd FROM complaints WHERE next_due_at IS NOT NULL ORDER BY id"_s,
        u"CREATE INDEX complaint_due_list ON complaint_due(next_due_at, received_at, id)"_s,
        u"CREATE INDEX complaint_due_state ON complaint_due(state, next_due_at)"_s,
        u"CREATE INDEX complaint_due_opd ON complaint_due(next_due_at, opd)"_s,
        // The copies follow their complaint (a sync writes every column of the row: only a change is copied).
        u"CREATE TRIGGER complaint_due_follow AFTER UPDATE OF received_at, state, opd ON complaints"
        u" WHEN new.received_at IS NOT old.received_at OR new.state IS NOT old.state OR new.opd IS NOT old.opd"
        u" BEGIN UPDATE complaint_due SET received_at = new.received_at, state = new.state, opd = new.opd"
        u" WHERE id = new.id; END"_s,
        u"CREATE TRIGGER complaint_due_delete AFTER DELETE ON complaints BEGIN"
        u" DELETE FROM complaint_due WHERE id = old.id; END"_s,
        u"DROP INDEX complaints_next_due"_s,
        u"DROP INDEX complaints_state_due"_s,
        u"DROP INDEX dashboard_overdue"_s,
        u"CREATE TABLE running_cycles (complaint_id TEXT NOT NULL, clock TEXT NOT NULL, cycle INTEGER NOT NULL,"
        u" started_at INTEGER NOT NULL, start_day INTEGER NOT NULL, unit TEXT NOT NULL, duration INTEGER NOT NULL,"
        u" opd TEXT, pauses TEXT, due_at INTEGER NOT NULL, warn_at INTEGER, PRIMARY KEY (complaint_id, clock))"
        u" WITHOUT ROWID"_s,
        u"INSERT INTO running_cycles SELECT complaint_id, clock, cycle, started_at, start_day, unit, duration, opd,"
        u" pauses, due_at, warn_at FROM clock_cycles WHERE due_at IS NOT NULL AND stopped = 0"
        u" ORDER BY complaint_id, clock"_s,
        u"CREATE INDEX running_cycles_warning ON running_cycles(warn_at) WHERE warn_at IS NOT NULL"_s,
        u"DROP INDEX clock_cycles_running"_s,
        u"DROP INDEX clock_cycles_warning"_s,
    };
}

} // namespace rabeg
