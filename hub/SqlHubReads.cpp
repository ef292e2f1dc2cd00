// The read side of SqlHubStore's log: pull pages, snapshot pages and histories, as the stored canonical text (what
// the API splices into its answers) and, decoded from it, as domain structs (tests, tools).
#include "SqlHubStore.h"

#include "codec/DomainCodec.h"
#include "store/SqliteConnection.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qsizetype kMaxPageBytes = 4 * 1024 * 1024;

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

bool isLiaison(const Actor &reader) { return reader.role == Role::Liaison; }

QJsonObject parseObject(const QByteArray &text) { return QJsonDocument::fromJson(text).object(); }

Event eventFrom(const QByteArray &json)
{
    return decodeEvent(parseObject(json), DecodeMode::Tolerant).value_or(Event{});
}

Complaint complaintFrom(const QByteArray &json)
{
    return decodeComplaint(parseObject(json), DecodeMode::Tolerant).value_or(Complaint{});
}

QList<Event> eventsFrom(const QList<QByteArray> &texts)
{
    QList<Event> events;
    events.reserve(texts.size());
    for (const QByteArray &text : texts)
        events.append(eventFrom(text));
    return events;
}

} // namespace

QString SqlHubStore::textColumn(const QString &column) const
{
    // SQLite hands a TEXT column to Qt as UTF-16 (converted row by row) but a BLOB as its bytes: the log's text is
    // UTF-8 already, and the answer is UTF-8, so it is read as bytes. QPSQL gives text in any case.
    return m_dialect.postgres ? column : u"CAST("_s + column + u" AS BLOB)"_s;
}

Result<QList<QByteArray>> SqlHubStore::storedHistoryUpTo(const QUuid &id, qint64 version)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + textColumn(u"json"_s)
              + u" FROM events WHERE complaint_id = ? AND version <= ? ORDER BY version"_s);
    q.addBindValue(uuidText(id));
    q.addBindValue(version);
    if (!q.exec())
        return sqlError(u"cannot read a history"_s, q.lastError());
    QList<QByteArray> events;
    while (q.next())
        events.append(q.value(0).toByteArray());
    return events;
}

Result<QList<Event>> SqlHubStore::history(const QUuid &id)
{
    const auto texts = storedHistoryUpTo(id, std::numeric_limits<qint64>::max());
    if (!texts.ok())
        return texts.error();
    return eventsFrom(texts.value());
}

Result<StoredFeedPage> SqlHubStore::storedEvents(qint64 after, int limit, const Actor &reader)
{
    limit = std::max(limit, 1); // an empty page would move the cursor to the head past everything unread
    // The head first: with appends serialized, every seq up to it has committed, so the cursor may move to it.
    const auto top = head();
    if (!top.ok())
        return top.error();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QString columns = u"SELECT seq, "_s + textColumn(u"json"_s) + u", "_s + textColumn(u"state_json"_s)
                            + u", opd_before, opd_after, complaint_id, version FROM events "_s;
    if (isLiaison(reader)) {
        // Liaisons see their OPD's complaints and the reference stream, except other OPDs' drafts.
        q.prepare(columns + u"WHERE seq > ? AND seq <= ? AND (opd_after = ? OR opd_before = ? OR (complaint_id = ? "
                            u"AND (opd_after = '' OR opd_after = ?))) ORDER BY seq LIMIT ?"_s);
        q.addBindValue(after);
        q.addBindValue(top.value());
        q.addBindValue(reader.opd);
        q.addBindValue(reader.opd);
        q.addBindValue(uuidText(kReferenceStream));
        q.addBindValue(reader.opd);
    } else {
        q.prepare(columns + u"WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"_s);
        q.addBindValue(after);
        q.addBindValue(top.value());
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"cannot read events"_s, q.lastError());
    StoredFeedPage page;
    page.items.reserve(limit);
    qsizetype bytes = 0;
    bool full = false;
    struct Entering
    {
        qsizetype index;
        QUuid complaintId;
        qint64 version;
    };
    QList<Entering> entering; // items of complaints that have just entered the reader's scope: history is due
    while (q.next()) {
        StoredFeedItem item;
        item.seq = q.value(0).toLongLong();
        if (QUuid::fromString(q.value(5).toString()) == kReferenceStream) {
            item.event = q.value(1).toByteArray(); // a reference event: no state, no scope to enter or leave
            bytes += item.event.size();
        } else if (isLiaison(reader) && q.value(4).toString() != reader.opd) {
            item.removed = QUuid::fromString(q.value(5).toString()); // it left this OPD (returned, or sent elsewhere)
        } else {
            item.event = q.value(1).toByteArray();
            item.state = q.value(2).toByteArray();
            bytes += item.event.size() + item.state.size();
            if (isLiaison(reader) && q.value(3).toString() != reader.opd)
                entering.append({page.items.size(), QUuid::fromString(q.value(5).toString()), q.value(6).toLongLong()});
        }
        page.items.append(std::move(item));
        if (page.items.size() >= limit || bytes >= kMaxPageBytes) {
            full = true;
            break;
        }
    }
    // Histories only once this result is done with: QPSQL streams a forward-only result, and another query on
    // the connection would discard the rest of it.
    q.finish();
    for (const Entering &e : std::as_const(entering)) {
        auto earlier = storedHistoryUpTo(e.complaintId, e.version - 1);
        if (!earlier.ok())
            return earlier.error();
        page.items[e.index].history = earlier.value();
    }
    page.next = full ? page.items.constLast().seq : top.value();
    page.more = page.next < top.value();
    if (page.next < after)
        page.next = after;
    return page;
}

