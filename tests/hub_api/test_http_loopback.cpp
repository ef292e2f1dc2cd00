#include "HubFixture.h"

#include "AttachmentRoute.h"
#include "ConnectionGuard.h"
#include "GuardedTcpServer.h"
#include "HubServer.h"
#include "ReadPool.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

constexpr int kWaitMs = 10'000; // an upper bound only: every wait ends as soon as its condition holds

struct HttpAnswer
{
    int status = 0;
    QByteArray contentType;
    QByteArray cacheControl;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

// rabeg-hub in this process: HubServer over a GuardedTcpServer on 127.0.0.1, a free port, with serve's limits.
class LoopbackHub
{
public:
    LoopbackHub() : m_server(m_hub.api())
    {
        // One line per request or refusal and Qt's warning for each refused upgrade would only drown a failure.
        QLoggingCategory::setFilterRules(
            u"rabeg.hub.http.debug=false\nrabeg.hub.http.info=false\nqt.httpserver.warning=false"_s);
        ConnectionGuard::Limits limits;
        limits.refuseBody = &HubApi::refuseBody;
        limits.largestBody = AttachmentRoute::kMaxBytes;
        auto *tcp = new GuardedTcpServer(limits, &m_server);
        REQUIRE(tcp->listen(QHostAddress::LocalHost, 0));
        m_server.bind(tcp);
        m_port = tcp->serverPort();
        REQUIRE(m_port != 0);
    }

    HubFixture &hub() { return m_hub; }
    HubServer &server() { return m_server; }
    // GET routes answered by `threads` threads, each with its own connection to the fixture's store.
    void useReadPool(int threads)
    {
        m_pool = std::make_unique<ReadPool>(u"sqlite:"_s + m_hub.store().database().databaseName(),
                                            m_hub.reference(), m_hub.api().clock());
        REQUIRE_FALSE(m_pool->start(threads));
        m_server.setReadPool(m_pool.get());
    }
    QNetworkReply *start(const QString &path, const QByteArray &token)
    {
        QNetworkRequest request(url(path));
        request.setRawHeader("Authorization", "Bearer " + token);
        return m_network.get(request);
    }
    QUrl url(const QString &path, const QString &scheme = u"http"_s) const
    {
        return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(scheme).arg(m_port).arg(path));
    }

    HttpAnswer call(const QByteArray &method, const QString &path, const QByteArray &token = {},
                    const QByteArray &body = {})
    {
        QNetworkRequest request(url(path));
        request.setRawHeader("Content-Type", "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        REQUIRE((reply->isFinished() || finished.wait(kWaitMs)));
        HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          reply->rawHeader("Content-Type"), reply->rawHeader("Cache-Control"), reply->readAll()};
        reply->deleteLater();
        return answer;
    }

    QByteArray login(const QString &username)
    {
        const HttpAnswer answer = call("POST", u"/api/v1/session"_s, {},
                                       QJsonDocument(QJsonObject{{u"username"_s, username},
                                                                 {u"password"_s, QString::fromUtf8(kPassword)}})
                                           .toJson(QJsonDocument::Compact));
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 200);
        return answer.object().value(u"token"_s).toString().toLatin1();
    }

private:
    HubFixture m_hub{4};
    std::unique_ptr<ReadPool> m_pool; // stopped by the server, destroyed after it
    HubServer m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

// A client of the notice socket, with every message it has heard.
class NoticeClient
{
public:
    explicit NoticeClient(const QUrl &url)
        : m_connected(&m_socket, &QWebSocket::connected), m_messages(&m_socket, &QWebSocket::textMessageReceived),
          m_disconnected(&m_socket, &QWebSocket::disconnected)
    {
        m_socket.open(url);
    }

    bool waitForConnection()
    {
        return QTest::qWaitFor([this] { return !m_connected.isEmpty() || !m_disconnected.isEmpty(); }, kWaitMs)
               && !m_connected.isEmpty();
    }
    void send(const QString &text) { m_socket.sendTextMessage(text); }
    bool waitForMessages(qsizetype count)
    {
        return QTest::qWaitFor([this, count] { return m_messages.size() >= count; }, kWaitMs);
    }
    bool waitForClose()
    {
        return QTest::qWaitFor([this] { return !m_disconnected.isEmpty(); }, kWaitMs);
    }
    QJsonObject message(qsizetype i) const
    {
        return QJsonDocument::fromJson(m_messages.at(i).at(0).toString().toUtf8()).object();
    }
    qsizetype messageCount() const { return m_messages.size(); }
    bool closed() const { return !m_disconnected.isEmpty(); }
    bool everConnected() const { return !m_connected.isEmpty(); }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }

private:
    QWebSocket m_socket;
    QSignalSpy m_connected;
    QSignalSpy m_messages;
    QSignalSpy m_disconnected;
};

} // namespace

