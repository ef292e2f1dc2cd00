#include "IdentityRoute.h"

#include "core/VisibleText.h"
#include "HubLog.h"
#include "codec/WireTime.h"
#include "json/CanonicalJson.h"
#include "json/JsonParser.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rabeg {

HubResponse storageFailure(const Error &error); // HubApi.cpp

namespace {

bool mayReadIdentity(Role role) { return role == Role::Operator || role == Role::Supervisor || role == Role::Trainer; }
bool mayReveal(Role role) { return role == Role::Supervisor || role == Role::Admin; }
constexpr int kMaxReason = 1000;

QJsonObject identityJson(const std::optional<ReporterIdentity> &identity)
{
    if (!identity)
        return {};
    return {{u"name"_s, identity->name}, {u"nik"_s, identity->nik}, {u"phone"_s, identity->phone},
            {u"email"_s, identity->email}, {u"address"_s, identity->address}};
}

} // namespace

HubResponse IdentityRoute::answer(const Complaint &complaint, const UserRecord &user, const QDateTime &now,
                                  QJsonObject body, const QString &action, const QJsonObject &detail)
{
    const auto identity = m_store.identity(complaint.id);
    if (!identity.ok())
        return storageFailure(identity.error());
    AuditEntry entry;
    entry.at = now;
    entry.actor = user.username;
    entry.action = action;
    entry.complaintId = complaint.id;
    entry.detail = detail;
    entry.detail.insert(u"role"_s, toCode(user.role));
    entry.detail.insert(u"identity_held"_s, identity.value().has_value());
    const auto audited = m_store.appendAudit(entry);
    if (!audited.ok())
        return storageFailure(audited.error());
    qCInfo(lcHub).noquote() << "identity of" << complaint.trackingId << (action == u"identity_revealed"_s ? "revealed to" : "viewed by")
                            << user.username << "(audit entry" << audited->seq << ")";
    body.insert(u"identity"_s, identityJson(identity.value()));
    body.insert(u"title"_s, complaint.title);
    body.insert(u"body"_s, complaint.body);
    body.insert(u"audit_seq"_s, audited->seq);
    HubResponse response = HubResponse::json(200, body);
    response.headers.append(std::pair<QByteArray, QByteArray>("Cache-Control", "no-store"));
    return response;
}

HubResponse IdentityRoute::view(const Complaint &complaint, const UserRecord &user, const QDateTime &now,
                                QJsonObject body)
{
    if (!mayReadIdentity(user.role))
        return HubResponse::error(403, u"identity_forbidden"_s, u"Your role may not see reporters' identities."_s);
    if (complaint.anonim)
        return HubResponse::error(403, u"identity_anonymous"_s,
                                  u"The reporter asked to stay anonymous; the identity is hidden. A supervisor or an "
                                  u"admin may reveal it with a stated reason."_s);
    return answer(complaint, user, now, std::move(body), u"identity_viewed"_s, {});
}

