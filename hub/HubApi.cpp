#include "HubApi.h"

#include "AdminAuditRoute.h"
#include "AttachmentRoute.h"
#include "Auth.h"
#include "HubLog.h"
#include "PageWriter.h"
#include "PolicyRoute.h"
#include "ReferenceAdminRoute.h"
#include "UserAdminRoute.h"
#include "codec/ChecklistCodec.h"
#include "codec/DeadlineCodec.h"
#include "codec/DomainCodec.h"
#include "codec/ReferenceCodec.h"
#include "codec/WireTime.h"
#include "deadline/Deadlines.h"
#include "domain/Lifecycle.h"
#include "json/CanonicalJson.h"
#include "json/JsonParser.h"
#include "privacy/Masking.h"
#include "sop/Checklists.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr int kTokenHours = 12;
constexpr int kDefaultEventLimit = 500;
constexpr int kDefaultSnapshotLimit = 200;
constexpr int kMaxLimit = 1000;

QJsonObject maskedEvent(const Event &event)
{
    QJsonObject json = encodeEvent(event);
    json.insert(u"payload"_s, maskPersonalNumbers(event.payload));
    return json;
}

QJsonObject maskedState(const Complaint &complaint) { return maskPersonalNumbers(encodeComplaint(complaint)); }

QJsonArray maskedHistory(const QList<Event> &events)
{
    QJsonArray out;
    for (const Event &event : events)
        out.append(maskedEvent(event));
    return out;
}

// A query parameter that must be a whole number in a range; nullopt (and a 400) otherwise.
std::optional<qint64> intParam(const HubRequest &request, const QString &name, qint64 fallback, qint64 min,
                               qint64 max)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

HubResponse badParam(const QString &name, qint64 min, qint64 max)
{
    return HubResponse::error(400, u"bad_parameter"_s,
                              u"The parameter \"%1\" must be a whole number from %2 to %3."_s.arg(name).arg(min).arg(max));
}

} // namespace

HubResponse storageFailure(const Error &error)
{
    qCWarning(lcHub) << "storage failure:" << error.message;
    return HubResponse::error(503, u"storage_unavailable"_s,
                              u"The hub cannot reach its store right now. Try again in a moment; nothing was lost."_s);
}

HubApi::HubApi(HubStore &store, const ReferenceData &reference, HubClock clock, QObject *parent)
    : QObject(parent), m_store(store), m_reference(reference), m_clock(clock), m_calendar(reference.calendar),
      m_inForce(reference), m_sopRoute(store, m_inForce), m_identityRoute(store), m_policy(reference),
      m_loginGuard(store)
{
    // Every process that appends keeps the scheduler's schedule, whether or not its own scheduler runs.
    m_store.setSlaPolicy(reference.sla);
}

QJsonObject HubApi::envelope() const
{
    const StoreInfo info = m_store.info();
    return {{u"store_id"_s, info.storeId},
            {u"kind"_s, toCode(info.kind)},
            {u"epoch"_s, info.epoch},
            {u"hub_time"_s, toWireTime(m_clock.now())},
            {u"clock_speed"_s, m_clock.speed()}};
}

Actor HubApi::actorOf(const UserRecord &user) { return {user.username, user.role, user.opd}; }

bool HubApi::isLoginRoute(const HubRequest &request)
{
    return request.method == "POST" && request.path == u"/api/v1/session"_s;
}

std::optional<HubResponse> HubApi::refuseBody(const HubRequest &request, qint64 size)
{
    // Attachments have their own route and limit (AttachmentRoute.h).
    if (AttachmentRoute::isUpload(request)) {
        if (size <= AttachmentRoute::kMaxBytes)
            return std::nullopt;
        return HubResponse::error(413, u"attachment_too_large"_s,
                                  u"The file is larger than 10 MB. Send a smaller photo or split the document."_s);
    }
    if (size <= kMaxJsonBody)
        return std::nullopt;
    return HubResponse::error(413, u"body_too_large"_s, u"The request body is larger than 1 MB."_s);
}

