#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace rabeg {

// One answer of the hub: its HTTP status and JSON body. Transport failures (refused, reset, timeout, a body
// that is not JSON) are Errors instead, so nothing half-received is ever applied.
struct HubReply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw; // the body's bytes as received (a page's events are stored as this text: PageSlices.h)

    QString errorCode() const;
    QString errorMessage() const;
};

// A small blocking JSON client for the sync engine's thread, each reply deleteLater()'d, a timeout on every request.
// Lives in the thread that uses it. A GET may also be started ahead (prefetch) and waited for later: QNAM moves
// the bytes on its own thread meanwhile, so the engine applies one page while the hub makes the next.
class HubClient
{
public:
    // A request started ahead; waited for with wait(), abandoned (aborted) when destroyed unwaited.
    class Pending
    {
    public:
        Pending(QNetworkReply *reply, QByteArray method, QString path);
        ~Pending();
        Q_DISABLE_COPY_MOVE(Pending)

    private:
        friend class HubClient;
        QNetworkReply *m_reply;
        QByteArray m_method;
        QString m_path;
    };

    ~HubClient();

    explicit HubClient(QUrl base);

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setWorkstation(const QString &name) { m_workstation = name; }
    // TLS settings for every request (a pinned authority, TrustedCa.h); the system's defaults otherwise.
    void setTlsConfiguration(const QSslConfiguration &configuration)
    {
        m_tls = configuration;
        m_pinned = true;
    }
    QUrl base() const { return m_base; }

    Result<HubReply> get(const QString &path);
    std::unique_ptr<Pending> startGet(const QString &path);
    Result<HubReply> wait(std::unique_ptr<Pending> pending);
    Result<HubReply> post(const QString &path, const QJsonObject &body);
    // DELETE: a 204 answer comes back with an empty body.
    Result<HubReply> remove(const QString &path);
    // POST /api/v1/session; on success the token is kept for the following requests.
    Result<HubReply> login(const QString &username, const QString &password);

private:
    Result<HubReply> send(const QByteArray &method, const QString &path, const QByteArray &body);
    std::unique_ptr<Pending> start(const QByteArray &method, const QString &path, const QByteArray &body);

    QUrl m_base;
    QByteArray m_token;
    QString m_workstation;
    int m_timeoutMs = 30000;
    QSslConfiguration m_tls;
    bool m_pinned = false;
    QNetworkAccessManager m_network;
};

} // namespace rabeg