HubResponse IdentityRoute::recordView(const Complaint &complaint, const HubRequest &request, const UserRecord &user,
                                      const QDateTime &now, QJsonObject body)
{
    if (!mayReadIdentity(user.role) || complaint.anonim)
        return HubResponse::error(403, u"identity_forbidden"_s,
                                  u"Your role may not see this reporter's identity, so it has no view to record."_s);
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok())
        return HubResponse::error(400, u"malformed_json"_s, parsed.error().message);
    const QJsonObject object = parsed.value().toObject();
    const QUuid viewId = QUuid::fromString(object.value(u"view_id"_s).toString());
    const QDateTime at = parseWireTime(object.value(u"at_workstation"_s).toString());
    const QString lastHub = object.value(u"last_hub_time"_s).toString();
    if (!parsed.value().isObject() || viewId.isNull() || !at.isValid() || !object.value(u"offline"_s).isBool()
        || (!lastHub.isEmpty() && !parseWireTime(lastHub).isValid()))
        return HubResponse::error(422, u"invalid_field"_s,
                                  u"Send {\"view_id\": a UUID, \"at_workstation\": a time, \"last_hub_time\": a "
                                  u"time or \"\", \"offline\": true or false}."_s);
    AuditEntry entry;
    entry.at = now;
    entry.actor = user.username;
    entry.action = u"identity_viewed"_s;
    entry.complaintId = complaint.id;
    entry.detail = {{u"role"_s, toCode(user.role)},
                    {u"view_id"_s, viewId.toString(QUuid::WithoutBraces)},
                    {u"at_workstation"_s, toWireTime(at)},
                    {u"last_hub_time"_s, lastHub},
                    {u"offline"_s, object.value(u"offline"_s).toBool()},
                    {u"from"_s, u"workstation_copy"_s}};
    const auto audited = m_store.appendAudit(entry); // once per view_id (SqlHubAudit.cpp)
    if (!audited.ok())
        return storageFailure(audited.error());
    body.insert(u"audit_seq"_s, audited->seq);
    return HubResponse::json(200, body);
}

HubResponse IdentityRoute::held(const HubRequest &request, const UserRecord &user, QJsonObject body)
{
    if (!mayReadIdentity(user.role))
        return HubResponse::error(403, u"identity_forbidden"_s, u"Your role may not see reporters' identities."_s);
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok())
        return HubResponse::error(400, u"malformed_json"_s, parsed.error().message);
    const QJsonArray ids = parsed.value().toObject().value(u"complaint_ids"_s).toArray();
    constexpr qsizetype kMaxIds = 1000;
    if (!parsed.value().isObject() || !parsed.value().toObject().value(u"complaint_ids"_s).isArray()
        || ids.size() > kMaxIds)
        return HubResponse::error(422, u"invalid_field"_s,
                                  u"Send {\"complaint_ids\": [...]} with at most %1 complaint ids."_s.arg(kMaxIds));
    QJsonArray held;
    for (const QJsonValue &value : ids) {
        const QUuid id = QUuid::fromString(value.toString());
        if (id.isNull())
            return HubResponse::error(422, u"invalid_field"_s, u"complaint_ids: each must be a complaint id."_s);
        const auto identity = m_store.identity(id);
        if (!identity.ok())
            return storageFailure(identity.error());
        if (identity.value().has_value())
            held.append(id.toString(QUuid::WithoutBraces));
    }
    body.insert(u"held"_s, held);
    return HubResponse::json(200, body);
}

HubResponse IdentityRoute::prefetch(const HubRequest &request, const UserRecord &user, const QDateTime &now,
                                    QJsonObject body)
{
    if (!mayReadIdentity(user.role))
        return HubResponse::error(403, u"identity_forbidden"_s, u"Your role may not see reporters' identities."_s);
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok())
        return HubResponse::error(400, u"malformed_json"_s, parsed.error().message);
    const QJsonValue idsValue = parsed.value().toObject().value(u"complaint_ids"_s);
    constexpr qsizetype kMaxIds = 100;
    if (!parsed.value().isObject() || !idsValue.isArray() || idsValue.toArray().size() > kMaxIds)
        return HubResponse::error(422, u"invalid_field"_s,
                                  u"Send {\"complaint_ids\": [...]} with at most %1 complaint ids."_s.arg(kMaxIds));
    QList<QUuid> ids;
    for (const QJsonValue &value : idsValue.toArray()) {
        const QUuid id = QUuid::fromString(value.toString());
        if (id.isNull())
            return HubResponse::error(422, u"invalid_field"_s, u"complaint_ids: each must be a complaint id."_s);
        ids.append(id);
    }
    QJsonArray identities;
    for (const QUuid &id : std::as_const(ids)) {
        const auto complaint = m_store.complaint(id);
        if (!complaint.ok())
            return storageFailure(complaint.error());
        // Only what an operator may read online anyway, and only while the complaint is being worked.
        if (!complaint.value() || complaint.value()->anonim || !isOpen(complaint.value()->state))
            continue;
        const auto identity = m_store.identity(id);
        if (!identity.ok())
            return storageFailure(identity.error());
        if (!identity.value())
            continue;
        AuditEntry entry;
        entry.at = now;
        entry.actor = user.username;
        entry.action = u"identity_prefetched"_s;
        entry.complaintId = id;
        entry.detail = {{u"role"_s, toCode(user.role)}, {u"to"_s, u"workstation_copy"_s}};
        if (const auto audited = m_store.appendAudit(entry); !audited.ok())
            return storageFailure(audited.error()); // nothing leaves the hub unrecorded
        identities.append(QJsonObject {{u"complaint_id"_s, id.toString(QUuid::WithoutBraces)},
                                       {u"identity"_s, identityJson(identity.value())},
                                       {u"title"_s, complaint.value()->title},
                                       {u"body"_s, complaint.value()->body}});
    }
    body.insert(u"identities"_s, identities);
    HubResponse response = HubResponse::json(200, body);
    response.headers.append(std::pair<QByteArray, QByteArray>("Cache-Control", "no-store"));
    return response;
}