HubResponse HubApi::handle(const HubRequest &request)
{
    // A second line: the connection guard (ConnectionGuard.h) refuses a declared body over the limit before it is read.
    if (auto refusal = refuseBody(request, request.body.size()))
        return *refusal;
    if (request.path == u"/api/v1/health"_s) {
        if (request.method != "GET")
            return HubResponse::error(405, u"method_not_allowed"_s, u"Use GET for this route."_s);
        const auto head = m_store.head();
        QJsonObject body = envelope();
        body.insert(u"status"_s, head.ok() ? u"ok"_s : u"store_unavailable"_s);
        body.insert(u"head"_s, head.value_or(0));
        return HubResponse::json(head.ok() ? 200 : 503, body);
    }
    if (isLoginRoute(request)) {
        auto prepared = prepareLogin(request);
        if (auto *response = std::get_if<HubResponse>(&prepared))
            return *response;
        const auto &attempt = std::get<LoginAttempt>(prepared);
        const auto hash = attempt.user ? std::optional(attempt.user->passwordHash) : std::nullopt;
        return finishLogin(attempt, verifyLogin(hash, attempt.password));
    }
    if (request.method == "DELETE" && request.path == u"/api/v1/session"_s)
        return logout(request);
    if (!request.path.startsWith(u"/api/v1/"_s))
        return HubResponse::error(404, u"not_found"_s, u"There is no such route; the API lives under /api/v1/."_s);
    auto session = authenticate(request.header("authorization"));
    if (auto *response = std::get_if<HubResponse>(&session))
        return *response;
    return route(request, std::get<UserRecord>(session));
}

std::variant<HubApi::LoginAttempt, HubResponse> HubApi::prepareLogin(const HubRequest &request)
{
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok() || !parsed.value().isObject())
        return HubResponse::error(400, u"malformed_json"_s,
                                  parsed.ok() ? u"Send a JSON object {\"username\", \"password\"}."_s
                                              : parsed.error().message);
    const QJsonObject body = parsed.value().toObject();
    const QJsonValue username = body.value(u"username"_s);
    const QJsonValue password = body.value(u"password"_s);
    if (!username.isString() || !password.isString() || body.size() != 2)
        return HubResponse::error(400, u"invalid_field"_s,
                                  u"Send exactly {\"username\": string, \"password\": string}."_s);
    const QString name = username.toString();
    if (name.isEmpty() || name.size() > 64 || password.toString().size() > 1024)
        return HubResponse::error(401, u"bad_credentials"_s, u"The user name or the password is wrong."_s);
    // Refused before the password is looked at: a guess made while throttled tells nothing (LoginGuard.h).
    const QString address = m_loginGuard.clientAddress(request);
    const auto refusal = m_loginGuard.check(name, address);
    if (!refusal.ok())
        return storageFailure(refusal.error());
    if (refusal.value())
        return LoginGuard::refusalResponse(*refusal.value());
    const auto user = m_store.user(name);
    if (!user.ok())
        return storageFailure(user.error());
    return LoginAttempt{user.value(), password.toString().toUtf8(), name, address};
}

HubResponse HubApi::finishLogin(const LoginAttempt &attempt, bool passwordOk)
{
    if (!attempt.user || !passwordOk || !attempt.user->active) {
        if (Status status = m_loginGuard.recordFailure(attempt.username, attempt.address))
            return storageFailure(*status);
        return HubResponse::error(401, u"bad_credentials"_s, u"The user name or the password is wrong."_s);
    }
    if (Status status = m_loginGuard.recordSuccess(attempt.username))
        return storageFailure(*status);
    const UserRecord &user = *attempt.user;
    const QByteArray token = newToken();
    if (Status status = m_store.addToken(tokenDigest(token), user.id, user.scopeVersion,
                                         HubClock::realNow().addSecs(kTokenHours * 3600)))
        return storageFailure(*status);
    QJsonObject userJson{{u"id"_s, user.id}, {u"name"_s, user.username}, {u"role"_s, toCode(user.role)}};
    if (!user.opd.isEmpty())
        userJson.insert(u"opd"_s, user.opd);
    QJsonObject body = envelope();
    body.insert(u"token"_s, QString::fromLatin1(token));
    body.insert(u"user"_s, userJson);
    return HubResponse::json(200, body);
}

// DELETE /api/v1/session: the caller's own token stops working at once (a token of a changed scope too).
HubResponse HubApi::logout(const HubRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() > 200)
        return HubResponse::error(401, u"missing_token"_s, u"Log in first: send \"Authorization: Bearer TOKEN\"."_s);
    const auto ended = m_store.revokeToken(tokenDigest(authorization.mid(7).trimmed()));
    if (!ended.ok())
        return storageFailure(ended.error());
    if (ended.value() == 0)
        return HubResponse::error(401, u"invalid_token"_s, u"Your session has expired or is unknown. Log in again."_s);
    HubResponse response;
    response.status = 204;
    response.contentType.clear(); // no content, so no content type
    return response;
}

