#include "ComplaintRepository.h"

#include "BulkPageCache.h"

#include "codec/DomainCodec.h"
#include "codec/WireTime.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr auto kComplaintColumns =
    u"id, tracking_id, external_ref, channel, received_at, title, body, classification, category, service, "
    u"kecamatan, kelurahan, address, anonim, rahasia, state, opd, agency, assignee, duplicate_of, escalated, "
    u"cycle, version, updated_at";

QString uuidText(const QUuid &id) { return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces); }

// Qt binds a null QString as SQL NULL; the cache keeps "no value" as an empty string.
QVariant text(const QString &value) { return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value); }

Complaint complaintFrom(const QSqlQuery &q)
{
    Complaint c;
    c.id = QUuid::fromString(q.value(0).toString());
    c.trackingId = q.value(1).toString();
    c.externalRef = q.value(2).toString();
    c.channel = fromCode<Channel>(q.value(3).toString()).value_or(Channel::Lapor);
    c.receivedAt = parseWireTime(q.value(4).toString());
    c.title = q.value(5).toString();
    c.body = q.value(6).toString();
    c.classification = fromCode<Classification>(q.value(7).toString()).value_or(Classification::Unset);
    c.category = q.value(8).toString();
    c.service = q.value(9).toString();
    c.kecamatan = q.value(10).toString();
    c.kelurahan = q.value(11).toString();
    c.address = q.value(12).toString();
    c.anonim = q.value(13).toBool();
    c.rahasia = q.value(14).toBool();
    c.state = fromCode<ComplaintState>(q.value(15).toString()).value_or(ComplaintState::Received);
    c.opd = q.value(16).toString();
    c.agency = q.value(17).toString();
    c.assignee = q.value(18).toString();
    c.duplicateOf = QUuid::fromString(q.value(19).toString());
    c.escalated = q.value(20).toBool();
    c.cycle = q.value(21).toInt();
    c.version = q.value(22).toLongLong();
    c.updatedAt = parseWireTime(q.value(23).toString());
    return c;
}

} // namespace

Status ComplaintRepository::begin()
{
    QSqlDatabase db = m_cache.database();
    return beginWrite(db, u"cannot begin a transaction"_s);
}

Status ComplaintRepository::commit()
{
    if (!m_cache.database().commit())
        return sqlError(u"cannot commit"_s, m_cache.database().lastError());
    return std::nullopt;
}

ComplaintRepository::~ComplaintRepository() = default;

Status ComplaintRepository::put(const Complaint &c, const QList<Event> &events)
{
    // An upsert, not INSERT OR REPLACE: a replace deletes the row without firing the full-text index's trigger.
    if (!m_upsert) {
        QString sql = u"INSERT INTO complaints ("_s + QStringView(kComplaintColumns)
                      + u") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "_s;
        const QStringList columns = QString::fromUtf16(kComplaintColumns).split(u", "_s);
        QStringList sets;
        for (const QString &column : columns.mid(1))
            sets.append(column + u" = excluded."_s + column);
        auto upsert = std::make_unique<QSqlQuery>(m_cache.database());
        if (!upsert->prepare(sql + sets.join(u", "_s)))
            return sqlError(u"cannot prepare storing complaints"_s, upsert->lastError());
        m_upsert = std::move(upsert);
    }
    QSqlQuery &q = *m_upsert;
    const QVariantList values = {uuidText(c.id),       c.trackingId,        c.externalRef,
                                 toCode(c.channel),    toWireTime(c.receivedAt), c.title,
                                 c.body,               toCode(c.classification), c.category,
                                 c.service,            c.kecamatan,         c.kelurahan,
                                 c.address,            int(c.anonim),       int(c.rahasia),
                                 toCode(c.state),      c.opd,               c.agency,
                                 c.assignee,           uuidText(c.duplicateOf), int(c.escalated),
                                 c.cycle,              c.version,           toWireTime(c.updatedAt)};
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        q.bindValue(i, value.typeId() == QMetaType::QString ? text(value.toString()) : value);
    }
    if (!q.exec())
        return sqlError(u"cannot store complaint "_s + c.trackingId, q.lastError());
    if (events.isEmpty())
        return std::nullopt;

    if (!m_insertEvent) {
        auto insert = std::make_unique<QSqlQuery>(m_cache.database());
        if (!insert->prepare(u"INSERT OR REPLACE INTO events (complaint_id, version, seq, id, type, at, actor_user,"
                             u" actor_role, json) VALUES (?,?,?,?,?,?,?,?,?)"_s))
            return sqlError(u"cannot prepare storing events"_s, insert->lastError());
        m_insertEvent = std::move(insert);
    }
    QSqlQuery &e = *m_insertEvent;
    for (const Event &event : events) {
        e.bindValue(0, uuidText(event.complaintId));
        e.bindValue(1, event.version);
        e.bindValue(2, event.seq);
        e.bindValue(3, text(uuidText(event.id)));
        e.bindValue(4, event.typeName.isEmpty() ? toCode(event.type) : event.typeName);
        e.bindValue(5, toWireTime(event.at));
        e.bindValue(6, event.actor.user);
        e.bindValue(7, toCode(event.actor.role));
        e.bindValue(8, QString::fromUtf8(QJsonDocument(encodeEvent(event)).toJson(QJsonDocument::Compact)));
        if (!e.exec())
            return sqlError(u"cannot store an event of "_s + c.trackingId, e.lastError());
    }
    return storeDerived(uuidText(c.id), events);
}

