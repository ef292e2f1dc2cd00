#include "AdminHubClient.h"

#include "HubRefusal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace rabeg {

AdminHubClient::AdminHubClient(QUrl hub, QObject *parent) : QObject(parent), m_hub(std::move(hub)) { }

void AdminHubClient::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    m_pinned = true;
}

void AdminHubClient::load(Route route) { send(route, "GET", {}); }

void AdminHubClient::publish(Route route, const QJsonObject &body) { send(route, "POST", body); }

QNetworkReply *AdminHubClient::request(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    if (!ready())
        return nullptr;
    QUrl url = m_hub;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(30'000);
    if (m_pinned)
        request.setSslConfiguration(m_tls);
    return method == "GET" ? m_network.get(request)
                           : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void AdminHubClient::send(Route route, const QByteArray &method, const QJsonObject &body)
{
    QNetworkReply *reply
        = request(method, route == Route::SlaPolicy ? u"/api/v1/admin/sla-policy"_s : u"/api/v1/admin/calendar"_s, body);
    if (!reply) {
        emit refused(route, tr("Not signed in to the hub yet: wait for the first sync, then try again."));
        return;
    }
    const bool get = method == "GET";
    connect(reply, &QNetworkReply::finished, this, [this, reply, route, get] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 && get) {
            emit loaded(route, answer);
            return;
        }
        if (status == 200) {
            const QJsonObject event = answer.value(u"events"_s).toArray().first().toObject();
            emit published(route, event.value(u"payload"_s).toObject().value(u"version"_s).toInt());
            return;
        }
        const QString sentence = HubRefusal::fromBody(answer);
        if (status == 0 || sentence.isEmpty())
            emit refused(route, HubRefusal::unreachable(reply->errorString()));
        else if (answer.value(u"error"_s).toObject().value(u"code"_s).toString() == u"policy_version_taken"_s)
            emit refused(route, tr("Another admin published a new version first. Reload it, make your change "
                                   "again and publish."));
        else
            emit refused(route, tr("The hub refused the publication: %1").arg(sentence));
    });
}

} // namespace rabeg
