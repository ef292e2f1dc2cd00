#include "ReferenceAdminClient.h"

#include "HubRefusal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rabeg {

ReferenceAdminClient::ReferenceAdminClient(QUrl hub, QObject *parent) : QObject(parent), m_hub(std::move(hub)) { }

void ReferenceAdminClient::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    m_pinned = true;
}

void ReferenceAdminClient::post(const QString &path, const QJsonObject &body)
{
    if (!ready()) {
        emit refused(path, tr("Not signed in to the hub yet: wait for the first sync, then try again."));
        return;
    }
    QUrl url = m_hub;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(30'000);
    if (m_pinned)
        request.setSslConfiguration(m_tls);
    QJsonObject sent = body;
    sent.insert(u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QNetworkReply *reply = m_network.post(request, QJsonDocument(sent).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, path] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            emit accepted(path, answer.value(u"events"_s).toArray().first().toObject());
            return;
        }
        const QString sentence = HubRefusal::fromBody(answer);
        if (status == 0 || sentence.isEmpty())
            emit refused(path, HubRefusal::unreachable(reply->errorString()));
        else
            emit refused(path, tr("The hub refused the change: %1").arg(sentence));
    });
}

} // namespace rabeg
