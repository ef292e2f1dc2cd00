#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QUrlQuery>

namespace rabeg {

// The hub's own request and response types: routes work on these, so tests and fuzzers reach every handler
// without a socket, and the Qt HttpServer adapter (HubServer) only converts.
struct HubRequest
{
    QByteArray method; // "GET", "POST"
    QString path;      // "/api/v1/events"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HubResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HubResponse json(int status, const QJsonObject &object);
    // A body already written as JSON text (pages spliced from stored text).
    static HubResponse rawJson(int status, QByteArray body);
    // {"error":{"code":..., "message":...}}: the message is a sentence a person can act on.
    static HubResponse error(int status, const QString &code, const QString &message);
    QJsonObject object() const; // for tests
};

} // namespace rabeg
