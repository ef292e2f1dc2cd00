#include "HubSchema.h"

#include "FeedItems.h"
#include "store/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Version 2: the schedule of the hub's breach actions (SqlHubSchedule.cpp). Times are wire times (fixed-width
// ISO 8601 UTC), so text order is time order on both back ends.
QStringList scheduleTables()
{
    return {u"CREATE TABLE hub_schedule (complaint_id TEXT NOT NULL, clock TEXT NOT NULL, cycle INTEGER NOT NULL,"
            u" floor_at TEXT NOT NULL, check_at TEXT NOT NULL, PRIMARY KEY (complaint_id, clock, cycle))"_s,
            u"CREATE INDEX hub_schedule_check ON hub_schedule(check_at)"_s};
}

// Version 3: the audit log (AuditEntry.h), hash-chained apart from the event log.
QStringList auditTables()
{
    return {u"CREATE TABLE IF NOT EXISTS audit_log (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor_user TEXT NOT NULL,"
            u" action TEXT NOT NULL, complaint_id TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL,"
            u" hash TEXT NOT NULL)"_s,
            u"CREATE INDEX IF NOT EXISTS audit_log_complaint ON audit_log(complaint_id, seq)"_s,
            u"CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log(at)"_s};
}

// Version 4: attachments' bytes (AttachmentRoute.h), in the store so that its backups (VACUUM INTO, pg_dump) hold
// them with the log that lists them. The metadata is in the attachment_added events; this table is read by id only.
QStringList attachmentTables(const HubDialect &dialect)
{
    return {u"CREATE TABLE IF NOT EXISTS attachments (id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL, name TEXT NOT NULL,"
            u" type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL, at TEXT NOT NULL, bytes "_s
                + (dialect.postgres ? u"BYTEA"_s : u"BLOB"_s) + u" NOT NULL)"_s,
            u"CREATE INDEX IF NOT EXISTS attachments_complaint ON attachments(complaint_id)"_s};
}

// Version 5: each event's pull-page item as it goes out, masked already (FeedItems.h), written with the event.
// On SQLite seq is the rowid (INTEGER PRIMARY KEY), so a page is one range of the table's own b-tree.
QStringList feedItemTables(const HubDialect &dialect)
{
    return {u"CREATE TABLE IF NOT EXISTS event_items (seq "_s + (dialect.postgres ? u"BIGINT"_s : u"INTEGER"_s)
            + u" PRIMARY KEY, item TEXT NOT NULL)"_s};
}

} // namespace

Result<int> hubSchemaVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(u"hub_meta"_s))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM hub_meta WHERE key = 'schema_version'"_s))
        return sqlError(u"cannot read the hub schema version"_s, q.lastError());
    return q.next() ? q.value(0).toInt() : 0;
}