std::variant<UserRecord, HubResponse> HubApi::authenticate(const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer ") || authorization.size() > 200)
        return HubResponse::error(401, u"missing_token"_s, u"Log in first: send \"Authorization: Bearer TOKEN\"."_s);
    const auto found = m_store.tokenUser(tokenDigest(authorization.mid(7).trimmed()), HubClock::realNow());
    if (!found.ok())
        return storageFailure(found.error());
    if (!found.value())
        return HubResponse::error(401, u"invalid_token"_s, u"Your session has expired or is unknown. Log in again."_s);
    const auto &[user, tokenScope] = *found.value();
    if (tokenScope != user.scopeVersion)
        return HubResponse::error(409, u"scope_changed"_s,
                                  u"Your role or OPD has changed. Log in again; your workstation will sync afresh "
                                  u"and keep what you have not sent yet."_s);
    return user;
}

HubResponse HubApi::route(const HubRequest &request, const UserRecord &user)
{
    if (m_extraRoutes) {
        if (auto response = m_extraRoutes(request, user))
            return *response;
    }
    const Actor actor = actorOf(user);
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == u"/api/v1/events"_s && get)
        return getEvents(request, actor);
    if (path == u"/api/v1/snapshot"_s && get)
        return getSnapshot(request, actor);
    if (path == u"/api/v1/reference"_s && get) {
        // What is in force: the shipped data with the admins' changes folded in, and the seq of the last change.
        if (Status status = m_inForce.refresh(m_store))
            return storageFailure(*status);
        QJsonObject body = envelope();
        body.insert(u"seq"_s, m_inForce.lastSeq());
        body.insert(u"reference"_s, encodeReference(m_inForce.data()));
        return HubResponse::json(200, body);
    }
    if (path == u"/api/v1/commands"_s && post)
        return postCommand(request, user);
    if (path == u"/api/v1/identity/held"_s && post) // which of a workstation's copies the hub still holds
        return m_identityRoute.held(request, user, envelope());
    if (path == u"/api/v1/identity/prefetch"_s && post) // identities for a workstation's vault (IdentityRoute.h)
        return m_identityRoute.prefetch(request, user, m_clock.now(), envelope());
    if (path == u"/api/v1/complaints"_s && post)
        return postComplaint(request, user);
    if (PolicyRoute::handles(path)) {
        bool appended = false;
        HubResponse response = PolicyRoute(m_store, m_reference).handle(request, actor, m_clock.now(), envelope(),
                                                                        appended);
        if (const auto head = m_store.head(); appended && head.ok() && head.value() > m_notifiedHead)
            emit logGrew(m_notifiedHead = head.value());
        return response;
    }
    if (UserAdminRoute::handles(path)) {
        bool appended = false;
        HubResponse response = UserAdminRoute(m_store, m_inForce).handle(request, actor, m_clock.now(), envelope(),
                                                                          appended);
        if (const auto head = m_store.head(); appended && head.ok() && head.value() > m_notifiedHead)
            emit logGrew(m_notifiedHead = head.value());
        return response;
    }
    if (AdminAuditRoute::handles(path))
        return AdminAuditRoute(m_store).handle(request, actor, envelope());
    if (ReferenceAdminRoute::handles(path)) { // OPDs, agencies, the routing table (docs/reference-admin.md)
        bool appended = false;
        HubResponse response = ReferenceAdminRoute(m_store, m_reference)
                                   .handle(request, actor, m_clock.now(), envelope(), appended);
        if (const auto head = m_store.head(); appended && head.ok() && head.value() > m_notifiedHead)
            emit logGrew(m_notifiedHead = head.value());
        return response;
    }
    if (path == u"/api/v1/sop/templates"_s && post) {
        bool appended = false;
        HubResponse response = m_sopRoute.post(request, actor, m_clock.now(), appended);
        if (const auto head = m_store.head(); appended && head.ok() && head.value() > m_notifiedHead)
            emit logGrew(m_notifiedHead = head.value());
        return response;
    }
    if (AttachmentRoute::handles(path)) {
        bool appended = false;
        HubResponse response = AttachmentRoute(m_store, m_clock).handle(request, user, envelope(), appended);
        if (const auto head = m_store.head(); appended && head.ok() && head.value() > m_notifiedHead)
            emit logGrew(m_notifiedHead = head.value());
        return response;
    }
    static const QRegularExpression complaintPath(
        u"^/api/v1/complaints/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/events|/identity|/identity/reveal|/identity/views)?$"_s);
    const auto match = complaintPath.match(path);
    if (match.hasMatch() && match.captured(2) == u"/identity/reveal"_s && post)
        return revealIdentity(QUuid::fromString(match.captured(1)), request, user);
    if (match.hasMatch() && match.captured(2) == u"/identity/views"_s && post) {
        // A view a workstation showed from its vault, offline, for the audit log (IdentityRoute.h).
        const auto found = m_store.complaint(QUuid::fromString(match.captured(1)));
        if (!found.ok())
            return storageFailure(found.error());
        if (!found.value())
            return HubResponse::error(404, u"not_found"_s, u"There is no complaint with this id that you may see."_s);
        return m_identityRoute.recordView(*found.value(), request, user, m_clock.now(), envelope());
    }
    if (match.hasMatch() && get && match.captured(2) != u"/identity/reveal"_s
        && match.captured(2) != u"/identity/views"_s)
        return getComplaint(QUuid::fromString(match.captured(1)), match.captured(2), user);
    if (match.hasMatch() || path == u"/api/v1/events"_s || path == u"/api/v1/snapshot"_s
        || path == u"/api/v1/commands"_s || path == u"/api/v1/complaints"_s || path == u"/api/v1/reference"_s
        || path == u"/api/v1/session"_s || path == u"/api/v1/sop/templates"_s)
        return HubResponse::error(405, u"method_not_allowed"_s, u"This route does not take "_s
                                                                    + QString::fromLatin1(request.method) + u"."_s);
    return HubResponse::error(404, u"not_found"_s, u"There is no such route."_s);
}

