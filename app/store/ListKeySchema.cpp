#include "ListKeySchema.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// The received time's millisecond (UTC) as the list key counts it.
QString millisecondOf(const QString &receivedAt)
{
    return u"(coalesce(CAST(strftime('%s', "_s + receivedAt + u") AS INTEGER), 0) * 1000"
                                                                u" + coalesce(CAST(substr("_s
        + receivedAt + u", 21, 3) AS INTEGER), 0))"_s;
}

// The canonical received_at (the hub's ISO 8601 UTC with milliseconds) of a key's millisecond.
QString receivedAtOfKey(const QString &key)
{
    return u"(strftime('%Y-%m-%dT%H:%M:%S', ("_s + key + u") / 16 / 1000, 'unixepoch') || printf('.%03dZ', ("_s + key
        + u") / 16 % 1000))"_s;
}

// Schema 13's key rule: the id's first digit's slot of the millisecond when free; else the first free slot above it
// (so that ties still mostly follow the ids, as before); else the millisecond's lowest free slot; else (all sixteen
// taken) the highest key there is plus one.
QString keyRule(const QString &receivedAt, const QString &id)
{
    const QString ms = millisecondOf(receivedAt);
    const QString first = u'(' + ms + u" * 16)"_s;
    const QString base = u'(' + first + u" + instr('123456789abcdef', lower(substr("_s + id + u", 1, 1))))"_s;
    // The lowest free slot above a taken one from `from` on, within the millisecond.
    const auto gapFrom = [&](const QString &from) -> QString {
        return u"(SELECT min(k.list_key) + 1 FROM complaints k WHERE k.list_key >= "_s + from + u" AND k.list_key < "_s
            + first + u" + 15 AND NOT EXISTS (SELECT 1 FROM complaints j WHERE j.list_key = k.list_key + 1))"_s;
    };
    return u"(CASE WHEN NOT EXISTS (SELECT 1 FROM complaints k WHERE k.list_key = "_s + base + u") THEN "_s + base
        + u" ELSE coalesce("_s + gapFrom(base) + u", CASE WHEN NOT EXISTS (SELECT 1 FROM complaints k"
                                                  u" WHERE k.list_key = "_s
        + first + u") THEN "_s + first + u" END, "_s + gapFrom(first)
        + u", (SELECT max(k.list_key) FROM complaints k) + 1) END)"_s;
}

// A key out of the list's order: none, negative (before 1970: the day and millisecond divisions round toward
// zero), or not the canonical form of the received time's millisecond.
QString outOfOrder(const QString &key, const QString &receivedAt)
{
    return key + u" IS NULL OR "_s + key + u" < 0 OR "_s + receivedAtOfKey(key) + u" IS NOT "_s + receivedAt;
}

QString perDay()
{
    return QString::number(kListKeysPerDay);
}

} // namespace

