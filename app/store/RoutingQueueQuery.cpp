#include "RoutingQueueQuery.h"

#include "codec/WireTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<qint64> RoutingQueueQuery::count() const
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"SELECT count(*) FROM complaints WHERE state = 'verified'"_s) || !q.next())
        return sqlError(u"cannot count the routing queue"_s, q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<RoutingQueueItem>> RoutingQueueQuery::items(int limit) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    // A verified complaint's latest return, if any, is why it is back: only a return leads from an OPD to verified.
    q.prepare(u"SELECT c.id, c.tracking_id, c.received_at, c.title, c.body, c.classification, c.category, c.service,"
              u" c.kecamatan, c.kelurahan, c.anonim, c.rahasia, c.opd, c.escalated, c.cycle, c.version,"
              u" (SELECT json FROM events e WHERE e.complaint_id = c.id AND e.type = 'returned'"
              u"  ORDER BY e.version DESC LIMIT 1)"
              u" FROM complaints c WHERE c.state = 'verified' ORDER BY c.received_at, c.id LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"cannot read the routing queue"_s, q.lastError());
    QList<RoutingQueueItem> out;
    while (q.next()) {
        RoutingQueueItem item;
        Complaint &c = item.complaint;
        c.id = QUuid::fromString(q.value(0).toString());
        c.trackingId = q.value(1).toString();
        c.receivedAt = parseWireTime(q.value(2).toString());
        c.title = q.value(3).toString();
        c.body = q.value(4).toString();
        c.classification = fromCode<Classification>(q.value(5).toString()).value_or(Classification::Unset);
        c.category = q.value(6).toString();
        c.service = q.value(7).toString();
        c.kecamatan = q.value(8).toString();
        c.kelurahan = q.value(9).toString();
        c.anonim = q.value(10).toBool();
        c.rahasia = q.value(11).toBool();
        c.opd = q.value(12).toString();
        c.escalated = q.value(13).toBool();
        c.cycle = q.value(14).toInt();
        c.version = q.value(15).toLongLong();
        c.state = ComplaintState::Verified;
        if (!q.value(16).isNull()) {
            const QJsonObject payload =
                QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object().value(u"payload"_s).toObject();
            item.returnedBy = payload.value(u"opd"_s).toString();
            item.returnReason = payload.value(u"reason"_s).toString();
            item.returnNote = payload.value(u"note"_s).toString();
        }
        out.append(item);
    }
    return out;
}

} // namespace rabeg
