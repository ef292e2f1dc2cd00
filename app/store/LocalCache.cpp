#include "LocalCache.h"

#include "AxisOrigins.h"
#include "AxisShift.h"
#include "ComplaintRepository.h"
#include "DashboardSchema.h"
#include "DerivedFacts.h"
#include "BootstrapIndex.h"
#include "DueTables.h"
#include "DuePoints.h"
#include "ListKeySchema.h"
#include "ReportFacts.h"
#include "ReportStalls.h"
#include "ReportStallsWriter.h"
#include "PublishedPolicy.h"
#include "SopProgress.h"
#include "WarningInstants.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// The list-order key of a complaint (schema 4), an SQL expression over its received_at and id columns as named:
// the received time in UTC milliseconds times 16 plus the id's first hex digit, so that keys sort as the inbox
// sorts (received_at, then mostly id). The full-text index is keyed by it (content_rowid), so a search newest first
// reads the index backwards and stops after a page. Sixteen slots a millisecond keep the keys dense (the index
// stores the gaps between them: 3 bytes at a million complaints over 16 weeks, where milliseconds times 2^20 took 5
// and doubled the index). Complaints received in the same millisecond whose ids share their first digit take the
// next free slot of that millisecond, so among such ties the order is the keys', not the ids'; the search orders
// by the key (InboxQuery), so its pages stay consistent. Schema 13 replaced this rule in the triggers: when the
// millisecond's last slot was taken, this one gave the next millisecond's first key, to every such complaint alike
// (ListKeySchema.h). Steps 3 -> 4 keep it, as released.
QString listKeyOf(const QString &receivedAt, const QString &id)
{
    const QString ms = u"(coalesce(CAST(strftime('%s', "_s + receivedAt + u") AS INTEGER), 0) * 1000"
                       u" + coalesce(CAST(substr("_s + receivedAt + u", 21, 3) AS INTEGER), 0))"_s;
    const QString base = u'(' + ms + u" * 16 + instr('123456789abcdef', lower(substr("_s + id + u", 1, 1))))"_s;
    return u"(CASE WHEN NOT EXISTS (SELECT 1 FROM complaints k WHERE k.list_key = "_s + base + u") THEN "_s + base
        + u" ELSE (SELECT max(k.list_key) + 1 FROM complaints k WHERE k.list_key >= "_s + ms
        + u" * 16 AND k.list_key < ("_s + ms + u" + 1) * 16) END)"_s;
}

// The full-text index's triggers of schema 4: keyed by list_key, which the insert trigger sets first.
QStringList listKeyedFtsTriggers()
{
    return {
        u"CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN"
        u" UPDATE complaints SET list_key = "_s + listKeyOf(u"new.received_at"_s, u"new.id"_s)
            + u" WHERE rowid = new.rowid;"
              u" INSERT INTO complaints_fts(rowid, title, body) SELECT list_key, title, body FROM complaints"
              u" WHERE rowid = new.rowid; END"_s,
        u"CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN"
        u" INSERT INTO complaints_fts(complaints_fts, rowid, title, body) VALUES ('delete', old.list_key, old.title,"
        u" old.body); END"_s,
        u"CREATE TRIGGER complaints_fts_update AFTER UPDATE OF title, body, received_at ON complaints BEGIN"
        u" INSERT INTO complaints_fts(complaints_fts, rowid, title, body) VALUES ('delete', old.list_key, old.title,"
        u" old.body);"
        u" UPDATE complaints SET list_key = "_s + listKeyOf(u"new.received_at"_s, u"new.id"_s)
            + u" WHERE rowid = new.rowid AND new.received_at IS NOT old.received_at;"
              u" INSERT INTO complaints_fts(rowid, title, body) SELECT list_key, title, body FROM complaints"
              u" WHERE rowid = new.rowid; END"_s,
    };
}

} // namespace

