#include "SyncRepository.h"

#include "BootstrapIndex.h"
#include "ComplaintRepository.h"
#include "PublishedPolicy.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"

#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

// RABEG_SYNC_TRACE=FILE appends "B" before each page transaction and "C" after its commit, so the crash test can
// tell whether a kill -9 landed inside a transaction. Off (and free) unless the variable is set.
void trace(char mark)
{
    static const QString path = qEnvironmentVariable("RABEG_SYNC_TRACE");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write(QByteArray(1, mark) + '\n');
}

// Runs `work` in one transaction; rolls back on any failure.
template <typename Work>
Status inTransaction(QSqlDatabase db, Work work)
{
    trace('B');
    if (Status begun = beginWrite(db, u"cannot begin a transaction"_s))
        return *begun;
    Status status = work();
    if (status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const Error error = sqlError(u"cannot commit"_s, db.lastError());
        db.rollback();
        return error;
    }
    trace('C');
    return std::nullopt;
}

// Statements a page runs for every item, prepared once per page: preparing them again for every row cost more than
// running them.
constexpr auto kCachedVersion = u"SELECT version FROM complaints WHERE id = ?";
constexpr auto kInsertEvent = u"INSERT OR IGNORE INTO events (complaint_id, version, seq, id, type, at, actor_user,"
                              u" actor_role, json) VALUES (?,?,?,?,?,?,?,?,?)";

// By version: an older state (a page taken a moment earlier) never overwrites a newer one.
Result<bool> isNewerThanCached(QSqlQuery &cachedVersion, const Complaint &state)
{
    cachedVersion.addBindValue(uuidText(state.id));
    if (!cachedVersion.exec())
        return sqlError(u"cannot read a cached complaint"_s, cachedVersion.lastError());
    const bool newer = !cachedVersion.next() || cachedVersion.value(0).toLongLong() < state.version;
    cachedVersion.finish();
    return newer;
}

Status insertEvent(QSqlQuery &insert, const Event &event, const QJsonObject &json = QJsonObject(),
                   const QByteArray &text = QByteArray())
{
    insert.addBindValue(uuidText(event.complaintId));
    insert.addBindValue(event.version);
    insert.addBindValue(event.seq);
    insert.addBindValue(uuidText(event.id));
    insert.addBindValue(event.typeName.isEmpty() ? toCode(event.type) : event.typeName);
    insert.addBindValue(toWireTime(event.at));
    insert.addBindValue(event.actor.user);
    insert.addBindValue(toCode(event.actor.role));
    // The event as received, rather than encoded again from its decoded form (an eighth of a bootstrap's time),
    // and best its very text (a tenth).
    insert.addBindValue(QString::fromUtf8(
        !text.isEmpty() ? text
                        : QJsonDocument(json.isEmpty() ? encodeEvent(event) : json).toJson(QJsonDocument::Compact)));
    if (!insert.exec())
        return sqlError(u"cannot store an event"_s, insert.lastError());
    return std::nullopt;
}

// The item's events when they are the complaint's whole history up to the state it carries (versions 1..V, V the
// state's version). Written as newer than the cache, that state means the cache held no event past V either (a
// cached state is never older than a cached event), so these are exactly the events cached after the page.
std::optional<QList<Event>> wholeHistory(const PulledItem &item)
{
    QMap<qint64, const Event *> byVersion;
    for (const Event &event : item.history)
        byVersion.insert(event.version, &event);
    if (item.event && item.event->known)
        byVersion.insert(item.event->version, &*item.event);
    if (!item.state || byVersion.isEmpty() || byVersion.firstKey() != 1 || byVersion.lastKey() != item.state->version
        || byVersion.size() != item.state->version)
        return std::nullopt;
    QList<Event> history;
    history.reserve(byVersion.size());
    for (const Event *event : std::as_const(byVersion))
        history.append(*event);
    return history;
}

} // namespace

Status SyncRepository::putState(const Complaint &state)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QString::fromUtf16(kCachedVersion));
    const auto newer = isNewerThanCached(q, state);
    if (!newer.ok())
        return newer.error();
    if (!newer.value())
        return std::nullopt;
    return ComplaintRepository(m_cache).put(state, {});
}

Status SyncRepository::putEvent(const Event &event)
{
    QSqlQuery e(m_cache.database());
    e.prepare(QString::fromUtf16(kInsertEvent));
    return insertEvent(e, event);
}

