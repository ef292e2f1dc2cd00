// The pull page as it goes out (GET /api/v1/events): the stored page items of the events the reader may see
// (FeedItems.h), joined by commas into the answer's buffer. On SQLite the rows are read through the C API, their bytes
// copied once, straight into the answer (SqliteStatement.h); on PostgreSQL through QtSql, or for readers who see
// every event from the process's cache of whole blocks (ItemCache.h) where the hub keeps one.
#include "FeedItems.h"
#include "ItemCache.h"
#include "ReferenceStream.h"
#include "SqlHubStore.h"
#include "SqliteStatement.h"
#include "store/SqliteConnection.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <functional>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qsizetype kMaxPageBytes = 4 * 1024 * 1024;

// Every event: the items alone, read by seq from their own table (rows of ~1.3 KB, three to a page of the file).
constexpr char kAllItems[] = "SELECT seq, item FROM event_items WHERE seq > ?1 AND seq <= ?2 ORDER BY seq LIMIT ?3";
// A liaison's: their OPD's complaints and the reference stream except other OPDs' drafts (SqlHubReads.cpp's
// storedEvents, the same condition), with what decides between the item, "removed" and an item with history.
// SQLite's numbered parameters (?4 thrice); QtSql binds PostgreSQL's in order (kScopedQt, its own bindings below).
constexpr char kScopedSqlite[]
    = "SELECT e.seq, i.item, e.opd_before, e.opd_after, e.complaint_id, e.version "
      "FROM events e JOIN event_items i ON i.seq = e.seq "
      "WHERE e.seq > ?1 AND e.seq <= ?2 AND (e.opd_after = ?4 OR e.opd_before = ?4 OR "
      "(e.complaint_id = ?5 AND (e.opd_after = '' OR e.opd_after = ?4))) ORDER BY e.seq LIMIT ?3";
constexpr char kScopedQt[] = "SELECT e.seq, %1, e.opd_before, e.opd_after, e.complaint_id, e.version "
                             "FROM events e JOIN event_items i ON i.seq = e.seq "
                             "WHERE e.seq > ? AND e.seq <= ? AND (e.opd_after = ? OR e.opd_before = ? OR "
                             "(e.complaint_id = ? AND (e.opd_after = '' OR e.opd_after = ?))) ORDER BY e.seq LIMIT ?";

struct Read
{
    qint64 after = 0;
    qint64 head = 0;
    qint64 limit = 0;
    QByteArray opd; // a liaison's; empty: every event
};

// One row of either read; the views are valid during the call only. Only a scoped read fills the last four.
struct Row
{
    qint64 seq = 0;
    QByteArrayView item;
    QByteArrayView opdBefore;
    QByteArrayView opdAfter;
    QByteArrayView complaintId;
    qint64 version = 0;
};
Row itemRow(qint64 seq, QByteArrayView item)
{
    Row row;
    row.seq = seq;
    row.item = item;
    return row;
}
using OnRow = std::function<bool(const Row &)>; // false: the page is full

const QByteArray kReferenceId = kReferenceStream.toByteArray(QUuid::WithoutBraces);

Status readSqlite(sqlite3 *db, const Read &read, const OnRow &onRow)
{
    const bool scoped = !read.opd.isEmpty();
    SqliteStatement q(db, scoped ? kScopedSqlite : kAllItems);
    q.bind(1, read.after);
    q.bind(2, read.head);
    q.bind(3, read.limit);
    if (scoped) {
        q.bind(4, read.opd);
        q.bind(5, kReferenceId);
    }
    for (;;) {
        const auto more = q.step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            return std::nullopt;
        Row row;
        row.seq = q.integer(0);
        row.item = q.bytes(1);
        if (scoped) {
            row.opdBefore = q.bytes(2);
            row.opdAfter = q.bytes(3);
            row.complaintId = q.bytes(4);
            row.version = q.integer(5);
        }
        if (!onRow(row))
            return std::nullopt;
    }
}

