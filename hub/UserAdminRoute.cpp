#include "UserAdminRoute.h"

#include "core/VisibleText.h"
#include "AccountRules.h"
#include "Auth.h"
#include "HubApi.h"
#include "HubLog.h"
#include "PasswordRules.h"
#include "ReferenceRequest.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kUsersPath = u"/api/v1/admin/users"_s;
constexpr qsizetype kMaxReason = 500;
constexpr qsizetype kMaxName = 120; // a person's full name, with titles
// The reference stream's OPD field decides which liaisons see an event: no OPD has this code, so no liaison's
// workstation receives account changes (operators', supervisors' and admins' do, as every reference event).
const QString kNoLiaison = u"-"_s;

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}};
}

CommandOutcome refusal(int status, const QString &code, const QString &message)
{
    return {status, errorBody(code, message)};
}

// What the log keeps of an account: never its password hash.
QJsonObject accountJson(const UserRecord &user)
{
    return {{u"name"_s, user.name}, {u"role"_s, toCode(user.role)}, {u"opd"_s, user.opd}, {u"active"_s, user.active}};
}

// The fields each action takes besides command_id, action, username and reason.
QStringList fieldsOf(const QString &action)
{
    if (action == u"create"_s)
        return {u"name"_s, u"role"_s, u"opd"_s, u"password"_s};
    if (action == u"change"_s)
        return {u"name"_s, u"role"_s, u"opd"_s};
    if (action == u"reset_password"_s)
        return {u"password"_s};
    return {};
}

QString eventTypeOf(const QString &action)
{
    if (action == u"create"_s)
        return u"user_created"_s;
    if (action == u"change"_s)
        return u"user_changed"_s;
    if (action == u"reset_password"_s)
        return u"user_password_reset"_s;
    return action == u"deactivate"_s ? u"user_deactivated"_s : u"user_reactivated"_s;
}

} // namespace

bool UserAdminRoute::handles(const QString &path)
{
    return path == kUsersPath;
}

HubResponse UserAdminRoute::handle(const HubRequest &request, const Actor &actor, const QDateTime &now,
                                   const QJsonObject &envelope, bool &appended)
{
    appended = false;
    if (actor.role != Role::Admin)
        return HubResponse::error(403, u"role_not_allowed"_s,
                                  u"Only an admin manages accounts. Ask Kominfo's administrator."_s);
    if (request.method == "GET")
        return list(envelope);
    if (request.method == "POST")
        return change(request, actor, now, appended);
    return HubResponse::error(405, u"method_not_allowed"_s,
                              u"Use GET to list the accounts, POST to change one."_s);
}

HubResponse UserAdminRoute::list(const QJsonObject &envelope)
{
    const auto users = m_store.users();
    if (!users.ok())
        return storageFailure(users.error());
    QJsonArray array;
    for (const UserRecord &user : users.value()) {
        QJsonObject json = accountJson(user);
        json.insert(u"username"_s, user.username);
        array.append(json);
    }
    QJsonObject body = envelope;
    body.insert(u"users"_s, array);
    return HubResponse::json(200, body);
}

