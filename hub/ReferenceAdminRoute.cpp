#include "ReferenceAdminRoute.h"

#include "HubApi.h"
#include "HubLog.h"
#include "ReferenceRequest.h"
#include "routing/ReferenceVersions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kOpdsPath = u"/api/v1/admin/opds"_s;
const QString kAgenciesPath = u"/api/v1/admin/agencies"_s;
const QString kRoutingPath = u"/api/v1/admin/routing-table"_s;
const QString kCategoriesPath = u"/api/v1/admin/categories"_s;
const QString kServicesPath = u"/api/v1/admin/services"_s;

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}};
}

CommandOutcome refused(const Refusal &refusal)
{
    const int status = refusal.isForbidden()                        ? 403
        : refusal.kind == Refusal::Kind::WrongState                 ? 409
                                                                    : 422;
    return {status, errorBody(refusal.code, refusal.message)};
}

QJsonObject current(const ReferenceVersions &versions, const QString &path)
{
    const ReferenceData &reference = versions.reference();
    if (path == kRoutingPath) {
        QJsonObject out {{u"version"_s, versions.routingVersion()},
                         {u"rules"_s, ReferenceVersions::encodeRules(versions.routing().rules())}};
        if (versions.routingVersion() > 0) {
            out.insert(u"published_by"_s, versions.routingPublishedBy());
            out.insert(u"reason"_s, versions.routingReason());
        }
        return out;
    }
    QJsonArray list;
    if (path == kCategoriesPath) {
        for (const Category &c : reference.categories)
            list.append(QJsonObject {
                {u"id"_s, c.id}, {u"parent"_s, c.parent}, {u"name"_s, c.name}, {u"active"_s, c.active}});
        return {{u"categories"_s, list}};
    }
    if (path == kServicesPath) {
        for (const Service &s : reference.services)
            list.append(QJsonObject {
                {u"code"_s, s.code}, {u"category"_s, s.category}, {u"name"_s, s.name}, {u"active"_s, s.active}});
        return {{u"services"_s, list}};
    }
    if (path == kOpdsPath) {
        for (const Opd &opd : reference.opds)
            list.append(QJsonObject {{u"code"_s, opd.code}, {u"name"_s, opd.name}, {u"active"_s, opd.active}});
        return {{u"opds"_s, list}};
    }
    for (const Agency &agency : reference.agencies)
        list.append(QJsonObject {{u"code"_s, agency.code}, {u"name"_s, agency.name}, {u"active"_s, agency.active}});
    return {{u"agencies"_s, list}};
}

} // namespace

bool ReferenceAdminRoute::handles(const QString &path)
{
    return path == kOpdsPath || path == kAgenciesPath || path == kRoutingPath || path == kCategoriesPath
        || path == kServicesPath;
}

HubResponse ReferenceAdminRoute::handle(const HubRequest &request, const Actor &actor, const QDateTime &now,
                                        const QJsonObject &envelope, bool &appended)
{
    appended = false;
    if (request.method == "POST")
        return post(request, actor, now, appended);
    if (request.method != "GET")
        return HubResponse::error(405, u"method_not_allowed"_s,
                                  u"Use GET to read what is in force, POST to change it."_s);
    if (actor.role != Role::Admin)
        return HubResponse::error(403, u"role_not_allowed"_s,
                                  u"Only an administrator reads the reference data for editing."_s);
    const auto stream = m_store.referenceEvents(0);
    if (!stream.ok())
        return storageFailure(stream.error());
    const auto versions = ReferenceVersions::fold(m_reference, stream.value());
    if (!versions.ok())
        return storageFailure(versions.error());
    QJsonObject body = envelope;
    const QJsonObject inForce = current(versions.value(), request.path);
    for (auto it = inForce.constBegin(); it != inForce.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return HubResponse::json(200, body);
}

HubResponse ReferenceAdminRoute::post(const HubRequest &request, const Actor &actor, const QDateTime &now,
                                      bool &appended)
{
    auto read = readReferenceRequest(request, u"change"_s);
    if (auto *refused = std::get_if<HubResponse>(&read))
        return *refused;
    const QJsonObject body = std::get<ReferenceRequest>(read).body;
    const QUuid commandId = std::get<ReferenceRequest>(read).commandId;
    QJsonObject payload = body;
    payload.remove(u"command_id"_s);

    ReferenceAppend append = referenceAppend(request, commandId, actor, now, body);
    const QString path = request.path;
    append.decide = [&](const QList<Event> &stream) -> std::variant<ReferenceDraft, CommandOutcome> {
        const auto versions = ReferenceVersions::fold(m_reference, stream);
        if (!versions.ok())
            return CommandOutcome {500, errorBody(u"damaged_log"_s, versions.error().message)};
        const bool tree = path == kCategoriesPath || path == kServicesPath;
        const auto decided = path == kRoutingPath ? versions->decideRoutingTable(payload, actor)
            : tree                                ? versions->decideTreeChange(payload, actor, path == kServicesPath)
                                                  : versions->decideRouteHolder(payload, actor, path == kAgenciesPath);
        if (!decided.ok())
            return refused(decided.error());
        // Every workstation learns these (OPD names, the table): no OPD restricts who sees them.
        return ReferenceDraft {decided->type, decided->payload, QString()};
    };
    const auto outcome = m_store.appendReference(append);
    if (!outcome.ok())
        return storageFailure(outcome.error());
    appended = outcome->status == 200 && !outcome->replayed;
    if (appended)
        qCInfo(lcHub).noquote() << u"reference data changed by %1 (%2)"_s.arg(actor.user, request.path);
    return HubResponse::json(outcome->status, outcome->body);
}

} // namespace rabeg