Status ComplaintRepository::storeDerived(const QString &id, const QList<Event> &history)
{
    // complaint_due (the next due points) is written by the ClockCycleWriter with the running cycles it derives from
    // (cache schema 16, DuePoints.h).
    if (!m_factWritersMade) {
        m_factWriters = makeDerivedFactWriters(m_cache);
        m_factWritersMade = true;
    }
    for (const auto &writer : m_factWriters) {
        if (Status status = writer->write(id, history))
            return status;
    }
    return std::nullopt;
}

Status ComplaintRepository::deriveNextDue(const QStringList &ids)
{
    const auto cached = histories(ids);
    if (!cached.ok())
        return cached.error();
    for (const QString &id : ids) {
        if (Status status = storeDerived(id, cached->value(id)))
            return status;
    }
    return std::nullopt;
}

Status ComplaintRepository::deriveAllNextDue(HistoryPassProgress *progress)
{
    if (!m_factWritersMade) {
        m_factWriters = makeDerivedFactWriters(m_cache);
        m_factWritersMade = true;
    }
    for (const auto &writer : m_factWriters) {
        if (Status status = writer->clearAll())
            return status;
    }
    return forEachHistory({}, [this, progress](const QString &id, const QList<Event> &history) {
        if (progress)
            progress->at(id);
        return storeDerived(id, history);
    });
}

Status ComplaintRepository::forEachHistory(const QString &idsSql, const HistorySink &sink) const
{
    // One pass over the events in primary-key order: histories come grouped by complaint, in version order.
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    const QString where = idsSql.isEmpty() ? QString() : u" WHERE complaint_id IN ("_s + idsSql + u')';
    if (!q.exec(u"SELECT complaint_id, json FROM events"_s + where + u" ORDER BY complaint_id, version"_s))
        return sqlError(u"cannot read histories"_s, q.lastError());
    QString current;
    QList<Event> history;
    while (q.next()) {
        QString id = q.value(0).toString();
        if (id != current) {
            if (Status status = current.isEmpty() ? std::nullopt : sink(current, history))
                return status;
            current = std::move(id);
            history.clear();
        }
        auto event
            = decodeEvent(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), DecodeMode::Tolerant);
        if (event.ok())
            history.append(event.value());
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot read histories"_s, q.lastError());
    return current.isEmpty() ? std::nullopt : sink(current, history);
}