Status SyncRepository::removeComplaint(const QUuid &id)
{
    QSqlQuery q(m_cache.database());
    for (const auto *sql : {u"DELETE FROM complaints WHERE id = ?", u"DELETE FROM events WHERE complaint_id = ?"}) {
        q.prepare(QString::fromUtf16(sql));
        q.addBindValue(uuidText(id));
        if (!q.exec())
            return sqlError(u"cannot remove a complaint"_s, q.lastError());
    }
    // Its derived facts go with it (SOP progress, clock cycles, the report's facts and stall spans): derived from no
    // history, each writer removes its rows. Else a complaint that left a liaison's scope (returned, moved to another
    // OPD) stayed stalled on the stall board and in every later weekly report of that cache.
    return ComplaintRepository(m_cache).deriveNextDue({uuidText(id)});
}

Status SyncRepository::applyItems(const QList<PulledItem> &items, ComplaintRepository &complaints)
{
    QSqlQuery cachedVersion(m_cache.database());
    QSqlQuery insert(m_cache.database());
    if (!cachedVersion.prepare(QString::fromUtf16(kCachedVersion)))
        return sqlError(u"cannot prepare the page's statements"_s, cachedVersion.lastError());
    if (!insert.prepare(QString::fromUtf16(kInsertEvent)))
        return sqlError(u"cannot prepare the page's statements"_s, insert.lastError());
    // Next due times are derived once the whole page is in: from the item when it carries the whole history up to
    // the state it writes (a bootstrap page, a complaint entering the scope), else from the cached history.
    QStringList fromCache;
    bool policyPublished = false;
    for (const PulledItem &item : items) {
        if (!item.removed.isNull()) {
            if (Status status = removeComplaint(item.removed))
                return status;
            continue;
        }
        if (item.event && item.event->complaintId.isNull()) {
            // A reference event (sop_published): kept for SopCatalogQuery; no complaint to write. A published SLA
            // policy or calendar is adopted once the page's complaints are in (PublishedPolicy.h).
            policyPublished = policyPublished || item.event->typeName == QStringView(kSlaPolicyPublishedType)
                || item.event->typeName == QStringView(kCalendarPublishedType);
            if (!item.eventJson.isEmpty() || !item.eventText.isEmpty()) {
                if (Status status = insertEvent(insert, *item.event, item.eventJson, item.eventText))
                    return status;
            }
            continue;
        }
        // The complaint's row before its events: the dashboard's triggers on events read the OPD holding it
        // (DashboardSchema.h), which a bootstrap's history would otherwise find missing.
        bool written = false;
        if (item.state) {
            const auto newer = isNewerThanCached(cachedVersion, *item.state);
            if (!newer.ok())
                return newer.error();
            if (newer.value()) {
                if (Status status = complaints.put(*item.state, {}))
                    return status;
                written = true;
            }
        }
        for (qsizetype i = 0; i < item.history.size(); ++i) {
            if (Status status = insertEvent(insert, item.history.at(i), item.historyJson.value(i),
                                            item.historyText.value(i)))
                return status;
        }
        const bool withEvent = item.event && item.event->known && !item.event->complaintId.isNull();
        if (withEvent) {
            if (Status status = insertEvent(insert, *item.event, item.eventJson, item.eventText))
                return status;
        }
        const QUuid id = item.state ? item.state->id : withEvent ? item.event->complaintId : QUuid();
        if (id.isNull() || (!written && !withEvent && item.history.isEmpty()))
            continue;
        if (const auto whole = written ? wholeHistory(item) : std::nullopt) {
            if (Status status = complaints.storeDerived(uuidText(id), *whole))
                return status;
        } else {
            fromCache.append(uuidText(id));
        }
    }
    fromCache.removeDuplicates();
    for (qsizetype i = 0; i < fromCache.size(); i += 200) {
        if (Status status = complaints.deriveNextDue(fromCache.mid(i, 200)))
            return status;
    }
    if (policyPublished) {
        if (const auto adopted = adoptPublishedPolicy(m_cache); !adopted.ok())
            return adopted.error();
    }
    return std::nullopt;
}

Status SyncRepository::applySnapshotPage(const QList<PulledItem> &items, const QString &nextKey)
{
    return inTransaction(m_cache.database(), [&]() -> Status {
        // A bootstrap into an empty cache indexes its complaints for search once, with its last page.
        BootstrapIndex index(m_cache);
        if (Status status = index.defer())
            return status;
        ComplaintRepository complaints(m_cache); // its statements prepared once for the page
        if (Status status = applyItems(items, complaints))
            return status;
        if (nextKey.isEmpty()) {
            if (Status status = index.finish())
                return status;
        }
        return m_cache.setMeta(u"bootstrap_key"_s, nextKey);
    });
}

