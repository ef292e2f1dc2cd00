#pragma once

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>

#include <memory>

#include <chrono>

class QWebSocket;

namespace rabeg {

class HubApi;
class ItemCache;
class ReadPool;

// Qt HttpServer adapter: converts each request to a HubRequest, answers with HubApi's HubResponse, runs password
// checks on a worker thread, and serves the WebSocket notice /api/v1/notify: the socket authenticates with its
// first message {"token": "..."} (never a token in the URL), then receives {"seq","hub_time","clock_speed"} each
// time the log grows. A socket that has not authenticated within 10 s is closed.
class HubServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubServer)

public:
    explicit HubServer(HubApi &api, QObject *parent = nullptr);
    ~HubServer() override;

    // GET requests go to the pool's threads (each with its own store connection) and their answers are written
    // here when ready; without a pool everything is answered on this thread. The pool is stopped with the server.
    void setReadPool(ReadPool *pool) { m_pool = pool; }
    // The process's item cache (ItemCache.h): each announced head raises its shared head before the notice goes out.
    void setItemCache(std::shared_ptr<ItemCache> cache) { m_itemCache = std::move(cache); }

    // Tells the notice sockets that the log grew to `head`: HubApi's own appends, the scheduler's, and (on
    // PostgreSQL) those of every other hub process through LogListener. A head already announced is not sent again.
    void announce(qint64 head);

    // How long a notice socket may stay without authenticating; 10 s unless a test wants it shorter.
    void setSocketAuthTimeout(std::chrono::milliseconds timeout) { m_authTimeout = timeout; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void acceptWebSockets();
    void authenticateSocket(QWebSocket *socket, const QString &message);

    HubApi &m_api;
    ReadPool *m_pool = nullptr;
    std::shared_ptr<ItemCache> m_itemCache;
    QList<QPointer<QWebSocket>> m_subscribers;
    std::chrono::milliseconds m_authTimeout{10'000};
    qint64 m_announced = 0;
};

} // namespace rabeg
