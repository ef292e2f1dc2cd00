#pragma once

#include "HubClock.h"
#include "HubRequest.h"
#include "HubPolicy.h"
#include "HubReference.h"
#include "HubStore.h"
#include "LoginGuard.h"
#include "IdentityRoute.h"
#include "SopRoute.h"
#include "deadline/WorkingCalendar.h"
#include "refdata/ReferenceData.h"

#include <QObject>

#include <functional>

namespace rabeg {

// API v1 (docs/api/openapi.yaml) over the hub's own request type. Every route authenticates, checks scope per
// object, and answers errors as {"error":{"code","message"}}. Synchronous: the server adapter decides what runs
// off its thread (password hashing).
class HubApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubApi)

public:
    static constexpr qsizetype kMaxJsonBody = 1024 * 1024;

    HubApi(HubStore &store, const ReferenceData &reference, HubClock clock, QObject *parent = nullptr);

    HubResponse handle(const HubRequest &request);
    // The 413 that refuses a body of `size` bytes on the route of `request` (its method and path only), if over
    // that route's limit: kMaxJsonBody, or AttachmentRoute::kMaxBytes for an upload. handle() checks the body it
    // gets; the connection guard checks the size a request declares, before its body is read.
    static std::optional<HubResponse> refuseBody(const HubRequest &request, qint64 size);

    // Login in two halves, so the slow password check can run on a worker thread between them.
    struct LoginAttempt
    {
        std::optional<UserRecord> user;
        QByteArray password;
        QString username; // as typed, for the login limits
        QString address;  // the client's, for the login limits
    };
    std::variant<LoginAttempt, HubResponse> prepareLogin(const HubRequest &request);
    HubResponse finishLogin(const LoginAttempt &attempt, bool passwordOk);

    // The session behind a bearer token, or the response that refuses it (401, 409 scope_changed).
    std::variant<UserRecord, HubResponse> authenticate(const QByteArray &authorization);

    const HubClock &clock() const { return m_clock; }
    LoginGuard &loginGuard() { return m_loginGuard; }
    QJsonObject envelope() const; // store_id, kind, epoch, hub_time, clock_speed
    static bool isLoginRoute(const HubRequest &request);
    // Routes a mode of the hub adds (a training class, TrainingApi): asked first, after authentication.
    using ExtraRoutes = std::function<std::optional<HubResponse>(const HubRequest &, const UserRecord &)>;
    void setExtraRoutes(ExtraRoutes routes) { m_extraRoutes = std::move(routes); }

signals:
    void logGrew(qint64 head);

private:
    HubResponse route(const HubRequest &request, const UserRecord &user);
    HubResponse logout(const HubRequest &request);
    HubResponse getEvents(const HubRequest &request, const Actor &actor);
    HubResponse getSnapshot(const HubRequest &request, const Actor &actor);
    HubResponse getComplaint(const QUuid &id, const QString &what, const UserRecord &user);
    HubResponse revealIdentity(const QUuid &id, const HubRequest &request, const UserRecord &user);
    HubResponse postCommand(const HubRequest &request, const UserRecord &user);
    HubResponse postComplaint(const HubRequest &request, const UserRecord &user);
    HubResponse runCommand(const Command &command, const QJsonObject &canonicalRequest, const UserRecord &user,
                           const HubRequest &request, bool intakeRoute);
    static Actor actorOf(const UserRecord &user);

    HubStore &m_store;
    const ReferenceData &m_reference;
    HubClock m_clock;
    WorkingCalendar m_calendar;
    HubReference m_inForce; // the shipped reference data with the log's reference events folded in
    SopRoute m_sopRoute;
    IdentityRoute m_identityRoute;
    HubPolicy m_policy; // the SLA policy and calendar versions in force (PolicyRoute publishes them)
    qint64 m_notifiedHead = 0; // the head last announced through logGrew
    LoginGuard m_loginGuard;
    ExtraRoutes m_extraRoutes;
};

HubResponse storageFailure(const Error &error);

} // namespace rabeg