TEST_CASE("over HTTP a login runs on the worker thread and its token reads the events")
{
    LoopbackHub loopback;
    const QByteArray token = loopback.login(u"op.rina"_s);
    REQUIRE_FALSE(token.isEmpty());

    const HttpAnswer events = loopback.call("GET", u"/api/v1/events?after=0&limit=2"_s, token);
    REQUIRE(events.status == 200);
    CHECK(events.contentType == "application/json");
    CHECK(events.cacheControl == "no-store");
    const QJsonObject page = events.object();
    CHECK(page.value(u"store_id"_s).toString() == loopback.hub().storeId());
    CHECK(page.value(u"items"_s).toArray().size() == 2);
    CHECK(page.value(u"next"_s).toInteger() == 2);
    CHECK(page.value(u"more"_s).toBool());

    SECTION("a wrong password is refused over HTTP too")
    {
        const HttpAnswer refused =
            loopback.call("POST", u"/api/v1/session"_s, {}, R"({"username":"op.rina","password":"salah"})");
        CHECK(refused.status == 401);
        CHECK(refused.object().value(u"error"_s).toObject().value(u"code"_s).toString() == u"bad_credentials"_s);
    }
    SECTION("refusals keep their status and shape over HTTP")
    {
        CHECK(loopback.call("GET", u"/api/v1/events"_s).status == 401);
        CHECK(loopback.call("GET", u"/api/v1/no-such-route"_s, token).status == 404);
        CHECK(loopback.call("PATCH", u"/api/v1/events"_s, token).status == 405);
        CHECK(loopback.call("POST", u"/api/v1/commands"_s, token, "{").status == 400);
        const HttpAnswer tooLarge =
            loopback.call("POST", u"/api/v1/session"_s, {}, QByteArray(HubApi::kMaxJsonBody + 1, ' '));
        CHECK(tooLarge.status == 413);
        CHECK(tooLarge.object().value(u"error"_s).toObject().value(u"code"_s).toString() == u"body_too_large"_s);
    }
    SECTION("health answers without a session")
    {
        const HttpAnswer health = loopback.call("GET", u"/api/v1/health"_s);
        CHECK(health.status == 200);
        CHECK(health.object().value(u"status"_s).toString() == u"ok"_s);
    }
}

TEST_CASE("GET routes answered on the read pool's threads say what the server's own thread says")
{
    LoopbackHub loopback;
    loopback.useReadPool(2);
    const QByteArray token = loopback.login(u"op.rina"_s);
    const QUuid id = loopback.hub().dispatched(u"DISHUB"_s);
    const auto withoutTime = [](QJsonObject body) {
        body.remove(u"hub_time"_s);
        return body;
    };
    const QStringList paths = {u"/api/v1/events?after=0&limit=50"_s, u"/api/v1/snapshot?limit=3"_s,
                                u"/api/v1/complaints/"_s + uuidText(id), u"/api/v1/complaints/"_s + uuidText(id) + u"/events"_s,
                                u"/api/v1/reference"_s, u"/api/v1/health"_s, u"/api/v1/events?after=-1"_s};
    for (const QString &path : paths) {
        INFO(path.toStdString());
        const HttpAnswer pooled = loopback.call("GET", path, token);
        const HubResponse direct = loopback.hub().get(token, path);
        CHECK(pooled.status == direct.status);
        CHECK(pooled.contentType == direct.contentType);
        CHECK(withoutTime(pooled.object()) == withoutTime(direct.object()));
    }
    CHECK(loopback.call("GET", u"/api/v1/events"_s).status == 401);

    SECTION("a command on the server's thread is read at once on the pool's")
    {
        const qint64 head = loopback.hub().store().head().value();
        const HttpAnswer noted = loopback.call(
            "POST", u"/api/v1/commands"_s, token,
            QJsonDocument(HubFixture::command(u"add_note"_s, id, loopback.hub().version(id), {{u"text"_s, u"dicek"_s}}))
                .toJson(QJsonDocument::Compact));
        REQUIRE(noted.status == 200);
        const HttpAnswer after = loopback.call("GET", u"/api/v1/events?after=%1"_s.arg(head), token);
        REQUIRE(after.status == 200);
        CHECK(after.object().value(u"items"_s).toArray().size() == 1);
    }
    SECTION("many requests in flight at once each get their own page")
    {
        const qint64 head = loopback.hub().store().head().value();
        REQUIRE(head >= 20);
        QList<QNetworkReply *> replies;
        for (int after = 0; after < head; ++after)
            replies.append(loopback.start(u"/api/v1/events?after=%1&limit=5"_s.arg(after), token));
        for (int after = 0; after < head; ++after) {
            QNetworkReply *reply = replies.at(after);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            REQUIRE((reply->isFinished() || finished.wait(kWaitMs)));
            CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
            const QJsonArray items = QJsonDocument::fromJson(reply->readAll()).object().value(u"items"_s).toArray();
            REQUIRE_FALSE(items.isEmpty());
            CHECK(items.first().toObject().value(u"seq"_s).toInteger() == after + 1);
            reply->deleteLater();
        }
    }
}