Status LocalCache::open(const QString &path, const QString &connectionName)
{
    if (Status status = m_connection.open(path, connectionName))
        return status;
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        m_connection.close();
        return Error{u"cache_too_new"_s, u"The cache %1 was made by a newer version of Rabeg (schema %2; this one "
                                         u"knows %3). Update Rabeg or remove the cache to sync it again."_s
                                             .arg(path)
                                             .arg(version)
                                             .arg(kSchemaVersion)};
    }
    // A new cache is made by the same steps as an upgrade, in no time: it tells nothing (a first `rabeg sync` that
    // said it was migrating would have cron mail it). Told again from the next open.
    const OpenProgressSink told = std::exchange(m_progress, version == 0 ? OpenProgressSink {} : m_progress);
    Status status = version == 0 ? createSchema() : std::nullopt;
    if (!status && schemaVersion() < kSchemaVersion)
        status = migrate(schemaVersion());
    if (!status)
        status = loadAxisOrigins(*this); // before any point is read or written under the policy
    if (!status)
        status = usePublishedPolicy(*this); // the SLA policy and calendar versions learnt by sync (PublishedPolicy.h)
    if (!status)
        status = fillWarningInstants(*this); // schema 11's column, under the thresholds of the policy adopted
    if (!status)
        status = fillDuePoints(*this); // schema 16's points, under the calendar of the policy adopted
    if (!status)
        status = deriveUnderPolicy();
    if (!status)
        status = fillReportStalls(*this); // schema 15's spans, unless deriveUnderPolicy derived every complaint
    m_progress = told;
    if (status)
        m_connection.close();
    return status;
}

void LocalCache::setDeadlinePolicy(std::shared_ptr<const DeadlinePolicy> policy)
{
    m_policy = withAxisOrigins(std::move(policy), m_origins);
}

const DeadlinePolicy &LocalCache::deadlinePolicy() const
{
    static const DeadlinePolicy kNone({}, {}); // no clocks: nothing runs (only if the shipped data is unreadable)
    if (!m_policy)
        m_policy = withAxisOrigins(DeadlinePolicy::builtin(), m_origins);
    return m_policy ? *m_policy : kNone;
}

Status LocalCache::setAxisOrigins(const QHash<QString, qint64> &origins)
{
    const QString text = axisOriginsText(origins); // empty when every origin is 0
    if (Status status = text.isEmpty() ? removeMeta(kAxisOriginsMeta) : setMeta(kAxisOriginsMeta, text))
        return status;
    useAxisOrigins(origins);
    return std::nullopt;
}

void LocalCache::useAxisOrigins(const QHash<QString, qint64> &origins)
{
    m_origins = origins;
    if (m_policy)
        m_policy = withAxisOrigins(m_policy, m_origins);
}

