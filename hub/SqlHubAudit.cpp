// The audit log of SqlHubStore (AuditEntry.h) and the retention purge of reporters' identities.
#include "SqlHubStore.h"

#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "json/CanonicalJson.h"
#include "store/SqliteConnection.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString uuidText(const QUuid &id) { return id.isNull() ? QString(u""_s) : id.toString(QUuid::WithoutBraces); }

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = parseWireTime(q.value(1).toString());
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.complaintId = QUuid::fromString(q.value(4).toString());
    e.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

constexpr auto kAuditColumns = u"seq, at, actor_user, action, complaint_id, detail, prev_hash, hash";

} // namespace

Result<AuditEntry> SqlHubStore::appendAuditLocked(const AuditEntry &entry)
{
    AuditEntry e = entry;
    e.prevHash = QString::fromLatin1(kGenesisHash);
    QSqlQuery q(database());
    if (!q.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s))
        return sqlError(u"cannot read the audit log's head"_s, q.lastError());
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString();
    } else {
        e.seq = 1;
    }
    e.at = e.at.toUTC();
    e.hash = auditHash(e);
    q.prepare(u"INSERT INTO audit_log(seq, at, actor_user, action, complaint_id, detail, prev_hash, hash) "
              u"VALUES (?,?,?,?,?,?,?,?)"_s);
    for (const QVariant &v : {QVariant(e.seq), QVariant(toWireTime(e.at)), QVariant(e.actor), QVariant(e.action),
                              QVariant(uuidText(e.complaintId)),
                              QVariant(QString::fromUtf8(json::canonicalBytesUnchecked(e.detail))),
                              QVariant(e.prevHash), QVariant(e.hash)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(u"cannot write to the audit log"_s, q.lastError());
    return e;
}

Result<AuditEntry> SqlHubStore::appendAudit(const AuditEntry &entry)
{
    // Under the append lock: one writer at a time keeps the chain a chain, on both back ends.
    if (Status status = begin())
        return *status;
    // A view a workstation sends again (its answer lost): the entry already written, not a second one.
    const QString viewId = entry.detail.value(u"view_id"_s).toString();
    if (!viewId.isEmpty()) {
        QSqlQuery q(database());
        q.prepare(u"SELECT %1 FROM audit_log WHERE complaint_id = ? AND action = ? AND detail LIKE ? ORDER BY seq "
                  u"LIMIT 1"_s.arg(kAuditColumns));
        q.addBindValue(uuidText(entry.complaintId));
        q.addBindValue(entry.action);
        q.addBindValue(QString(u"%\"view_id\":\""_s + viewId + u"\"%"_s));
        if (!q.exec()) {
            rollback();
            return sqlError(u"cannot read the audit log"_s, q.lastError());
        }
        if (q.next()) {
            const AuditEntry existing = entryFrom(q);
            rollback();
            return existing;
        }
    }
    auto appended = appendAuditLocked(entry);
    if (!appended.ok()) {
        rollback();
        return appended;
    }
    if (Status status = commit())
        return *status;
    return appended;
}

Result<QList<AuditEntry>> SqlHubStore::auditEntries(const QUuid &complaint, const QDateTime &from, const QDateTime &to)
{
    QSqlQuery q(database());
    if (!complaint.isNull()) {
        q.prepare(u"SELECT %1 FROM audit_log WHERE complaint_id = ? ORDER BY seq"_s.arg(kAuditColumns));
        q.addBindValue(uuidText(complaint));
    } else {
        q.prepare(u"SELECT %1 FROM audit_log WHERE at >= ? AND at < ? ORDER BY seq"_s.arg(kAuditColumns));
        q.addBindValue(toWireTime(from));
        q.addBindValue(toWireTime(to));
    }
    if (!q.exec())
        return sqlError(u"cannot read the audit log"_s, q.lastError());
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

Result<std::optional<AuditEntry>> SqlHubStore::auditHead()
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT 1"_s.arg(kAuditColumns)))
        return sqlError(u"cannot read the audit log's head"_s, q.lastError());
    if (!q.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryFrom(q));
}

Result<std::optional<qint64>> SqlHubStore::verifyAuditChain()
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM audit_log ORDER BY seq"_s.arg(kAuditColumns)))
        return sqlError(u"cannot read the audit log"_s, q.lastError());
    QString prev = QString::fromLatin1(kGenesisHash);
    qint64 expected = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        if (e.seq != expected || e.prevHash != prev || auditHash(e) != e.hash)
            return std::optional<qint64>(e.seq);
        prev = e.hash;
        ++expected;
    }
    return std::optional<qint64>();
}

