#include "AdminAuditRoute.h"

#include "HubApi.h"
#include "codec/WireTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rabeg {

bool AdminAuditRoute::handles(const QString &path)
{
    return path == u"/api/v1/admin/reference-events"_s;
}

HubResponse AdminAuditRoute::handle(const HubRequest &request, const Actor &actor, const QJsonObject &envelope)
{
    if (actor.role != Role::Admin)
        return HubResponse::error(403, u"role_not_allowed"_s,
                                  u"Only an admin reads the audit of administration. Ask Kominfo's administrator."_s);
    if (request.method != "GET")
        return HubResponse::error(405, u"method_not_allowed"_s, u"Use GET to read the reference events."_s);
    const auto stream = m_store.referenceEvents(0);
    if (!stream.ok())
        return storageFailure(stream.error());
    QJsonArray events;
    for (const Event &event : stream.value()) {
        events.append(QJsonObject {{u"version"_s, event.version},
                                   {u"type"_s, event.typeName},
                                   {u"user"_s, event.actor.user},
                                   {u"role"_s, toCode(event.actor.role)},
                                   {u"at"_s, toWireTime(event.at)},
                                   {u"workstation"_s, event.workstation},
                                   {u"payload"_s, event.payload}});
    }
    QJsonObject body = envelope;
    body.insert(u"events"_s, events);
    return HubResponse::json(200, body);
}

} // namespace rabeg