Status readQt(QSqlDatabase db, const Read &read, const OnRow &onRow)
{
    const bool scoped = !read.opd.isEmpty();
    const bool sqlite = db.driverName() == u"QSQLITE"_s; // SQLite hands TEXT over as UTF-16; a blob as its bytes
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString item = sqlite ? u"CAST(%1item AS BLOB)"_s : u"%1item"_s;
    QString sql;
    if (scoped)
        sql = QString::fromLatin1(kScopedQt).arg(item.arg(u"i."_s));
    else
        sql = u"SELECT seq, "_s + item.arg(QString())
            + u" FROM event_items WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"_s;
    q.prepare(sql);
    q.addBindValue(read.after);
    q.addBindValue(read.head);
    if (scoped) {
        const QString opd = QString::fromUtf8(read.opd);
        for (const QString &value : {opd, opd, QString::fromLatin1(kReferenceId), opd})
            q.addBindValue(value);
    }
    q.addBindValue(read.limit);
    if (!q.exec())
        return sqlError(u"cannot read events"_s, q.lastError());
    while (q.next()) {
        const QByteArray text = q.value(1).toByteArray();
        QByteArray before, after, complaint;
        Row row;
        row.seq = q.value(0).toLongLong();
        row.item = text;
        if (scoped) {
            before = q.value(2).toString().toUtf8();
            after = q.value(3).toString().toUtf8();
            complaint = q.value(4).toString().toUtf8();
            row.opdBefore = before;
            row.opdAfter = after;
            row.complaintId = complaint;
            row.version = q.value(5).toLongLong();
        }
        if (!onRow(row))
            break;
    }
    return std::nullopt;
}

// PostgreSQL, every event: the head and the items in one statement (one snapshot: with appends serialized, every seq
// up to the head it sees has committed), run as it is rather than prepared, its values integers. QPSQL prepares
// with PREPARE, EXECUTE and DEALLOCATE, so the head and the page took six round trips to the backend; this is one.
// No ORDER BY on the outer query: the backend sorted the page's 500 rows of ~1.4 KB again after the index had read
// them in order, 5 of the statement's 6 ms (EXPLAIN ANALYZE; BENCHMARKS.md P7, where reading the rows through libpq
// instead of QPSQL measured no better). The rows come in the index's order; should a plan ever give them otherwise,
// they are put in order here before any is used. The first column of every row is the head; an empty page is one
// row without an item.
Status readPostgresAll(QSqlDatabase db, const Read &read, qint64 &head, const OnRow &onRow)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = u"SELECT top.seq, i.seq, i.item FROM (SELECT COALESCE(MAX(seq), 0) AS seq FROM events) top "
                        u"LEFT JOIN LATERAL (SELECT seq, item FROM event_items WHERE seq > %1 AND seq <= top.seq "
                        u"ORDER BY seq LIMIT %2) i ON true"_s.arg(read.after)
                            .arg(read.limit);
    if (!q.exec(sql))
        return sqlError(u"cannot read events"_s, q.lastError());
    QList<std::pair<qint64, QByteArray>> rows;
    rows.reserve(read.limit);
    bool ordered = true;
    while (q.next()) {
        head = q.value(0).toLongLong();
        if (q.isNull(1))
            continue;
        const qint64 seq = q.value(1).toLongLong();
        ordered = ordered && (rows.isEmpty() || seq > rows.constLast().first);
        rows.append({seq, q.value(2).toByteArray()});
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot read events"_s, q.lastError());
    if (!ordered)
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[seq, item] : std::as_const(rows)) {
        if (!onRow(itemRow(seq, item)))
            break;
    }
    return std::nullopt;
}

