#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

namespace rabeg {

// The admin screens' line to the hub's admin routes (GET and POST /api/v1/admin/sla-policy and
// /api/v1/admin/calendar; docs/deadlines.md, "Editing the policy and the calendar"): asynchronous, every reply
// deleteLater()'d. A refusal comes back as the hub's own sentence, which names the field it refuses.
class AdminHubClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminHubClient)

public:
    enum class Route { SlaPolicy, Calendar };

    explicit AdminHubClient(QUrl hub, QObject *parent = nullptr);

    void setToken(const QByteArray &token) { m_token = token; }
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool ready() const { return !m_token.isEmpty(); }

    void load(Route route);
    void publish(Route route, const QJsonObject &body);
    // Any admin route (the Users and Audit tabs, UserAdminClient): the reply, which the caller deleteLater()s;
    // nullptr while not signed in.
    QNetworkReply *request(const QByteArray &method, const QString &path, const QJsonObject &body = {});

signals:
    void loaded(rabeg::AdminHubClient::Route route, const QJsonObject &current);
    void published(rabeg::AdminHubClient::Route route, int version);
    void refused(rabeg::AdminHubClient::Route route, const QString &sentence);

private:
    void send(Route route, const QByteArray &method, const QJsonObject &body);

    QNetworkAccessManager m_network;
    QUrl m_hub;
    QByteArray m_token;
    QSslConfiguration m_tls;
    bool m_pinned = false;
};

} // namespace rabeg