HubResponse HubApi::revealIdentity(const QUuid &id, const HubRequest &request, const UserRecord &user)
{
    const auto found = m_store.complaint(id);
    if (!found.ok())
        return storageFailure(found.error());
    if (!found.value() || (user.role == Role::Liaison && found.value()->opd != user.opd))
        return HubResponse::error(404, u"not_found"_s, u"There is no complaint with this id that you may see."_s);
    bool appended = false;
    HubResponse response = m_identityRoute.reveal(*found.value(), request, user, m_clock.now(), envelope(), appended);
    if (const auto head = m_store.head(); appended && head.ok() && head.value() > m_notifiedHead)
        emit logGrew(m_notifiedHead = head.value());
    return response;
}

HubResponse HubApi::getEvents(const HubRequest &request, const Actor &actor)
{
    const auto after = intParam(request, u"after"_s, 0, 0, 9007199254740991LL);
    if (!after)
        return badParam(u"after"_s, 0, 9007199254740991LL);
    const auto limit = intParam(request, u"limit"_s, kDefaultEventLimit, 1, kMaxLimit);
    if (!limit)
        return badParam(u"limit"_s, 1, kMaxLimit);
    // Each event's page item is stored as it goes out, masked already (FeedItems.h): the page is those bytes joined
    // in one buffer, with nothing decoded, encoded or scanned per read (BENCHMARKS.md, P7). Room for items of ~1.5 KB.
    QByteArray body = PageWriter::eventsPageStart(envelope(), std::min<qsizetype>(*limit * 1536, 4 * 1024 * 1024));
    const auto page = m_store.appendFeedItems(*after, int(*limit), actor, body);
    if (!page.ok())
        return storageFailure(page.error());
    PageWriter::finishEventsPage(body, page->next, page->more);
    return HubResponse::rawJson(200, std::move(body));
}

HubResponse HubApi::getSnapshot(const HubRequest &request, const Actor &actor)
{
    const QString after = request.query.queryItemValue(u"after"_s);
    if (after.size() > 64)
        return HubResponse::error(400, u"bad_parameter"_s, u"The parameter \"after\" is not a snapshot key."_s);
    const auto limit = intParam(request, u"limit"_s, kDefaultSnapshotLimit, 1, kMaxLimit);
    if (!limit)
        return badParam(u"limit"_s, 1, kMaxLimit);
    const auto page = m_store.storedSnapshot(after, int(*limit), actor);
    if (!page.ok())
        return storageFailure(page.error());
    return HubResponse::rawJson(200, PageWriter::snapshotPage(envelope(), page.value(), after.isEmpty()));
}

