#include "TrainerHubClient.h"

#include "HubRefusal.h"

#include "codec/WireTime.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace rabeg {

TrainerHubClient::TrainerHubClient(QUrl hub, QObject *parent) : QObject(parent), m_hub(std::move(hub)) { }

void TrainerHubClient::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    m_pinned = true;
}

void TrainerHubClient::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    send("GET", u"/api/v1/training"_s, {});
}

void TrainerHubClient::setSpeed(double speed)
{
    send("POST", u"/api/v1/training/clock"_s, {{u"speed"_s, speed}});
}

void TrainerHubClient::jumpTo(const QDateTime &at)
{
    send("POST", u"/api/v1/training/clock"_s, {{u"jump_to"_s, toWireTime(at)}});
}

void TrainerHubClient::reset()
{
    send("POST", u"/api/v1/training/reset"_s, {});
}

void TrainerHubClient::send(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    if (!ready()) {
        m_refreshing = false;
        return;
    }
    QUrl url = m_hub;
    url.setPath(path);
    if (method == "GET")
        url.setQuery(u"results=true"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(30'000);
    if (m_pinned)
        request.setSslConfiguration(m_tls);
    QNetworkReply *reply = method == "GET"
        ? m_network.get(request)
        : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const bool poll = method == "GET";
    connect(reply, &QNetworkReply::finished, this, [this, reply, poll] {
        reply->deleteLater();
        if (poll)
            m_refreshing = false;
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            emit statusReceived(answer);
            return;
        }
        const QString sentence = HubRefusal::fromBody(answer);
        emit failed(sentence.isEmpty() ? tr("The training hub cannot be reached: %1").arg(reply->errorString())
                                       : sentence);
    });
}

} // namespace rabeg
