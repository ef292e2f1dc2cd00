#include "UserAdminClient.h"

#include "HubRefusal.h"
#include "AdminHubClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rabeg {

UserAdminClient::UserAdminClient(AdminHubClient *hub, QObject *parent) : QObject(parent), m_hub(hub) { }

void UserAdminClient::fail(bool audit, const QString &sentence)
{
    if (audit)
        emit auditFailed(sentence);
    else
        emit usersFailed(sentence);
}

bool UserAdminClient::signedIn(QNetworkReply *reply, bool audit)
{
    if (reply)
        return true;
    fail(audit, tr("Not signed in to the hub yet: wait for the first sync, then try again."));
    return false;
}

std::optional<QJsonObject> UserAdminClient::answer(QNetworkReply *reply, bool audit)
{
    reply->deleteLater();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200)
        return body;
    const QString sentence = HubRefusal::fromBody(body);
    if (status == 0 || sentence.isEmpty())
        fail(audit, HubRefusal::unreachable(reply->errorString()));
    else
        fail(audit, tr("The hub refused: %1").arg(sentence));
    return std::nullopt;
}

void UserAdminClient::loadUsers()
{
    QNetworkReply *reply = m_hub->request("GET", u"/api/v1/admin/users"_s);
    if (!signedIn(reply, false))
        return;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (const auto body = answer(reply, false))
            emit usersLoaded(body->value(u"users"_s).toArray());
    });
}

void UserAdminClient::change(const QJsonObject &body)
{
    QJsonObject request = body;
    request.insert(u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QNetworkReply *reply = m_hub->request("POST", u"/api/v1/admin/users"_s, request);
    if (!signedIn(reply, false))
        return;
    const QString action = body.value(u"action"_s).toString();
    const QString username = body.value(u"username"_s).toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, action, username] {
        if (answer(reply, false))
            emit changed(action, username);
    });
}

void UserAdminClient::loadAudit()
{
    QNetworkReply *reply = m_hub->request("GET", u"/api/v1/admin/reference-events"_s);
    if (!signedIn(reply, true))
        return;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (const auto body = answer(reply, true))
            emit auditLoaded(body->value(u"events"_s).toArray());
    });
}

} // namespace rabeg
