#include "ReferenceRequest.h"

#include "json/CanonicalJson.h"
#include "json/JsonParser.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace rabeg {

std::variant<ReferenceRequest, HubResponse> readReferenceRequest(const HubRequest &request, const QString &what)
{
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok())
        return HubResponse::error(400, u"malformed_json"_s, parsed.error().message);
    if (!parsed.value().isObject())
        return HubResponse::error(400, u"malformed_json"_s, u"Send the %1 as a JSON object."_s.arg(what));
    ReferenceRequest read {parsed.value().toObject(), {}};
    read.commandId = QUuid::fromString(read.body.value(u"command_id"_s).toString());
    if (read.commandId.isNull())
        return HubResponse::error(422, u"invalid_field"_s, u"command_id: expected a UUID made by the client."_s);
    return read;
}

ReferenceAppend referenceAppend(const HubRequest &request, const QUuid &commandId, const Actor &actor,
                                const QDateTime &now, const QJsonObject &digested)
{
    ReferenceAppend append;
    append.commandId = commandId;
    append.actor = actor;
    append.workstation = QString::fromUtf8(request.header("x-rabeg-workstation").left(128));
    append.now = now;
    append.requestDigest = QCryptographicHash::hash(json::canonicalBytesUnchecked(digested), QCryptographicHash::Sha256);
    return append;
}

} // namespace rabeg