HubResponse IdentityRoute::reveal(const Complaint &complaint, const HubRequest &request, const UserRecord &user,
                                  const QDateTime &now, QJsonObject body, bool &appended)
{
    appended = false;
    if (!mayReveal(user.role))
        return HubResponse::error(403, u"identity_reveal_forbidden"_s,
                                  u"Only a supervisor or an admin may reveal an anonymous reporter's identity, and "
                                  u"only with a stated reason."_s);
    if (!complaint.anonim)
        return HubResponse::error(422, u"not_anonymous"_s,
                                  u"The reporter is not anonymous: there is nothing to reveal. Read the identity with "
                                  u"GET /api/v1/complaints/{id}/identity."_s);
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok())
        return HubResponse::error(400, u"malformed_json"_s, parsed.error().message);
    const QJsonObject object = parsed.value().toObject();
    if (!parsed.value().isObject() || object.size() != 1 || !object.value(u"reason"_s).isString())
        return HubResponse::error(422, u"invalid_field"_s,
                                  u"Send {\"reason\": \"...\"}: why the identity must be revealed, and nothing else."_s);
    const QString reason = object.value(u"reason"_s).toString().trimmed();
    if (!hasVisibleText(reason) || reason.size() > kMaxReason)
        return HubResponse::error(422, u"invalid_field"_s,
                                  u"reason: state why the identity must be revealed, in 1 to %1 characters."_s.arg(kMaxReason));

    AppendRequest append;
    append.command.commandId = QUuid::createUuid();
    append.command.type = CommandType::RevealIdentity;
    append.command.complaintId = complaint.id;
    append.command.baseVersion = complaint.version;
    append.command.payload = {{u"reason"_s, reason}};
    append.actor = {user.username, user.role, user.opd};
    append.workstation = QString::fromUtf8(request.header("x-rabeg-workstation").left(128));
    append.now = now;
    append.requestDigest = QCryptographicHash::hash(json::canonicalBytesUnchecked(object), QCryptographicHash::Sha256);
    const auto outcome = m_store.execute(append);
    if (!outcome.ok())
        return storageFailure(outcome.error());
    if (outcome->status != 200)
        return HubResponse::json(outcome->status, outcome->body);
    const QJsonArray events = outcome->body.value(u"events"_s).toArray();
    appended = !events.isEmpty();
    const qint64 seq = events.isEmpty() ? 0 : events.first().toObject().value(u"seq"_s).toInteger();
    return answer(complaint, user, now, std::move(body), u"identity_revealed"_s,
                  {{u"reason"_s, reason}, {u"event_seq"_s, seq}});
}

} // namespace rabeg