HubResponse HubApi::getComplaint(const QUuid &id, const QString &what, const UserRecord &user)
{
    const auto found = m_store.complaint(id);
    if (!found.ok())
        return storageFailure(found.error());
    // Scope per object: a liaison reading another OPD's complaint learns nothing, not even that it exists.
    if (!found.value() || (user.role == Role::Liaison && found.value()->opd != user.opd))
        return HubResponse::error(404, u"not_found"_s, u"There is no complaint with this id that you may see."_s);
    const Complaint &complaint = *found.value();
    QJsonObject body = envelope();
    if (what == u"/identity"_s)
        return m_identityRoute.view(complaint, user, m_clock.now(), body); // audited (IdentityRoute.h)
    if (what == u"/events"_s) {
        const auto events = m_store.history(id);
        if (!events.ok())
            return storageFailure(events.error());
        body.insert(u"events"_s, maskedHistory(events.value()));
        return HubResponse::json(200, body);
    }
    // Deadlines are derived, not stored: the shared core computes them from the history at hub time, exactly as
    // the workstations do.
    const auto events = m_store.history(id);
    if (!events.ok())
        return storageFailure(events.error());
    const QDateTime now = m_clock.now();
    if (Status status = m_inForce.refresh(m_store))
        return storageFailure(*status);
    QJsonObject state = maskedState(complaint);
    // Under the SLA policy and calendar versions in force (published through any hub process).
    if (Status status = m_policy.refresh(m_store))
        return storageFailure(*status);
    state.insert(u"deadlines"_s, encodeDeadlines(computeDeadlines(events.value(), m_policy.reference().sla,
                                                                  m_policy.calendar(), now)));
    // So is the SOP checklist and where it is stuck (docs/sop.md).
    state.insert(u"checklist"_s,
                 encodeChecklist(checklistOf(events.value(), m_inForce.catalog(), m_calendar, now)));
    body.insert(u"state"_s, state);
    return HubResponse::json(200, body);
}

HubResponse HubApi::postCommand(const HubRequest &request, const UserRecord &user)
{
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok())
        return HubResponse::error(400, u"malformed_json"_s, parsed.error().message);
    if (!parsed.value().isObject())
        return HubResponse::error(400, u"malformed_json"_s, u"Send a command as a JSON object."_s);
    const auto command = decodeCommand(parsed.value().toObject(), DecodeMode::Strict);
    if (!command.ok())
        return HubResponse::error(422, command.error().code, command.error().message);
    // A reveal answers with the identity and writes the audit log: only through its own route.
    if (command->type == CommandType::RevealIdentity)
        return HubResponse::error(422, u"use_reveal_route"_s, u"An identity is revealed through POST "
                                                              u"/api/v1/complaints/{id}/identity/reveal, with a reason."_s);
    // An attachment's event is appended with its bytes, only by the upload route.
    if (command->type == CommandType::AddAttachment)
        return HubResponse::error(422, u"use_attachment_route"_s,
                                  u"An attachment is added through POST /api/v1/complaints/{id}/attachments, with the "
                                  u"file as the body."_s);
    return runCommand(command.value(), parsed.value().toObject(), user, request, false);
}

HubResponse HubApi::postComplaint(const HubRequest &request, const UserRecord &user)
{
    // Intake as a resource: the body is the intake payload, plus the client-made ids when it has them.
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok())
        return HubResponse::error(400, u"malformed_json"_s, parsed.error().message);
    if (!parsed.value().isObject())
        return HubResponse::error(400, u"malformed_json"_s, u"Send the complaint as a JSON object."_s);
    QJsonObject payload = parsed.value().toObject();
    const QJsonValue complaintId = payload.take(u"complaint_id"_s);
    const QJsonValue commandId = payload.take(u"command_id"_s);
    QJsonObject commandJson{{u"command_id"_s, commandId.isUndefined() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                                     : commandId},
                            {u"type"_s, u"intake"_s},
                            {u"complaint_id"_s, complaintId.isUndefined()
                                                    ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                    : complaintId},
                            {u"payload"_s, payload}};
    const auto command = decodeCommand(commandJson, DecodeMode::Strict);
    if (!command.ok())
        return HubResponse::error(422, command.error().code, command.error().message);
    // Without client-made ids, a retry could not be recognised; the digest covers the body the client sent.
    return runCommand(command.value(), parsed.value().toObject(), user, request, true);
}