Status SyncRepository::finishBootstrapIndex()
{
    if (!BootstrapIndex(m_cache).deferred())
        return std::nullopt;
    return inTransaction(m_cache.database(), [&]() -> Status { return BootstrapIndex(m_cache).finish(); });
}

Status SyncRepository::applyEventPage(const QList<PulledItem> &items, qint64 cursor)
{
    return inTransaction(m_cache.database(), [&]() -> Status {
        ComplaintRepository complaints(m_cache);
        if (Status status = applyItems(items, complaints))
            return status;
        return m_cache.setMeta(u"cursor"_s, QString::number(cursor));
    });
}

Status SyncRepository::resetForBootstrap()
{
    return inTransaction(m_cache.database(), [&]() -> Status {
        if (Status status = m_cache.connection().exec({u"DELETE FROM complaints"_s, u"DELETE FROM events"_s}))
            return status;
        for (const auto *key : {u"cursor", u"bootstrap_key", u"bootstrap_head", u"bootstrapped"}) {
            if (Status status = m_cache.setMeta(QString::fromUtf16(key), u""_s))
                return status;
        }
        return std::nullopt;
    });
}

Status SyncRepository::applyConfirmed(const QString &commandId, const Complaint &state, const QList<Event> &events)
{
    return inTransaction(m_cache.database(), [&]() -> Status {
        for (const Event &event : events) {
            if (Status status = putEvent(event))
                return status;
        }
        if (Status status = putState(state))
            return status;
        if (Status status = ComplaintRepository(m_cache).deriveNextDue({uuidText(state.id)}))
            return status;
        return discard(commandId);
    });
}

Status SyncRepository::enqueue(const Command &command, const QDateTime &now)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"INSERT INTO outbox (command_id, complaint_id, type, json, created_at) VALUES (?,?,?,?,?)"_s);
    q.addBindValue(uuidText(command.commandId));
    q.addBindValue(uuidText(command.complaintId));
    q.addBindValue(toCode(command.type));
    q.addBindValue(QString::fromUtf8(QJsonDocument(encodeCommand(command)).toJson(QJsonDocument::Compact)));
    q.addBindValue(toWireTime(now));
    if (!q.exec())
        return sqlError(u"cannot queue the command"_s, q.lastError());
    return std::nullopt;
}

Result<QList<OutboxEntry>> SyncRepository::outbox() const
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"SELECT id, json, status, attempts, error_code, error_message, server_state FROM outbox ORDER BY id"_s))
        return sqlError(u"cannot read the outbox"_s, q.lastError());
    QList<OutboxEntry> entries;
    while (q.next()) {
        const auto command =
            decodeCommand(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), DecodeMode::Tolerant);
        if (!command.ok())
            continue;
        entries.append({q.value(0).toLongLong(), command.value(), q.value(2).toString(), q.value(3).toInt(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return entries;
}

Status SyncRepository::markOutbox(const QString &commandId, const QString &status, const QString &code,
                                  const QString &message, const QString &serverState)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"UPDATE outbox SET status = ?, error_code = ?, error_message = ?, server_state = ? WHERE command_id = ?"_s);
    for (const QString &v : {status, code, message, serverState, commandId})
        q.addBindValue(v.isNull() ? u""_s : v);
    if (!q.exec())
        return sqlError(u"cannot update the outbox"_s, q.lastError());
    return std::nullopt;
}

Status SyncRepository::countAttempt(const QString &commandId)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1 WHERE command_id = ?"_s);
    q.addBindValue(commandId);
    if (!q.exec())
        return sqlError(u"cannot update the outbox"_s, q.lastError());
    return std::nullopt;
}

Status SyncRepository::discard(const QString &commandId)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"DELETE FROM outbox WHERE command_id = ?"_s);
    q.addBindValue(commandId);
    if (!q.exec())
        return sqlError(u"cannot update the outbox"_s, q.lastError());
    return std::nullopt;
}

Result<int> SyncRepository::countOutbox(const QString &status) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT COUNT(*) FROM outbox WHERE status = ?"_s);
    q.addBindValue(status);
    if (!q.exec() || !q.next())
        return sqlError(u"cannot count the outbox"_s, q.lastError());
    return q.value(0).toInt();
}

} // namespace rabeg