// The items of (from, to] on PostgreSQL, at most `limit`, in seq order (the primary key's order: no sort).
Status readPostgresRange(QSqlDatabase db, qint64 from, qint64 to, qint64 limit,
                         const std::function<void(qint64, const QByteArray &)> &each)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, item FROM event_items WHERE seq > %1 AND seq <= %2 ORDER BY seq LIMIT %3"_s.arg(from)
                    .arg(to)
                    .arg(limit)))
        return sqlError(u"cannot read events"_s, q.lastError());
    while (q.next())
        each(q.value(0).toLongLong(), q.value(1).toByteArray());
    if (q.lastError().isValid())
        return sqlError(u"cannot read events"_s, q.lastError());
    return std::nullopt;
}

// PostgreSQL, every event, with the process's item cache (ItemCache.h): the head and the epoch the process shares
// (read from the store at most every 200 ms, raised by every announced append), then the page from whole blocks,
// copied from memory; the blocks the page needs and the cache lacks are read in one statement and kept. Past the last
// whole block (the one the head is in), the items are read as they are and not kept. The same page, byte for byte, as readPostgresAll (tests/hub_store/test_item_cache.cpp).
Status readPostgresCached(QSqlDatabase db, ItemCache &cache, const Read &read, qint64 &head, const OnRow &onRow)
{
    const qint64 nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now().time_since_epoch())
                             .count();
    std::optional<ItemCache::Head> known = cache.freshHead(nowMs);
    if (!known || read.after > known->seq) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT COALESCE(MAX(seq), 0), (SELECT value FROM hub_meta WHERE key = 'epoch') FROM events"_s)
            || !q.next())
            return sqlError(u"cannot read the log's head"_s, q.lastError());
        known = ItemCache::Head{q.value(0).toLongLong(), q.value(1).toLongLong()};
        cache.storeHead(*known, nowMs);
    }
    head = known->seq;
    const qint64 epoch = known->epoch;
    qint64 pos = read.after;
    qint64 left = read.limit;
    QHash<qint64, ItemCache::BlockPtr> loaded; // read by this call: used even if the cache could not keep them
    while (pos < head && left > 0) {
        const qint64 index = ItemCache::blockOf(pos + 1);
        if (ItemCache::lastSeqOf(index) > head) {
            QList<std::pair<qint64, QByteArray>> rows;
            if (Status status = readPostgresRange(db, pos, head, left, [&](qint64 seq, const QByteArray &item) {
                    rows.append({seq, item});
                }))
                return status;
            for (const auto &[seq, item] : std::as_const(rows)) {
                if (!onRow(itemRow(seq, item)))
                    break;
            }
            return std::nullopt;
        }
        ItemCache::BlockPtr block = loaded.value(index);
        if (!block)
            block = cache.find(epoch, index);
        if (!block) {
            // This block and the following ones the page may need that the cache lacks, up to the last whole one.
            const qint64 lastWhole = head / ItemCache::kBlockSeqs - 1;
            const qint64 wanted = std::min(lastWhole, ItemCache::blockOf(pos + left));
            qint64 last = index;
            while (last < wanted && !cache.contains(epoch, last + 1))
                ++last;
            QMap<qint64, std::shared_ptr<ItemCache::Block>> blocks;
            for (qint64 i = index; i <= last; ++i)
                blocks.insert(i, std::make_shared<ItemCache::Block>());
            if (Status status = readPostgresRange(db, ItemCache::firstSeqOf(index) - 1, ItemCache::lastSeqOf(last),
                                                  ItemCache::lastSeqOf(last) - ItemCache::firstSeqOf(index) + 1,
                                                  [&](qint64 seq, const QByteArray &item) {
                                                      blocks.value(ItemCache::blockOf(seq))->append(seq, item);
                                                  }))
                return status;
            for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
                it.value()->bytes.squeeze(); // the budget counts bytes: no spare capacity from appending
                it.value()->seqs.squeeze();
                it.value()->ends.squeeze();
                loaded.insert(it.key(), it.value());
                cache.insert(epoch, it.key(), it.value());
            }
            block = loaded.value(index);
        }
        for (qsizetype i = 0; i < block->seqs.size(); ++i) {
            const qint64 seq = block->seqs.at(i);
            if (seq <= pos)
                continue;
            --left;
            if (!onRow(itemRow(seq, block->item(i))))
                return std::nullopt;
        }
        pos = ItemCache::lastSeqOf(index);
    }
    return std::nullopt;
}

} // namespace

