#include "LocalCache.h"

#include "ComplaintRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

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
    Status status = version == 0 ? createSchema() : std::nullopt;
    if (!status && schemaVersion() < kSchemaVersion)
        status = migrate(schemaVersion());
    if (!status)
        status = deriveUnderPolicy();
    if (status)
        m_connection.close();
    return status;
}

const DeadlinePolicy &LocalCache::deadlinePolicy() const
{
    static const DeadlinePolicy kNone({}, {}); // no clocks: nothing runs (only if the shipped data is unreadable)
    if (!m_policy)
        m_policy = DeadlinePolicy::builtin();
    return m_policy ? *m_policy : kNone;
}

Status LocalCache::deriveUnderPolicy()
{
    const QString fingerprint = deadlinePolicy().fingerprint();
    if (meta(u"deadline_policy"_s) == fingerprint)
        return std::nullopt;
    // Once per cache and per policy change; at 1,000,000 complaints this reads every history (BENCHMARKS.md, P3).
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlError(u"cannot begin deriving next due times"_s, db.lastError());
    ComplaintRepository complaints(*this);
    Status status = complaints.deriveAllNextDue();
    if (!status)
        status = setMeta(u"deadline_policy"_s, fingerprint);
    if (status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return sqlError(u"cannot commit the next due times"_s, db.lastError());
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
    db.transaction();
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
    };
    QSqlDatabase db = database();
    if (fromVersion < 1 || fromVersion > int(kSteps.size()))
        return Error{u"cache_unknown_version"_s, u"No migration from cache schema %1."_s.arg(fromVersion)};
    if (!db.transaction())
        return sqlError(u"cannot begin the cache migration"_s, db.lastError());
    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        Status status = m_connection.exec(kSteps.at(version - 1));
        if (!status)
            status = setMeta(u"schema_version"_s, QString::number(version + 1));
        if (status) {
            db.rollback();
            return status;
        }
    }
    if (!db.commit())
        return sqlError(u"cannot commit the cache migration"_s, db.lastError());
    return std::nullopt;
}

} // namespace rabeg