Status LocalCache::deriveUnderPolicy()
{
    const QString fingerprint = deadlinePolicy().fingerprint();
    if (meta(u"deadline_policy"_s) == fingerprint)
        return std::nullopt;
    // Once per cache and per policy change; at 1,000,000 complaints this reads every history (BENCHMARKS.md, P3).
    QSqlDatabase db = database();
    if (Status begun = beginWrite(db, u"cannot begin deriving next due times"_s))
        return *begun;
    ComplaintRepository complaints(*this);
    HistoryPassProgress progress(m_progress, OpenProgress::Step::DerivingDeadlines);
    Status status = complaints.deriveAllNextDue(&progress);
    if (!status)
        status = recordDerivedPolicy(*this);
    if (status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return sqlError(u"cannot commit the next due times"_s, db.lastError());
    progress.finish();
    return std::nullopt;
}

int LocalCache::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString LocalCache::meta(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status LocalCache::removeMeta(const QString &key)
{
    QSqlQuery query(database());
    query.prepare(u"DELETE FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(u"cannot write the cache's meta table"_s, query.lastError());
    return std::nullopt;
}

Status LocalCache::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(u"cannot write the cache's meta table"_s, query.lastError());
    return std::nullopt;
}

Status LocalCache::createSchema()
{
    QSqlDatabase db = database();
    if (Status begun = beginWrite(db, u"cannot begin creating the cache"_s))
        return begun;
    const Status status = m_connection.exec({
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE complaints ("
        u" id TEXT PRIMARY KEY, tracking_id TEXT NOT NULL, external_ref TEXT NOT NULL, channel TEXT NOT NULL,"
        u" received_at TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, classification TEXT NOT NULL,"
        u" category TEXT NOT NULL, service TEXT NOT NULL, kecamatan TEXT NOT NULL, kelurahan TEXT NOT NULL,"
        u" address TEXT NOT NULL, anonim INTEGER NOT NULL, rahasia INTEGER NOT NULL, state TEXT NOT NULL,"
        u" opd TEXT NOT NULL, agency TEXT NOT NULL, assignee TEXT NOT NULL, duplicate_of TEXT NOT NULL,"
        u" escalated INTEGER NOT NULL, cycle INTEGER NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL)"_s,
        u"CREATE INDEX complaints_inbox ON complaints(received_at DESC, id DESC)"_s,
        u"CREATE INDEX complaints_state ON complaints(state, received_at DESC)"_s,
        u"CREATE INDEX complaints_opd ON complaints(opd, state)"_s,
        u"CREATE TABLE events ("
        u" complaint_id TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL,"
        u" type TEXT NOT NULL, at TEXT NOT NULL, actor_user TEXT NOT NULL, actor_role TEXT NOT NULL,"
        u" json TEXT NOT NULL, PRIMARY KEY (complaint_id, version)) WITHOUT ROWID"_s,
        u"INSERT INTO meta(key, value) VALUES('schema_version', '1')"_s,
    });
    if (status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return sqlError(u"cannot create the cache schema"_s, db.lastError());
    return std::nullopt;
}

Status LocalCache::migrate(int fromVersion)
{
    // Each step takes the schema from version N to N+1. A step is never edited once released: the fixture
    // tests/data/cache/cache-vN.sqlite of every earlier version is opened and migrated by the tests.
    static const QList<QStringList> kSteps = {
        // 1 -> 2: sync state, the outbox, full-text search.
        {
            u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, command_id TEXT NOT NULL UNIQUE,"
            u" complaint_id TEXT NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL, created_at TEXT NOT NULL,"
            u" status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,"
            u" error_code TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '',"
            u" server_state TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX outbox_complaint ON outbox(complaint_id, id)"_s,
            u"CREATE VIRTUAL TABLE complaints_fts USING fts5(title, body, content='complaints', content_rowid='rowid',"
            u" tokenize='unicode61 remove_diacritics 2')"_s,
            u"CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN"
            u" INSERT INTO complaints_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END"_s,
            u"CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN"
            u" INSERT INTO complaints_fts(complaints_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title,"
            u" old.body); END"_s,
            u"CREATE TRIGGER complaints_fts_update AFTER UPDATE OF title, body ON complaints BEGIN"
            u" INSERT INTO complaints_fts(complaints_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title,"
            u" old.body);"
            u" INSERT INTO complaints_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END"_s,
            u"INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')"_s,
        },
        // 2 -> 3: each complaint's next due time (UTC milliseconds; NULL when no clock runs), derived by the core
        // from its history (ComplaintRepository), so that "overdue at hub time T" is an index range. The values
        // are filled by deriveUnderPolicy(), which runs after every migration. And the inbox's quick filters get
        // indexes in the list's order, so that a filter change counts and pages without reading complaint rows
        // (BENCHMARKS.md, P4).
        {
            u"ALTER TABLE complaints ADD COLUMN next_due_at INTEGER"_s,
            u"CREATE INDEX complaints_next_due ON complaints(next_due_at, received_at, id)"
            u" WHERE next_due_at IS NOT NULL"_s,
            u"CREATE INDEX complaints_kecamatan ON complaints(kecamatan, received_at DESC)"_s,
            u"CREATE INDEX complaints_category ON complaints(category, received_at DESC)"_s,
            u"CREATE INDEX complaints_escalated ON complaints(received_at DESC, id DESC) WHERE escalated = 1"_s,
            u"CREATE INDEX complaints_state_due ON complaints(state, next_due_at) WHERE next_due_at IS NOT NULL"_s,
        },
        // 3 -> 4: a list-order key per complaint (listKeyOf) that keys the full-text index, so that a search newest
        // first walks the index backwards and stops after a page instead of collecting every match of a common word
        // (BENCHMARKS.md, P5); the same tokenizer. And the weekly report's covering indexes, which it made on first
        // use until now (BENCHMARKS.md, P6).
        QStringList{
            u"ALTER TABLE complaints ADD COLUMN list_key INTEGER"_s,
            u"CREATE INDEX complaints_list_key ON complaints(list_key)"_s,
            u"UPDATE complaints SET list_key = "_s + listKeyOf(u"complaints.received_at"_s, u"complaints.id"_s),
            u"DROP TRIGGER complaints_fts_insert"_s,
            u"DROP TRIGGER complaints_fts_delete"_s,
            u"DROP TRIGGER complaints_fts_update"_s,
            u"DROP TABLE complaints_fts"_s,
            u"CREATE VIRTUAL TABLE complaints_fts USING fts5(title, body, content='complaints',"
            u" content_rowid='list_key', tokenize='unicode61 remove_diacritics 2')"_s,
        } + listKeyedFtsTriggers()
            + QStringList{
                u"INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')"_s,
                u"CREATE INDEX IF NOT EXISTS report_events_type_at ON events(type, at)"_s,
                u"CREATE INDEX IF NOT EXISTS report_complaints_state_id ON complaints(state, id)"_s,
            },
        // 4 -> 5: the supervisor's dashboard: a weekly summary kept by triggers and two covering indexes, so that
        // a refresh reads a few hundred rows (DashboardSchema.h; BENCHMARKS.md, P6).
        dashboardSchemaStep(),
        // 5 -> 6: facts derived per complaint from its history (DerivedFacts.h): SOP progress for the stall board,
        // clock cycles for the deadline recompute, the weekly report's facts.
        derivedFactsSchemaStep(),
        // 6 -> 7: SOP progress rows keep their complaint's received_at, indexed in the inbox's order, for the
        // stalled filter's page (SopProgress.h).
        sopProgressListSchemaStep(),
        // 7 -> 8: each owner's complaints in the inbox's order, so that "assigned to me" reads one page of its own
        // range instead of walking the whole list for the few an operator owns (InboxQuery), and the handover and
        // the colleagues list find owners by seeks (OwnershipQuery). Not partial: a bound "assignee = ?" could not
        // use an index on "assignee <> ''".
        {u"CREATE INDEX complaints_assignee ON complaints(assignee, received_at DESC, id DESC)"_s},
        // 8 -> 9: the running clock cycles with everything a calendar change computes their due times from, in
        // complaint order, a covering index read whole instead of a row look-up per entry (NextDueRecompute.h;
        // BENCHMARKS.md); the recompute writes no clock_cycles row, so the span index of step 6 has no reader left.
        {
            u"DROP INDEX clock_cycles_span"_s,
            u"CREATE INDEX clock_cycles_running ON clock_cycles(complaint_id, clock, unit, start_day, opd, duration,"
            u" started_at, pauses, due_at, stopped) WHERE due_at IS NOT NULL AND stopped = 0"_s,
        },
        // 9 -> 10: the weekly report's milestones with every column it counts them by, a covering index read
        // without a row look-up per entry (the week's 200,000 events and 62,000 arrivals at 1,000,000 complaints;
        // ReportFactsQuery, BENCHMARKS.md P6). Its prefix is step 6's (type, at) index, which it replaces.
        {
            u"DROP INDEX report_milestones_type_at"_s,
            u"CREATE INDEX report_milestones_week ON report_milestones(type, at, complaint_id, opd, event_at,"
            u" cycle_start, cycle_opd)"_s,
        },
        // 10 -> 11: each running clock cycle's warning instant, indexed, so that an evaluation of the alerts reads
        // the few cycles that entered warning since the last one instead of every running clock of its scope
        // (WarningInstants.h; BENCHMARKS.md, "Alerts"). Filled after the policy is adopted (open()).
        warningInstantsSchemaStep(),
        // 11 -> 12: the next due times and the running cycles' due times and warning instants in narrow tables of
        // their own, so that a calendar change rewrites a few thousand pages instead of one complaint row and one
        // clock_cycles row per moved value (DueTables.h; BENCHMARKS.md, "Deadline recompute").
        dueTablesSchemaStep(),
        // 12 -> 13: list keys that never collide, and the complaints counted per day of their key, so that a jump
        // to row N of the whole inbox counts off one day's keys instead of N index entries (ListKeySchema.h,
        // InboxPositions.h; BENCHMARKS.md P3).
        listKeySchemaStep(),
        // 13 -> 14: each report milestone flagged first of its type (and of its type and OPD) in its ISO week, so
        // that the weekly report counts the week's complaints per type as flagged rows of one index range instead of
        // distinct ids (ReportFacts.h; BENCHMARKS.md P6).
        reportMilestonesWeekFirstSchemaStep(),
        // 14 -> 15: where each complaint's SOP checklist stood between its event times, kept where it stalls, so
        // that the weekly report counts the stalled steps at asOf as one index range instead of folding the
        // checklists of the complaints changed since (ReportStalls.h; BENCHMARKS.md P6). Filled after the policy is
        // adopted (open(), fillReportStalls).
        reportStallsSchemaStep(),
        // 15 -> 16: the running cycles' due and warning points, and the complaints' next due points, on their
        // clocks' axes (working time for working-day clocks), so that a calendar change rewrites only the clocks
        // that start on or after a changed day or are paused over one, instead of every due time it moves
        // (DuePoints.h; docs/deadlines.md, "Working time"; BENCHMARKS.md, issue 5). Filled after the policy is
        // adopted (open(), fillDuePoints).
        duePointsSchemaStep(),
        // 16 -> 17: complaint_due without the two indexes no plan read, each of which a calendar change's shifted
        // due points were written into (DuePoints.h).
        dueListIndexesGoneSchemaStep(),
        // 17 -> 18: the axes of the stored due points may count from origins of their own (meta `axis_origins`,
        // AxisOrigins.h), so that a late calendar change renumbers the side of it with fewer points; nothing to
        // change in a file of 17, whose axes count from none, but a release that knows no origins must not read
        // the points of one that moved them.
        {},
        // 18 -> 19: SOP progress rows keep their step's WIB start day instead of the instant it stalls, and the
        // readers judge them by a limit day computed at each read, so that a calendar change writes none of them
        // (SopProgress.h, SopStallLimits.h).
        sopStepDaySchemaStep(),
    };
    QSqlDatabase db = database();
    if (fromVersion < 1 || fromVersion > int(kSteps.size()))
        return Error{u"cache_unknown_version"_s, u"No migration from cache schema %1."_s.arg(fromVersion)};
    if (Status begun = beginWrite(db, u"cannot begin the cache migration"_s))
        return *begun;
    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        tellProgress({OpenProgress::Step::Migrating, fromVersion, kSchemaVersion,
                      double(version - fromVersion) / double(kSchemaVersion - fromVersion)});
        Status status = m_connection.exec(kSteps.at(version - 1));
        if (!status)
            status = setMeta(u"schema_version"_s, QString::number(version + 1));
        if (status) {
            db.rollback();
            return status;
        }
    }
    // A first bootstrap interrupted before the upgrade goes on with its full-text index deferred.
    if (Status status = BootstrapIndex(*this).quietenReplaced()) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return sqlError(u"cannot commit the cache migration"_s, db.lastError());
    tellProgress({OpenProgress::Step::Migrating, fromVersion, kSchemaVersion, 1.0});
    return std::nullopt;
}

} // namespace rabeg