TEST_CASE("a notice socket that authenticates first hears of every append")
{
    LoopbackHub loopback;
    const QByteArray token = loopback.login(u"op.rina"_s);
    NoticeClient notices(loopback.url(u"/api/v1/notify"_s, u"ws"_s));
    REQUIRE(notices.waitForConnection());
    notices.send(QString::fromUtf8(QJsonDocument(QJsonObject{{u"token"_s, QString::fromLatin1(token)}})
                                       .toJson(QJsonDocument::Compact)));
    REQUIRE(notices.waitForMessages(1));
    const QJsonObject subscribed = notices.message(0);
    CHECK(subscribed.value(u"status"_s).toString() == u"subscribed"_s);
    CHECK(subscribed.value(u"store_id"_s).toString() == loopback.hub().storeId());
    CHECK(subscribed.value(u"kind"_s).toString() == u"demo"_s);

    const QUuid id = QUuid::createUuid();
    const HttpAnswer intake = loopback.call(
        "POST", u"/api/v1/complaints"_s, token,
        QJsonDocument(QJsonObject{{u"complaint_id"_s, uuidText(id)},
                                  {u"channel"_s, u"phone"_s},
                                  {u"title"_s, u"Lampu mati"_s},
                                  {u"body"_s, u"Gelap."_s}})
            .toJson(QJsonDocument::Compact));
    REQUIRE(intake.status == 201);
    REQUIRE(notices.waitForMessages(2));
    const QJsonObject notice = notices.message(1);
    CHECK(notice.value(u"seq"_s).toInteger() == loopback.hub().dump().head);
    CHECK(notice.value(u"hub_time"_s).toString().endsWith(u"Z"_s));
    CHECK(notice.value(u"clock_speed"_s).toDouble() == 1.0);

    SECTION("a replayed command appends nothing and sends no notice")
    {
        const QJsonObject note = HubFixture::command(u"add_note"_s, id, 1, {{u"text"_s, u"Dicek."_s}});
        const QByteArray body = QJsonDocument(note).toJson(QJsonDocument::Compact);
        REQUIRE(loopback.call("POST", u"/api/v1/commands"_s, token, body).status == 200);
        REQUIRE(notices.waitForMessages(3));
        REQUIRE(loopback.call("POST", u"/api/v1/commands"_s, token, body).status == 200);
        // A health round trip after the replay: any notice the replay caused would have arrived before it.
        REQUIRE(loopback.call("GET", u"/api/v1/health"_s).status == 200);
        QTest::qWait(0);
        CHECK(notices.messageCount() == 3);
    }
    SECTION("later messages from an authenticated socket are ignored")
    {
        notices.send(u"{\"token\":\"x\"}"_s);
        loopback.hub().run(loopback.hub().login(u"op.budi"_s), u"add_note"_s, id, {{u"text"_s, u"x"_s}});
        REQUIRE(notices.waitForMessages(3));
        CHECK(notices.message(2).contains(u"seq"_s));
        CHECK_FALSE(notices.closed());
    }
}

TEST_CASE("a notice socket with a bad token gets an error and is closed")
{
    LoopbackHub loopback;
    for (const QString &first : {u"{\"token\":\"bukan-token\"}"_s, u"{}"_s, u"not json"_s, u"{\"token\":42}"_s}) {
        INFO(first.toStdString());
        NoticeClient notices(loopback.url(u"/api/v1/notify"_s, u"ws"_s));
        REQUIRE(notices.waitForConnection());
        notices.send(first);
        REQUIRE(notices.waitForClose());
        REQUIRE(notices.messageCount() >= 1);
        const QJsonObject error = notices.message(0).value(u"error"_s).toObject();
        CHECK((error.value(u"code"_s).toString() == u"invalid_token"_s
               || error.value(u"code"_s).toString() == u"missing_token"_s));
        CHECK_FALSE(error.value(u"message"_s).toString().isEmpty());
        CHECK(notices.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
    }
}

TEST_CASE("a notice socket that never authenticates hears nothing and is closed by the hub")
{
    LoopbackHub loopback;
    loopback.server().setSocketAuthTimeout(300ms);
    const QByteArray token = loopback.login(u"op.rina"_s);
    // A token in the URL does not count: the socket must authenticate with its first message.
    NoticeClient notices(loopback.url(u"/api/v1/notify?token="_s + QString::fromLatin1(token), u"ws"_s));
    REQUIRE(notices.waitForConnection());
    loopback.hub().intake(loopback.hub().login(u"op.budi"_s), u"Sampah"_s, u"Menumpuk."_s);
    REQUIRE(notices.waitForClose());
    CHECK(notices.messageCount() == 0);
    CHECK(notices.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
}

TEST_CASE("a WebSocket upgrade on another path is refused")
{
    LoopbackHub loopback;
    for (const QString &path : {u"/api/v1/events"_s, u"/api/v1/notify/"_s, u"/"_s}) {
        INFO(path.toStdString());
        NoticeClient notices(loopback.url(path, u"ws"_s));
        REQUIRE(notices.waitForClose());
        CHECK_FALSE(notices.everConnected());
    }
    SECTION("while plain HTTP keeps working")
    {
        CHECK(loopback.call("GET", u"/api/v1/health"_s).status == 200);
    }
}
