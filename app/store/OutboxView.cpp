#include "OutboxView.h"

#include "ComplaintRepository.h"
#include "ReadSnapshot.h"
#include "codec/DomainCodec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<QList<OutboxEntry>> OutboxView::forComplaint(const QUuid &complaint) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT id, json, status, attempts, error_code, error_message, server_state FROM outbox"
              u" WHERE complaint_id = ? ORDER BY id"_s);
    q.addBindValue(complaint.toString(QUuid::WithoutBraces));
    if (!q.exec())
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

Result<PendingReads> OutboxView::pendingReads(const QUuid &complaint, bool withHistory,
                                              const std::function<void()> &betweenReads) const
{
    const ReadSnapshot snapshot(m_cache.database());
    const ComplaintRepository repository(m_cache);
    PendingReads reads;
    auto cached = repository.find(complaint);
    if (!cached.ok())
        return cached.error();
    reads.cached = std::move(cached).value();
    if (betweenReads)
        betweenReads();
    if (!reads.cached)
        return reads;
    auto entries = forComplaint(complaint);
    if (!entries.ok())
        return entries.error();
    reads.entries = std::move(entries).value();
    if (withHistory) {
        auto history = repository.history(complaint);
        if (!history.ok())
            return history.error();
        reads.history = std::move(history).value();
        for (const Event &event : std::as_const(reads.history))
            reads.confirmed.insert(event.commandId);
    }
    return reads;
}

Result<OutboxCounts> OutboxView::counts() const
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"SELECT status, count(*) FROM outbox GROUP BY status"_s))
        return sqlError(u"cannot count the outbox"_s, q.lastError());
    OutboxCounts counts;
    while (q.next()) {
        const QString status = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (status == u"pending"_s)
            counts.pending = n;
        else if (status == u"conflict"_s)
            counts.conflicts = n;
        else
            counts.refused += n;
    }
    return counts;
}

} // namespace rabeg