QStringList listKeySchemaStep()
{
    const QString day = perDay();
    return {
        u"DROP TRIGGER complaints_fts_insert"_s,
        u"DROP TRIGGER complaints_fts_update"_s,
        // As schema 4's (BootstrapIndex quietens their full-text statements by this shape), with the new rule.
        u"CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN"
        u" UPDATE complaints SET list_key = "_s + keyRule(u"new.received_at"_s, u"new.id"_s)
            + u" WHERE rowid = new.rowid;"
              u" INSERT INTO complaints_fts(rowid, title, body) SELECT list_key, title, body FROM complaints"
              u" WHERE rowid = new.rowid; END"_s,
        u"CREATE TRIGGER complaints_fts_update AFTER UPDATE OF title, body, received_at ON complaints BEGIN"
        u" INSERT INTO complaints_fts(complaints_fts, rowid, title, body) VALUES ('delete', old.list_key, old.title,"
        u" old.body);"
        u" UPDATE complaints SET list_key = "_s + keyRule(u"new.received_at"_s, u"new.id"_s)
            + u" WHERE rowid = new.rowid AND new.received_at IS NOT old.received_at;"
              u" INSERT INTO complaints_fts(rowid, title, body) SELECT list_key, title, body FROM complaints"
              u" WHERE rowid = new.rowid; END"_s,
        u"CREATE TABLE list_key_overflow (id TEXT PRIMARY KEY) WITHOUT ROWID"_s,
        u"CREATE TABLE inbox_days (day INTEGER PRIMARY KEY, complaints INTEGER NOT NULL)"_s,
        // Keys shared under the old rule: every complaint of such a key loses its words from the full-text index,
        // all but the first get new keys, out of the list's order (the highest key there is, read once for the
        // statement, plus each one's own number), and all are indexed again: the rest of the index is not touched.
        u"CREATE TEMP TABLE list_key_shared (r INTEGER PRIMARY KEY, n INTEGER NOT NULL, keep INTEGER NOT NULL)"_s,
        u"INSERT INTO temp.list_key_shared(r, n, keep) SELECT c.rowid, row_number() OVER (ORDER BY c.rowid),"
        u" c.rowid = d.keep FROM complaints c JOIN (SELECT list_key AS k, min(rowid) AS keep FROM complaints"
        u" WHERE list_key IS NOT NULL GROUP BY list_key HAVING count(*) > 1) d ON c.list_key = d.k"_s,
        u"INSERT INTO complaints_fts(complaints_fts, rowid, title, body) SELECT 'delete', list_key, title, body"
        u" FROM complaints WHERE rowid IN (SELECT r FROM temp.list_key_shared)"_s,
        u"UPDATE complaints SET list_key = (SELECT max(list_key) FROM complaints) + (SELECT n FROM"
        u" temp.list_key_shared WHERE r = complaints.rowid) WHERE rowid IN (SELECT r FROM temp.list_key_shared"
        u" WHERE NOT keep)"_s,
        u"INSERT INTO complaints_fts(rowid, title, body) SELECT list_key, title, body FROM complaints"
        u" WHERE rowid IN (SELECT r FROM temp.list_key_shared)"_s,
        u"INSERT INTO list_key_overflow(id) SELECT id FROM complaints WHERE rowid IN (SELECT r FROM"
        u" temp.list_key_shared WHERE NOT keep)"_s,
        u"DROP TABLE temp.list_key_shared"_s,
        // The old rule's only key outside its millisecond was the next millisecond's first (a multiple of 16),
        // once it is no longer shared still in the list's order (that millisecond's complaints were keyed above
        // it) and within sixteen of its own millisecond's: any other complaint keyed on a multiple of 16 not in
        // that millisecond or the one before is out of order (210 of 1,000,000 demo complaints received on whole
        // seconds had such a key, none out of order). Then negative keys, any received_at not canonical, and any
        // complaint without a key. Each read from an index alone, but for the complaints found.
        u"INSERT OR IGNORE INTO list_key_overflow(id) SELECT k.id FROM complaints k INDEXED BY complaints_list_key"
        u" WHERE k.list_key % 16 = 0 AND NOT EXISTS (SELECT 1 FROM complaints c INDEXED BY complaints_inbox"
        u" WHERE c.received_at IN ("_s + receivedAtOfKey(u"k.list_key"_s) + u", "_s
            + receivedAtOfKey(u"k.list_key - 16"_s) + u") AND c.rowid = k.rowid)"_s,
        u"INSERT OR IGNORE INTO list_key_overflow(id) SELECT id FROM complaints WHERE list_key < 0"_s,
        u"INSERT OR IGNORE INTO list_key_overflow(id) SELECT id FROM complaints INDEXED BY complaints_inbox"
        u" WHERE strftime('%Y-%m-%dT%H:%M:%fZ', received_at) IS NOT received_at"_s,
        u"INSERT OR IGNORE INTO list_key_overflow(id) SELECT id FROM complaints WHERE list_key IS NULL"_s,
        u"INSERT INTO inbox_days(day, complaints) SELECT list_key / "_s + day + u", count(*) FROM complaints"
            u" INDEXED BY complaints_list_key WHERE list_key IS NOT NULL GROUP BY list_key / "_s + day,
        // Every key set (the insert trigger sets the first one) moves its complaint between days, and is checked
        // against the received time's millisecond.
        u"CREATE TRIGGER inbox_days_key AFTER UPDATE OF list_key ON complaints BEGIN"
        u" UPDATE inbox_days SET complaints = complaints - 1 WHERE day = old.list_key / "_s + day + u";"
        u" INSERT INTO inbox_days(day, complaints) SELECT new.list_key / "_s + day
            + u", 1 WHERE new.list_key IS NOT NULL ON CONFLICT(day) DO UPDATE SET complaints = complaints + 1;"
              u" DELETE FROM list_key_overflow WHERE id = old.id;"
              u" INSERT OR IGNORE INTO list_key_overflow(id) SELECT new.id WHERE "_s
            + outOfOrder(u"new.list_key"_s, u"new.received_at"_s) + u"; END"_s,
        u"CREATE TRIGGER inbox_days_delete AFTER DELETE ON complaints BEGIN"
        u" UPDATE inbox_days SET complaints = complaints - 1 WHERE day = old.list_key / "_s + day + u";"
        u" DELETE FROM list_key_overflow WHERE id = old.id; END"_s,
    };
}

} // namespace rabeg