HubResponse HubApi::runCommand(const Command &command, const QJsonObject &canonicalRequest, const UserRecord &user,
                               const HubRequest &request, bool intakeRoute)
{
    AppendRequest append;
    append.command = command;
    append.actor = actorOf(user);
    append.workstation = QString::fromUtf8(request.header("x-rabeg-workstation").left(128));
    append.now = m_clock.now();
    // Judged on the reference data in force when the append lock is held: the OPDs, agencies and tree as the
    // admins left them, and the SOP version a dispatch instantiates, wherever they were published (HubReference.h).
    append.reference = &m_inForce;
    append.refreshReference = [this] { return m_inForce.refresh(m_store); };
    // The schedule this append keeps is of the clocks in force (a published SLA policy acts from its publication).
    if (Status status = m_policy.refresh(m_store))
        return storageFailure(*status);
    m_store.setSlaPolicy(m_policy.reference().sla);
    // An intake's identity is left out of its digest, and its free text is digested masked: a workstation holds
    // both in memory only (its outbox keeps the text masked), so a retry after a restart comes without them and
    // must still be the same command (the complaint id makes intake idempotent anyway).
    QJsonObject digested = canonicalRequest;
    if (command.type == CommandType::Intake) {
        digested.remove(u"identity"_s);
        QJsonObject payload = digested.value(u"payload"_s).toObject();
        payload.remove(u"identity"_s);
        digested.insert(u"payload"_s, maskPersonalNumbers(payload));
    }
    append.requestDigest = QCryptographicHash::hash(json::canonicalBytesUnchecked(digested),
                                                    QCryptographicHash::Sha256);
    if (command.type == CommandType::Intake) {
        const QJsonObject identity = command.payload.value(u"identity"_s).toObject();
        if (!identity.isEmpty())
            append.identity = ReporterIdentity{identity.value(u"name"_s).toString(), identity.value(u"nik"_s).toString(),
                                               identity.value(u"phone"_s).toString(),
                                               identity.value(u"email"_s).toString(),
                                               identity.value(u"address"_s).toString()};
    } else if (command.payload.contains(u"identity"_s)) {
        return HubResponse::error(422, u"invalid_field"_s, u"payload.identity: only an intake carries an identity"_s);
    }
    // Ownership stays in the command center: an assignee must be an active operator or supervisor of this hub. Checked
    // before the append, after what the role and the complaint's existence say (403, 404 come first), so (unlike the
    // state machine's refusals) a replay of an assignment to someone deactivated since is refused too, which is
    // what the sender should learn anyway.
    if (command.type == CommandType::Assign && roleMayIssue(append.actor.role, command.type)) {
        const auto target = m_store.complaint(command.complaintId);
        if (!target.ok())
            return storageFailure(target.error());
        const QString assignee = command.payload.value(u"assignee"_s).toString();
        const auto known = m_store.user(assignee);
        if (!known.ok())
            return storageFailure(known.error());
        const bool center = known.value()
                            && (known.value()->role == Role::Operator || known.value()->role == Role::Supervisor);
        if (target.value() && !center)
            return HubResponse::error(422, u"unknown_assignee"_s,
                                      u"There is no command center user \""_s + assignee
                                          + u"\" on this hub: choose a colleague from the list."_s);
        if (target.value() && center && !known.value()->active)
            return HubResponse::error(422, u"inactive_assignee"_s,
                                      u"The account \""_s + assignee
                                          + u"\" is deactivated: choose a colleague who is still working."_s);
    }
    const auto outcome = m_store.execute(append);
    if (!outcome.ok())
        return storageFailure(outcome.error());
    QJsonObject body = outcome->body;
    // A 409 carries the current state too: it is masked like every state that leaves the hub.
    if (body.contains(u"state"_s))
        body.insert(u"state"_s, maskPersonalNumbers(body.value(u"state"_s).toObject()));
    if (outcome->status == 200) {
        QJsonArray events;
        for (const QJsonValue &event : body.value(u"events"_s).toArray()) {
            QJsonObject e = event.toObject();
            e.insert(u"payload"_s, maskPersonalNumbers(e.value(u"payload"_s).toObject()));
            events.append(e);
        }
        body.insert(u"events"_s, events);
        // A replay answers with its stored events but appends nothing: only a head that grew is news.
        if (!events.isEmpty()) {
            if (const auto head = m_store.head(); head.ok() && head.value() > m_notifiedHead) {
                m_notifiedHead = head.value();
                emit logGrew(head.value());
            }
        }
    }
    if (intakeRoute && outcome->status == 200) {
        return HubResponse::json(201, {{u"complaint_id"_s, body.value(u"complaint_id"_s)},
                                       {u"tracking_id"_s, body.value(u"tracking_id"_s)}});
    }
    return HubResponse::json(outcome->status, body);
}

} // namespace rabeg
