#include "LaporCacheQuery.h"

#include "codec/DomainCodec.h"
#include "codec/WireTime.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<QHash<QString, QUuid>> LaporCacheQuery::externalRefs() const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT external_ref, id FROM complaints WHERE external_ref <> ''"_s))
        return sqlError(u"cannot read the LAPOR! references"_s, q.lastError());
    QHash<QString, QUuid> refs;
    while (q.next())
        refs.insert(q.value(0).toString(), QUuid::fromString(q.value(1).toString()));
    return refs;
}

Result<QList<LaporCachedEvent>> LaporCacheQuery::eventsSince(const QDateTime &since, const QStringList &types) const
{
    QStringList marks;
    for (qsizetype i = 0; i < types.size(); ++i)
        marks.append(u"?"_s);
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.external_ref, c.tracking_id, e.json FROM complaints c"
              u" JOIN events e ON e.complaint_id = c.id"
              u" WHERE c.external_ref <> '' AND e.at >= ? AND e.type IN ("_s
              + marks.join(u',') + u") ORDER BY e.at, e.seq"_s);
    q.addBindValue(toWireTime(since.toUTC()));
    for (const QString &type : types)
        q.addBindValue(type);
    if (!q.exec())
        return sqlError(u"cannot read the LAPOR! follow-ups"_s, q.lastError());
    QList<LaporCachedEvent> events;
    while (q.next()) {
        const auto event
            = decodeEvent(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), DecodeMode::Tolerant);
        if (!event.ok() || !event->known)
            continue;
        events.append({q.value(0).toString(), q.value(1).toString(), event.value()});
    }
    return events;
}

} // namespace rabeg
