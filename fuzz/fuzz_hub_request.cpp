// libFuzzer target: the hub's request handling (HubApi::handle, every route, with its own request type so no
// socket is needed) over a real SQLite store holding demo complaints. Input: byte 0 picks a method and route,
// byte 1 a caller (none, operator, liaison, admin, a forged token), byte 2 a known complaint id for routes that
// take one (and for "@ID@" in the body); up to the first newline the rest is appended to the path (ids, queries), after it comes the body.
// Properties: no crash or sanitizer report; every answer is 2xx or 4xx (5xx only from the health route when
// the store is gone, which it never is here); every JSON answer parses strictly; every refusal is
// {"error":{"code","message"}} and leaves the log head where it was.
#include "Auth.h"
#include "FuzzCheck.h"
#include "FuzzDemo.h"
#include "HubApi.h"
#include "SqlHubStore.h"
#include "json/JsonParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

struct Route
{
    const char *method;
    QString path;
    bool takesId;
};

const Route kRoutes[] = {
    {"GET", u"/api/v1/health"_s, false},           {"POST", u"/api/v1/session"_s, false},
    {"DELETE", u"/api/v1/session"_s, false},       {"GET", u"/api/v1/snapshot"_s, false},
    {"GET", u"/api/v1/events"_s, false},           {"GET", u"/api/v1/complaints/"_s, true},
    {"GET", u"/api/v1/complaints/%1/events"_s, true}, {"GET", u"/api/v1/complaints/%1/identity"_s, true},
    {"POST", u"/api/v1/commands"_s, false},        {"POST", u"/api/v1/complaints"_s, false},
    {"GET", u"/api/v1/reference"_s, false},        {"PUT", u"/api/v1/commands"_s, false},
    {"GET", u"/api/v2/"_s, false},                 {"GET", u"/"_s, false},
};

const QByteArray kPassword = "sandi-fuzz-123";

struct Hub
{
    QTemporaryDir dir;
    std::unique_ptr<SqlHubStore> store;
    std::unique_ptr<HubApi> api;
    QList<QByteArray> tokens; // none, operator, liaison, admin, forged
    QList<QUuid> ids;
};

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "fuzz set-up failed: %s\n", qPrintable(why));
    std::abort();
}

HubResponse send(HubApi &api, const QByteArray &method, const QString &pathAndQuery, const QByteArray &token,
                 const QByteArray &body)
{
    const QUrl url(u"http://hub.fuzz"_s + pathAndQuery);
    HubRequest request;
    request.method = method;
    request.path = url.path();
    request.query = QUrlQuery(url.query());
    if (!token.isEmpty())
        request.headers.insert("authorization", "Bearer " + token);
    request.headers.insert("content-type", "application/json");
    request.headers.insert("x-rabeg-workstation", "WS-FUZZ-01");
    request.body = body;
    return api.handle(request);
}

Hub &hub()
{
    static Hub *made = [] {
        static int argc = 1;
        static char name[] = "fuzz_hub_request";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv); // the store's SQL driver wants an application object
        auto *h = new Hub;
        if (!initCrypto() || !h->dir.isValid())
            die(u"no crypto or no temporary directory"_s);
        const fuzz::FuzzDemo &demo = fuzz::fuzzDemo(30);
        auto store = SqlHubStore::open(u"sqlite:"_s + h->dir.filePath(u"hub.sqlite"_s), StoreKind::Demo,
                                       u"fuzz-hub"_s);
        if (!store.ok())
            die(store.error().message);
        h->store = std::move(store).value();
        if (const Status failed = h->store->importDemo(demo.complaints))
            die(failed->message);
        for (const DemoComplaint &c : demo.complaints)
            h->ids.append(c.complaint.id);
        const QString hash = hashPassword(kPassword, PasswordCost::minimal());
        const QList<UserRecord> users = {
            {0, u"op.rina"_s, u"Rina"_s, Role::Operator, {}, true, hash, 1},
            {0, u"liaison-dlh"_s, u"Penghubung DLH"_s, Role::Liaison, u"DLH"_s, true, hash, 1},
            {0, u"admin.iwan"_s, u"Iwan"_s, Role::Admin, {}, true, hash, 1},
        };
        h->tokens.append(QByteArray());
        for (const UserRecord &user : users) {
            if (!h->store->addUser(user).ok())
                die(u"cannot add "_s + user.username);
        }
        h->api = std::make_unique<HubApi>(*h->store, demo.reference,
                                          HubClock::startingAt(QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC), 1.0));
        for (const UserRecord &user : users) {
            const QJsonObject login{{u"username"_s, user.username}, {u"password"_s, QString::fromLatin1(kPassword)}};
            const HubResponse answer = send(*h->api, "POST", u"/api/v1/session"_s, {},
                                            QJsonDocument(login).toJson(QJsonDocument::Compact));
            const QByteArray token = answer.object().value(u"token"_s).toString().toLatin1();
            if (answer.status != 200 || token.isEmpty())
                die(u"cannot log in "_s + user.username);
            h->tokens.append(token);
        }
        h->tokens.append("forged-token-0000000000000000000000000000");
        return h;
    }();
    return *made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    Hub &h = hub();
    const Route &route = kRoutes[data[0] % std::size(kRoutes)];
    const QByteArray &token = h.tokens.at(data[1] % h.tokens.size());
    const QUuid id = h.ids.at(data[2] % h.ids.size());
    const QByteArray rest(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    const qsizetype newline = rest.indexOf('\n');
    const QString suffix = QString::fromUtf8(newline < 0 ? rest : rest.left(newline));
    QByteArray body = newline < 0 ? QByteArray() : rest.mid(newline + 1);
    body.replace("@ID@", id.toString(QUuid::WithoutBraces).toLatin1()); // so commands reach real complaints

    QString path = route.path;
    if (route.takesId)
        path = path.contains(u"%1"_s) ? path.arg(id.toString(QUuid::WithoutBraces))
                                       : path + id.toString(QUuid::WithoutBraces);
    const qint64 headBefore = h.store->head().value_or(-1);
    const HubResponse answer = send(*h.api, route.method, path + suffix, token, body);
    const qint64 headAfter = h.store->head().value_or(-1);

    RABEG_FUZZ_CHECK(answer.status >= 200 && answer.status < 500, "the hub answers 2xx or 4xx, never 5xx");
    if (answer.contentType == "application/json") {
        const auto parsed = json::parseStrict(answer.body, {64, 64 * 1024 * 1024, 64 * 1024 * 1024});
        RABEG_FUZZ_CHECK(parsed.ok() && parsed.value().isObject(), "a JSON answer is a JSON object");
        if (answer.status >= 400) {
            const QJsonObject error = parsed.value().toObject().value(u"error"_s).toObject();
            RABEG_FUZZ_CHECK(!error.value(u"code"_s).toString().isEmpty(), "a refusal has a code");
            RABEG_FUZZ_CHECK(!error.value(u"message"_s).toString().trimmed().isEmpty(), "a refusal has a message");
        }
    }
    if (answer.status >= 400)
        RABEG_FUZZ_CHECK(headBefore == headAfter, "a refused request leaves the log as it was");
    return 0;
}
