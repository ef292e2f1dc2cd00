#include "HubRequest.h"

#include <QJsonDocument>

namespace rabeg {

HubResponse HubResponse::json(int status, const QJsonObject &object)
{
    HubResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HubResponse HubResponse::rawJson(int status, QByteArray body)
{
    HubResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

HubResponse HubResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

QJsonObject HubResponse::object() const { return QJsonDocument::fromJson(body).object(); }

} // namespace rabeg