Result<FeedCursor> SqlHubStore::appendFeedItems(qint64 after, int limit, const Actor &reader, QByteArray &out)
{
    limit = std::max(limit, 1); // an empty page would move the cursor to the head past everything unread
    const bool liaison = reader.role == Role::Liaison;
    const bool postgresAll = m_dialect.postgres && !liaison;
    sqlite3 *handle = m_dialect.postgres ? nullptr : SqliteStatement::handleOf(database());
    // The head first: with appends serialized, every seq up to it has committed, so the cursor may move to it.
    qint64 top = 0;
    if (postgresAll) {
        // read with the page, below
    } else if (handle) {
        SqliteStatement q(handle, "SELECT COALESCE(MAX(seq), 0) FROM events");
        const auto row = q.step();
        if (!row.ok())
            return row.error();
        top = q.integer(0);
    } else {
        const auto head = this->head();
        if (!head.ok())
            return head.error();
        top = head.value();
    }
    const Read read{after, top, limit, liaison ? reader.opd.toUtf8() : QByteArray()};
    FeedCursor cursor;
    qint64 last = 0;
    qsizetype bytes = 0;
    bool full = false;
    const auto counted = [&](qint64 seq, qsizetype size) {
        last = seq;
        bytes += size;
        full = ++cursor.items >= limit || bytes >= kMaxPageBytes;
        return !full;
    };
    // A liaison's page needs the history of each complaint that has just entered their scope, read once the page's
    // rows are (QPSQL streams a forward-only result; another query on the connection would discard the rest), so
    // its items are kept until then. Every other reader's go straight into the answer.
    struct Held
    {
        qint64 seq = 0;
        QByteArray item; // empty: removed
        QUuid complaint;
        qint64 version = 0;
        bool entering = false;
    };
    QList<Held> held;
    const OnRow onRow = [&](const Row &row) {
        if (!liaison) {
            if (cursor.items > 0)
                out += ',';
            out.append(row.item);
            return counted(row.seq, row.item.size());
        }
        const QUuid complaint = QUuid::fromString(QLatin1String(row.complaintId.data(), row.complaintId.size()));
        Held h{row.seq, {}, complaint, row.version, false};
        const bool reference = row.complaintId == kReferenceId;
        if (reference || row.opdAfter == read.opd) { // else it left this OPD (returned, or sent elsewhere)
            h.item = row.item.toByteArray();
            h.entering = !reference && row.opdBefore != read.opd;
        }
        held.append(std::move(h));
        return counted(row.seq, held.constLast().item.size());
    };
    if (Status status = postgresAll && m_itemCache ? readPostgresCached(database(), *m_itemCache, read, top, onRow)
                        : postgresAll              ? readPostgresAll(database(), read, top, onRow)
                        : handle                   ? readSqlite(handle, read, onRow)
                                                   : readQt(database(), read, onRow))
        return *status;
    for (const Held &h : std::as_const(held)) {
        if (&h != held.constData())
            out += ',';
        if (h.item.isEmpty()) {
            FeedItems::appendRemoved(out, h.seq, h.complaint);
        } else if (h.entering) {
            const auto earlier = storedHistoryUpTo(h.complaint, h.version - 1);
            if (!earlier.ok())
                return earlier.error();
            FeedItems::appendWithHistory(out, h.item, earlier.value());
        } else {
            out += h.item;
        }
    }
    cursor.next = full ? last : top;
    cursor.more = cursor.next < top;
    if (cursor.next < after)
        cursor.next = after;
    return cursor;
}

} // namespace rabeg