Result<qint64> SqlHubStore::purgeIdentities(const QDateTime &cutoff, int olderThanDays, const QDateTime &now)
{
    if (Status status = begin())
        return *status;
    const auto failed = [this](const Error &error) -> Result<qint64> {
        rollback();
        return error;
    };
    // The complaints of a table's rows in a final state since before the cut-off: a complaint in a final state has
    // been there since it last changed state. Identities, and attachments' bytes (a photo of an ID card is personal
    // data too; the attachment_added events keep name, size and SHA-256, so the chain stays valid).
    const auto dueIn = [this, &cutoff](const QString &table, QStringList &due) -> Status {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT DISTINCT t.complaint_id, c.state_json, (SELECT MAX(e.at) FROM events e WHERE "
                    u"e.complaint_id = t.complaint_id AND e.state_changing = 1) FROM %1 t JOIN complaints c "
                    u"ON c.id = t.complaint_id"_s.arg(table)))
            return sqlError(u"cannot read the %1 to purge"_s.arg(table), q.lastError());
        while (q.next()) {
            const auto state = decodeComplaint(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                                               DecodeMode::Tolerant);
            const QDateTime since = parseWireTime(q.value(2).toString());
            if (state && !isOpen(state->state) && since.isValid() && since < cutoff)
                due.append(q.value(0).toString());
        }
        QSqlQuery remove(database());
        remove.prepare(u"DELETE FROM %1 WHERE complaint_id = ?"_s.arg(table));
        for (const QString &id : std::as_const(due)) {
            remove.addBindValue(id);
            if (!remove.exec())
                return sqlError(u"cannot delete from %1"_s.arg(table), remove.lastError());
        }
        return std::nullopt;
    };
    QStringList due;
    if (Status status = dueIn(u"identities"_s, due))
        return failed(*status);
    QStringList attachmentsDue;
    if (Status status = dueIn(u"attachments"_s, attachmentsDue))
        return failed(*status);
    AuditEntry entry;
    entry.at = now;
    entry.actor = u"rabeg-hub"_s;
    entry.action = u"retention_purge"_s;
    entry.detail = {{u"older_than_days"_s, olderThanDays}, {u"closed_before"_s, toWireTime(cutoff)},
                    {u"identities_deleted"_s, qint64(due.size())},
                    {u"complaints_with_attachments_deleted"_s, qint64(attachmentsDue.size())}};
    const auto audited = appendAuditLocked(entry);
    if (!audited.ok())
        return failed(audited.error());
    if (Status status = commit())
        return *status;
    return qint64(due.size());
}

Result<std::pair<qint64, QString>> SqlHubStore::chainHead()
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"_s))
        return sqlError(u"cannot read the log head"_s, q.lastError());
    if (!q.next())
        return std::pair<qint64, QString>(0, QString::fromLatin1(kGenesisHash));
    return std::pair<qint64, QString>(q.value(0).toLongLong(), q.value(1).toString());
}

Result<QList<QByteArray>> SqlHubStore::storedHistoryOf(const QUuid &id)
{
    return storedHistoryUpTo(id, std::numeric_limits<qint64>::max());
}

Result<QUuid> SqlHubStore::complaintByTracking(const QString &trackingId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT id FROM complaints WHERE tracking_id = ?"_s);
    q.addBindValue(trackingId);
    if (!q.exec())
        return sqlError(u"cannot find the complaint"_s, q.lastError());
    return q.next() ? QUuid::fromString(q.value(0).toString()) : QUuid();
}

Result<QList<QByteArray>> SqlHubStore::storedEventsBetween(const QDateTime &from, const QDateTime &to)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM events WHERE at >= ? AND at < ? AND complaint_id <> '00000000-0000-0000-0000-000000000000' ORDER BY seq"_s.arg(textColumn(u"json"_s)));
    q.addBindValue(toWireTime(from));
    q.addBindValue(toWireTime(to));
    if (!q.exec())
        return sqlError(u"cannot read the events of the period"_s, q.lastError());
    QList<QByteArray> events;
    while (q.next())
        events.append(q.value(0).toByteArray());
    return events;
}

} // namespace rabeg