Status createHubSchema(QSqlDatabase &db, const HubDialect &dialect, const QString &storeId, const QString &kind)
{
    const QString userId = dialect.postgres ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY"_s;
    QStringList statements = {
        u"CREATE TABLE hub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        // The log. json holds the event's exact canonical bytes (text, never jsonb, so hashes stay verifiable);
        // state_json the complaint after it; opd_before/opd_after drive the liaisons' filtered streams.
        u"CREATE TABLE events (seq BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, complaint_id TEXT NOT NULL,"
        u" version BIGINT NOT NULL, type TEXT NOT NULL, actor_user TEXT NOT NULL, state_changing INTEGER NOT NULL,"
        u" opd_before TEXT NOT NULL, opd_after TEXT NOT NULL, at TEXT NOT NULL, json TEXT NOT NULL,"
        u" state_json TEXT NOT NULL, hash TEXT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX events_complaint ON events(complaint_id, version)"_s,
        u"CREATE INDEX events_opd_after ON events(opd_after, seq)"_s,
        u"CREATE INDEX events_opd_before ON events(opd_before, seq)"_s,
        u"CREATE TABLE complaints (id TEXT PRIMARY KEY, tracking_id TEXT NOT NULL UNIQUE,"
        u" external_ref TEXT NOT NULL, opd TEXT NOT NULL, version BIGINT NOT NULL, state_json TEXT NOT NULL)"_s,
        u"CREATE INDEX complaints_external_ref ON complaints(external_ref)"_s,
        u"CREATE INDEX complaints_opd ON complaints(opd, id)"_s,
        // Reporter identity, apart from the log: the retention purge deletes row and salt, the chain stays valid.
        u"CREATE TABLE identities (complaint_id TEXT PRIMARY KEY, salt TEXT NOT NULL, json TEXT NOT NULL)"_s,
        u"CREATE TABLE commands (username TEXT NOT NULL, command_id TEXT NOT NULL, digest TEXT NOT NULL,"
        u" status INTEGER NOT NULL, body TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (username, command_id))"_s,
        u"CREATE TABLE users (id "_s + userId
            + u", username TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL, opd TEXT NOT NULL,"
              u" active INTEGER NOT NULL, password_hash TEXT NOT NULL, scope_version BIGINT NOT NULL)"_s,
        u"CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL, scope_version BIGINT NOT NULL,"
        u" expires_at TEXT NOT NULL)"_s,
        u"CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s,
    };
    if (dialect.postgres)
        statements.append(u"CREATE SEQUENCE event_seq"_s);
    statements.append(scheduleTables());
    statements.append(auditTables());
    statements.append(attachmentTables(dialect));
    statements.append(feedItemTables(dialect));
    statements.append(u"INSERT INTO hub_meta(key, value) VALUES ('schema_version', '%1')"_s.arg(kHubSchemaVersion));

    if (!db.transaction())
        return sqlError(u"cannot begin creating the hub schema"_s, db.lastError());
    QSqlQuery q(db);
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql)) {
            const Error error = sqlError(u"cannot create the hub schema"_s, q.lastError());
            db.rollback();
            return error;
        }
    }
    q.prepare(u"INSERT INTO hub_meta(key, value) VALUES ('store_id', ?), ('kind', ?), ('epoch', '1')"_s);
    q.addBindValue(storeId);
    q.addBindValue(kind);
    if (!q.exec()) {
        const Error error = sqlError(u"cannot record the new store's identity"_s, q.lastError());
        db.rollback();
        return error;
    }
    if (!db.commit())
        return sqlError(u"cannot commit the hub schema"_s, db.lastError());
    return std::nullopt;
}

Status upgradeHubSchema(QSqlDatabase &db, const HubDialect &dialect)
{
    QSqlQuery q(db);
    if (!q.exec(dialect.postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
        return sqlError(u"cannot begin upgrading the hub schema"_s, q.lastError());
    const auto fail = [&](const QString &what) -> Status {
        const Error error = sqlError(what, q.lastError());
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return error;
    };
    // PostgreSQL: one upgrader at a time; the loser reads the version the winner wrote.
    if (dialect.postgres && !q.exec(u"LOCK TABLE hub_meta IN EXCLUSIVE MODE"_s))
        return fail(u"cannot lock the store for an upgrade"_s);
    if (!q.exec(u"SELECT value FROM hub_meta WHERE key = 'schema_version'"_s) || !q.next())
        return fail(u"cannot read the hub schema version"_s);
    const int from = q.value(0).toInt();
    QStringList statements;
    if (from < 2) {
        // The log exists without a schedule: the first scheduler pass builds it.
        statements.append(scheduleTables());
        statements.append(u"INSERT INTO hub_meta(key, value) VALUES ('schedule_basis', 'stale')"_s);
    }
    if (from < 3)
        statements.append(auditTables());
    if (from < 4)
        statements.append(attachmentTables(dialect));
    if (from < 5)
        statements.append(feedItemTables(dialect));
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql))
            return fail(u"cannot upgrade the hub schema"_s);
    }
    if (from < 5) {
        // Every event already in the log gets its page item (about a minute for 300,000 events).
        if (const auto filled = FeedItems::fill(db); !filled.ok()) {
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return filled.error();
        }
    }
    if (from < kHubSchemaVersion) {
        q.prepare(u"UPDATE hub_meta SET value = ? WHERE key = 'schema_version'"_s);
        q.addBindValue(QString::number(kHubSchemaVersion));
        if (!q.exec())
            return fail(u"cannot record the hub schema version"_s);
    }
    if (!q.exec(u"COMMIT"_s))
        return fail(u"cannot commit the hub schema upgrade"_s);
    return std::nullopt;
}

} // namespace rabeg