Result<qint64> ComplaintRepository::count(const InboxFilter &filter) const
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(filter.escalatedOnly ? u"SELECT count(*) FROM complaints WHERE escalated = 1"_s
                                     : u"SELECT count(*) FROM complaints"_s)
        || !q.next())
        return sqlError(u"cannot count complaints"_s, q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<InboxRow>> ComplaintRepository::page(const std::optional<InboxCursor> &after, int limit,
                                                  const InboxFilter &filter) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    QStringList where;
    if (filter.escalatedOnly)
        where.append(u"escalated = 1"_s);
    if (after)
        where.append(u"(received_at, id) < (?, ?)"_s);
    q.prepare(u"SELECT id, tracking_id, received_at, title, service, kecamatan, state, opd, escalated, anonim, rahasia "
              u"FROM complaints "_s
              + (where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s))
              + u" ORDER BY received_at DESC, id DESC LIMIT ?"_s);
    if (after) {
        q.addBindValue(after->receivedAt);
        q.addBindValue(after->id);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    QList<InboxRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        InboxRow row;
        row.id = q.value(0).toString();
        row.trackingId = q.value(1).toString();
        row.receivedAt = parseWireTime(q.value(2).toString());
        row.title = q.value(3).toString();
        row.service = q.value(4).toString();
        row.kecamatan = q.value(5).toString();
        row.state = fromCode<ComplaintState>(q.value(6).toString()).value_or(ComplaintState::Received);
        row.opd = q.value(7).toString();
        row.escalated = q.value(8).toBool();
        row.anonim = q.value(9).toBool();
        row.rahasia = q.value(10).toBool();
        rows.append(row);
    }
    return rows;
}

Result<QHash<QString, QList<Event>>> ComplaintRepository::histories(const QStringList &ids) const
{
    QHash<QString, QList<Event>> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    QStringList marks(ids.size(), u"?"_s);
    q.prepare(u"SELECT complaint_id, json FROM events WHERE complaint_id IN ("_s + marks.join(u',')
              + u") ORDER BY complaint_id, version"_s);
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return sqlError(u"cannot read histories"_s, q.lastError());
    while (q.next()) {
        auto event = decodeEvent(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), DecodeMode::Tolerant);
        if (event.ok())
            out[q.value(0).toString()].append(event.value());
    }
    return out;
}

Result<std::optional<Complaint>> ComplaintRepository::find(const QUuid &id) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT "_s + QStringView(kComplaintColumns) + u" FROM complaints WHERE id = ?"_s);
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlError(u"cannot read a complaint"_s, q.lastError());
    if (!q.next())
        return std::optional<Complaint>();
    return std::optional<Complaint>(complaintFrom(q));
}

Result<QList<Event>> ComplaintRepository::history(const QUuid &id) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT json FROM events WHERE complaint_id = ? ORDER BY version"_s);
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlError(u"cannot read a history"_s, q.lastError());
    QList<Event> events;
    while (q.next()) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        auto event = decodeEvent(json, DecodeMode::Tolerant);
        if (event.ok())
            events.append(event.value());
    }
    return events;
}

Status fillWithDemoData(LocalCache &cache, const ReferenceData &reference, const DemoCorpus &corpus,
                        const DemoOptions &options, const DemoFillHooks &hooks)
{
    const BulkPageCache pages(cache, 4096);
    ComplaintRepository repository(cache);
    DemoGenerator generator(reference, corpus, options);
    constexpr int kBatch = 10000;
    qint64 written = 0;
    Status failure;
    if (Status status = repository.begin())
        return status;
    const Status run = generator.run([&](const DemoComplaint &generated) {
        DemoComplaint amended;
        if (hooks.amend) {
            amended = generated;
            if ((failure = hooks.amend(amended)))
                return false;
        }
        const DemoComplaint &demo = hooks.amend ? amended : generated;
        if ((failure = repository.put(demo.complaint, demo.events)))
            return false;
        ++written;
        if (written % kBatch == 0 && ((failure = repository.commit()) || (failure = repository.begin())))
            return false;
        if (hooks.progress && written % 100000 == 0)
            hooks.progress(written);
        return true;
    });
    if (run || failure) {
        cache.database().rollback();
        return run ? run : failure;
    }
    return repository.commit();
}

} // namespace rabeg