Result<FeedPage> SqlHubStore::events(qint64 after, int limit, const Actor &reader)
{
    const auto stored = storedEvents(after, limit, reader);
    if (!stored.ok())
        return stored.error();
    FeedPage page;
    page.next = stored->next;
    page.more = stored->more;
    page.items.reserve(stored->items.size());
    for (const StoredFeedItem &s : stored->items) {
        FeedItem item;
        item.seq = s.seq;
        item.removed = s.removed;
        if (s.removed.isNull()) {
            item.event = eventFrom(s.event);
            if (!s.state.isEmpty())
                item.state = complaintFrom(s.state);
            item.history = eventsFrom(s.history);
        }
        page.items.append(item);
    }
    return page;
}

Result<StoredSnapshotPage> SqlHubStore::storedSnapshot(const QString &after, int limit, const Actor &reader)
{
    limit = std::max(limit, 1);
    StoredSnapshotPage page;
    if (after.isEmpty()) {
        const auto top = head();
        if (!top.ok())
            return top.error();
        page.head = top.value();
        QSqlQuery r(database());
        r.setForwardOnly(true);
        r.prepare(u"SELECT "_s + textColumn(u"json"_s) + u" FROM events WHERE complaint_id = ? AND seq <= ? "_s
                  + (isLiaison(reader) ? u"AND (opd_after = '' OR opd_after = ?) "_s : QString())
                  + u"ORDER BY version"_s);
        r.addBindValue(uuidText(kReferenceStream));
        r.addBindValue(page.head);
        if (isLiaison(reader))
            r.addBindValue(reader.opd);
        if (!r.exec())
            return sqlError(u"cannot read the reference stream"_s, r.lastError());
        while (r.next())
            page.reference.append(r.value(0).toByteArray());
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QString columns = u"SELECT id, "_s + textColumn(u"state_json"_s) + u" FROM complaints "_s;
    if (isLiaison(reader)) {
        q.prepare(columns + u"WHERE id > ? AND opd = ? ORDER BY id LIMIT ?"_s);
        q.addBindValue(after.isNull() ? u""_s : after);
        q.addBindValue(reader.opd);
    } else {
        q.prepare(columns + u"WHERE id > ? ORDER BY id LIMIT ?"_s);
        q.addBindValue(after.isNull() ? u""_s : after);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"cannot read the snapshot"_s, q.lastError());
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
        page.entries.append({q.value(1).toByteArray(), {}});
    }
    q.finish(); // QPSQL streams a forward-only result: finish it before the next query on the connection
    if (ids.isEmpty())
        return page;
    // The page's histories in one query (not one per complaint), each in version order.
    QSqlQuery h(database());
    h.setForwardOnly(true);
    QString marks = u"?"_s;
    for (qsizetype i = 1; i < ids.size(); ++i)
        marks += u",?"_s;
    h.prepare(u"SELECT complaint_id, "_s + textColumn(u"json"_s) + u" FROM events WHERE complaint_id IN ("_s + marks
              + u") ORDER BY complaint_id, version"_s);
    for (const QString &id : std::as_const(ids))
        h.addBindValue(id);
    if (!h.exec())
        return sqlError(u"cannot read the snapshot's histories"_s, h.lastError());
    QHash<QString, QList<QByteArray>> histories;
    histories.reserve(ids.size());
    while (h.next())
        histories[h.value(0).toString()].append(h.value(1).toByteArray());
    for (qsizetype i = 0; i < ids.size(); ++i)
        page.entries[i].history = histories.value(ids.at(i));
    if (page.entries.size() == limit)
        page.next = ids.constLast();
    return page;
}

Result<SnapshotPage> SqlHubStore::snapshot(const QString &after, int limit, const Actor &reader)
{
    const auto stored = storedSnapshot(after, limit, reader);
    if (!stored.ok())
        return stored.error();
    SnapshotPage page;
    page.head = stored->head;
    page.next = stored->next;
    page.entries.reserve(stored->entries.size());
    for (const StoredSnapshotEntry &entry : stored->entries)
        page.entries.append({complaintFrom(entry.state), eventsFrom(entry.history)});
    return page;
}

} // namespace rabeg
