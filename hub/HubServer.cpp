#include "HubServer.h"

#include "Auth.h"
#include "ConnectionGuard.h"
#include "HubApi.h"
#include "HubLog.h"
#include "ItemCache.h"
#include "ReadPool.h"
#include "codec/WireTime.h"

#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QtConcurrent>

#include <algorithm>
#include <memory>

namespace rabeg {
namespace {

HubRequest convert(const QHttpServerRequest &request)
{
    HubRequest out;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        out.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        out.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        out.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        out.method = "DELETE";
        break;
    default:
        out.method = "OTHER";
        break;
    }
    out.path = request.url().path();
    out.query = request.query();
    for (const auto &[name, value] : request.headers())
        out.headers.insert(name.toLower(), value);
    out.body = request.body();
    out.peer = request.remoteAddress();
    return out;
}

// "Connection: Upgrade" (a token list) and "Upgrade: websocket", the Upgrade header read as Qt HttpServer reads it
// (QHttpServerRequest::value): a request this calls an upgrade is one Qt hands to its WebSocket server when
// handleRequest() accepts it, never a plain request left without an answer.
bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
        return false;
    const QList<QByteArray> tokens = request.value("connection").split(',');
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const QByteArray &token) {
        return token.trimmed().compare("upgrade", Qt::CaseInsensitive) == 0;
    });
}

void send(QHttpServerResponder &responder, const HubResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    // The body goes to the socket as the QByteArray it is: QIODevice::write(const QByteArray &) queues a large array
    // without copying it, where the responder's writeBody copies it into the socket's buffer first (a pull page of
    // 500 events is ~670 KB; that copy was most of the HTTP thread's time under P7's load, BENCHMARKS.md). The
    // bytes sent are the same: the blank line that ends the headers, then the body.
    QTcpSocket *socket = responder.socket();
    socket->write("\r\n", 2);
    socket->write(response.body);
}

} // namespace

HubServer::HubServer(HubApi &api, QObject *parent) : QAbstractHttpServer(parent), m_api(api)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HubServer::acceptWebSockets);
    connect(&m_api, &HubApi::logGrew, this, &HubServer::announce);
}

HubServer::~HubServer()
{
    if (m_pool)
        m_pool->stop(); // no answer may arrive for a server that is gone
}

bool HubServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HubRequest hubRequest = convert(request);
    qCDebug(lcHubHttp).noquote() << hubRequest.method << hubRequest.path;
    // Qt HttpServer 6.4 asks handleRequest() about a WebSocket upgrade as well: true without writing an answer
    // accepts it (the socket then arrives through newWebSocketConnection), false refuses it (missingHandler).
    // Answering it like an HTTP request would send the client a 401 instead of the handshake.
    if (isWebSocketUpgrade(request)) {
        if (hubRequest.method != "GET" || hubRequest.path != QLatin1String("/api/v1/notify"))
            return false;
        ConnectionGuard::release(socket); // a notice socket is held open; it has its own timeouts (below)
        return true;
    }
    if (HubApi::isLoginRoute(hubRequest) && hubRequest.body.size() <= HubApi::kMaxJsonBody) {
        auto prepared = m_api.prepareLogin(hubRequest);
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        if (auto *response = std::get_if<HubResponse>(&prepared)) {
            send(*responder, *response);
            return true;
        }
        // Argon2id is slow on purpose: it runs on the thread pool, the answer is written back on this thread.
        auto attempt = std::make_shared<HubApi::LoginAttempt>(std::get<HubApi::LoginAttempt>(prepared));
        auto *watcher = new QFutureWatcher<bool>(this);
        connect(watcher, &QFutureWatcher<bool>::finished, this,
                [this, watcher, attempt, responder, guard = QPointer<QTcpSocket>(socket)] {
                    // The attempt is counted either way; the answer only to a client still there (it may have
                    // closed, or the connection guard refused what it sent next, while the hash was checked).
                    const HubResponse answer = m_api.finishLogin(*attempt, watcher->result());
                    if (guard)
                        send(*responder, answer);
                    watcher->deleteLater();
                });
        const auto hash = attempt->user ? std::optional(attempt->user->passwordHash) : std::nullopt;
        const QByteArray password = attempt->password;
        watcher->setFuture(QtConcurrent::run([hash, password] { return verifyLogin(hash, password); }));
        return true;
    }
    if (m_pool && hubRequest.method == "GET") {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        m_pool->submit(hubRequest, this, [responder, guard = QPointer<QTcpSocket>(socket)](const HubResponse &response) {
            if (guard) // the client may have gone while its answer was made
                send(*responder, response);
        });
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, m_api.handle(hubRequest));
    return true;
}

void HubServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, HubResponse::error(404, QStringLiteral("not_found"), QStringLiteral("There is no such route.")));
}

void HubServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        QWebSocket *socket = nextPendingWebSocketConnection().release();
        socket->setParent(this);
        if (socket->requestUrl().path() != QLatin1String("/api/v1/notify")) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown WebSocket route"));
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(4096);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) { authenticateSocket(socket, message); });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(m_authTimeout, socket, [this, socket] {
            if (!m_subscribers.contains(socket)) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                              QStringLiteral("authenticate with your first message"));
            }
        });
    }
}

void HubServer::authenticateSocket(QWebSocket *socket, const QString &message)
{
    if (m_subscribers.contains(socket))
        return; // after authentication the socket only listens
    const QJsonObject json = QJsonDocument::fromJson(message.toUtf8()).object();
    const QByteArray token = json.value(QLatin1String("token")).toString().toLatin1();
    const auto session = m_api.authenticate("Bearer " + token);
    if (std::holds_alternative<HubResponse>(session)) {
        socket->sendTextMessage(QString::fromUtf8(std::get<HubResponse>(session).body));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not authenticated"));
        return;
    }
    m_subscribers.append(socket);
    QJsonObject ready = m_api.envelope();
    ready.insert(QStringLiteral("status"), QStringLiteral("subscribed"));
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(ready).toJson(QJsonDocument::Compact)));
}

void HubServer::announce(qint64 head)
{
    if (m_itemCache)
        m_itemCache->advance(head); // before the notice: a woken workstation's next page must reach `head`
    if (head <= m_announced)
        return; // the same append heard twice (this process's own, then its NOTIFY), or an older one late
    m_announced = head;
    const QJsonObject envelope = m_api.envelope();
    const QJsonObject notice{{QStringLiteral("seq"), head},
                             {QStringLiteral("hub_time"), envelope.value(QLatin1String("hub_time"))},
                             {QStringLiteral("clock_speed"), envelope.value(QLatin1String("clock_speed"))}};
    const QString text = QString::fromUtf8(QJsonDocument(notice).toJson(QJsonDocument::Compact));
    m_subscribers.removeAll(nullptr);
    for (const auto &socket : std::as_const(m_subscribers))
        socket->sendTextMessage(text);
}

} // namespace rabeg