HubResponse UserAdminRoute::change(const HubRequest &request, const Actor &actor, const QDateTime &now,
                                   bool &appended)
{
    auto read = readReferenceRequest(request, u"change"_s);
    if (auto *refused = std::get_if<HubResponse>(&read))
        return *refused;
    const QJsonObject body = std::get<ReferenceRequest>(read).body;
    const QUuid commandId = std::get<ReferenceRequest>(read).commandId;
    const QString action = body.value(u"action"_s).toString();
    if (!QStringList {u"create"_s, u"change"_s, u"reset_password"_s, u"deactivate"_s, u"reactivate"_s}.contains(action))
        return HubResponse::error(422, u"invalid_field"_s,
                                  u"action: expected create, change, reset_password, deactivate or reactivate"_s);
    const QStringList fields = fieldsOf(action);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const bool common = QStringList {u"command_id"_s, u"action"_s, u"username"_s, u"reason"_s}.contains(it.key());
        if (!common && !fields.contains(it.key()))
            return HubResponse::error(422, u"invalid_field"_s, u"%1: not a field of %2"_s.arg(it.key(), action));
        if (it.key() != u"command_id"_s && !it.value().isString())
            return HubResponse::error(422, u"invalid_field"_s, u"%1: expected a string"_s.arg(it.key()));
    }
    const QString username = body.value(u"username"_s).toString();
    const QString reason = body.value(u"reason"_s).toString().trimmed();
    if (!hasVisibleText(reason) || reason.size() > kMaxReason)
        return HubResponse::error(422, u"reason_required"_s,
                                  u"Say why the account changes (reason: 1 to %1 characters)."_s.arg(kMaxReason));
    // A person's name is shown in every list and history: it may be left empty (as `rabeg-hub user add` allows),
    // but not made of invisible characters only, nor a page long.
    if (const QString name = body.value(u"name"_s).toString();
        (!name.isEmpty() && !hasVisibleText(name)) || name.trimmed().size() > kMaxName)
        return HubResponse::error(422, u"invalid_name"_s,
                                  u"name: the person's full name, at most %1 characters, or nothing."_s.arg(kMaxName));
    static const QRegularExpression usernamePattern(u"^[a-z0-9][a-z0-9._-]{1,63}$"_s);
    if (action == u"create"_s && !usernamePattern.match(username).hasMatch())
        return HubResponse::error(422, u"invalid_username"_s,
                                  u"A user name is 2 to 64 small letters, digits, dots, dashes or underscores, "
                                  u"starting with a letter or digit."_s);
    if (action == u"change"_s && !body.contains(u"role"_s))
        return HubResponse::error(422, u"invalid_field"_s, u"role: say the role the account has after the change"_s);
    std::optional<Role> role;
    const QString opd = body.value(u"opd"_s).toString().trimmed();
    if (action == u"create"_s || action == u"change"_s) {
        if (Status status = m_reference.refresh(m_store)) // an OPD an admin added is known
            return storageFailure(*status);
        const auto checked = checkAccountScope(body.value(u"role"_s).toString(), opd, m_reference);
        if (const auto *problem = std::get_if<AccountProblem>(&checked))
            return HubResponse::error(422, problem->code, problem->message);
        role = std::get<Role>(checked);
    }
    QString passwordHash;
    if (fields.contains(u"password"_s)) {
        const QString password = body.value(u"password"_s).toString();
        if (const auto problem = passwordProblem(password, username))
            return HubResponse::error(422, u"weak_password"_s, *problem);
        passwordHash = hashPassword(password.toUtf8(), PasswordCost::interactive());
    }

    // The password is no part of the digest the hub keeps: the same command id with another password replays
    // the first answer, and no hash of a password lies beside the idempotency record.
    QJsonObject digested = body;
    digested.remove(u"password"_s);
    ReferenceAppend append = referenceAppend(request, commandId, actor, now, digested);
    Status failure; // a storage error met while deciding: the append rolls back instead of remembering it
    UserRecord after;
    append.decide = [&](const QList<Event> &) -> std::variant<ReferenceDraft, CommandOutcome> {
        const auto found = m_store.user(username);
        if (!found.ok()) {
            failure = found.error();
            return ReferenceDraft {};
        }
        const std::optional<UserRecord> &before = found.value();
        if (action == u"create"_s) {
            if (before)
                return refusal(409, u"duplicate_username"_s,
                               u"There is already an account \"%1\": choose another user name, or change that "
                               u"account."_s.arg(username));
            after = UserRecord {0, username, body.value(u"name"_s).toString().trimmed(), *role, opd, true,
                                passwordHash, 1};
        } else {
            if (!before)
                return refusal(404, u"unknown_user"_s,
                               u"There is no account \"%1\". Reload the list of users."_s.arg(username));
            after = *before;
        }
        // The OPD as the log holds it under the lock: one deactivated a moment ago takes no new account.
        const bool newOpd = action == u"create"_s || (action == u"change"_s && opd != before->opd);
        if (newOpd) {
            if (Status status = m_reference.refresh(m_store)) {
                failure = status;
                return ReferenceDraft {};
            }
            if (const auto problem = checkNewOpd(opd, m_reference))
                return refusal(422, problem->code, problem->message);
        }
        const bool self = username == actor.user;
        if (action == u"change"_s) {
            if (self && *role != Role::Admin)
                return refusal(422, u"own_role"_s,
                               u"You cannot take the admin role from yourself: ask another admin to do it."_s);
            if (body.contains(u"name"_s))
                after.name = body.value(u"name"_s).toString().trimmed();
            after.role = *role;
            after.opd = opd;
            if (after.role != before->role || after.opd != before->opd)
                ++after.scopeVersion; // the account's sessions of the old scope get 409 scope_changed
            else if (after.name == before->name)
                return refusal(422, u"nothing_changed"_s,
                               u"The account already has this role, OPD and name: change one of them."_s);
        } else if (action == u"deactivate"_s) {
            if (self)
                return refusal(422, u"deactivate_yourself"_s,
                               u"You cannot deactivate your own account: ask another admin to do it."_s);
            if (!before->active)
                return refusal(409, u"already_inactive"_s, u"The account \"%1\" is already deactivated."_s.arg(username));
            after.active = false;
        } else if (action == u"reactivate"_s) {
            if (before->active)
                return refusal(409, u"already_active"_s, u"The account \"%1\" is already active."_s.arg(username));
            after.active = true;
        }
        QJsonObject payload {{u"username"_s, username}, {u"after"_s, accountJson(after)}, {u"reason"_s, reason}};
        if (before)
            payload.insert(u"before"_s, accountJson(*before));
        return ReferenceDraft {eventTypeOf(action), payload, kNoLiaison};
    };
    append.apply = [&]() -> Status {
        if (failure)
            return failure;
        if (action == u"create"_s) {
            const auto added = m_store.addUser(after);
            return added.ok() ? Status() : Status(added.error());
        }
        if (action == u"reset_password"_s) {
            if (Status status = m_store.setPassword(after.id, passwordHash))
                return status;
        } else if (Status status = m_store.updateUser(after)) {
            return status;
        }
        // A new password, a deactivation: the sessions end now. A new scope: they end at their next request.
        if (action == u"reset_password"_s || action == u"deactivate"_s) {
            const auto ended = m_store.revokeTokens(after.id);
            return ended.ok() ? Status() : Status(ended.error());
        }
        return std::nullopt;
    };
    const auto outcome = m_store.appendReference(append);
    if (!outcome.ok())
        return storageFailure(outcome.error());
    appended = outcome->status == 200 && !outcome->replayed;
    if (appended)
        qCInfo(lcHub).noquote() << u"account %1: %2 by %3"_s.arg(username, action, actor.user);
    return HubResponse::json(outcome->status, outcome->body);
}

} // namespace rabeg
