#include "SopCatalogQuery.h"

#include "SqliteConnection.h"
#include "codec/DomainCodec.h"
#include "sop/SopPublication.h"
#include "sop/SopTemplateJson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<QList<Event>> SopCatalogQuery::referenceEvents() const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT json FROM events WHERE complaint_id = ? ORDER BY version"_s);
    q.addBindValue(QUuid().toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlError(u"cannot read the synced SOP templates"_s, q.lastError());
    QList<Event> events;
    while (q.next()) {
        const auto event
            = decodeEvent(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), DecodeMode::Tolerant);
        if (event.ok())
            events.append(event.value());
    }
    return events;
}

Result<std::pair<qint64, qint64>> SopCatalogQuery::referenceStamp() const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM events WHERE complaint_id = ?"_s);
    q.addBindValue(QUuid().toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return sqlError(u"cannot read the synced reference events"_s, q.lastError());
    return std::pair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Result<SopCatalog> SopCatalogQuery::catalog(const SopCatalog &shipped) const
{
    const auto events = referenceEvents();
    if (!events.ok())
        return events.error();
    SopCatalog catalog = shipped;
    for (const Event &event : events.value()) {
        if (Status status = catalog.learn(event))
            return *status;
    }
    return catalog;
}

Result<QList<SopDraft>> SopCatalogQuery::openDrafts(const SopCatalog &catalog) const
{
    const auto events = referenceEvents();
    if (!events.ok())
        return events.error();
    QList<SopDraft> drafts;
    for (const Event &event : events.value()) {
        if (event.typeName != QStringView(kSopDraftSubmittedType))
            continue;
        const auto sop = decodeSopTemplate(event.payload, u"payload"_s, DecodeMode::Tolerant);
        if (!sop.ok() || sop->version != catalog.latestVersion(sop->opd, sop->service) + 1)
            continue;
        drafts.append({event.id, event.actor.user, event.payload.value(u"reason"_s).toString(), event.at, sop.value()});
    }
    return drafts;
}

} // namespace rabeg
