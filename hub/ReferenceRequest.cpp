#include "ReferenceRequest.h"

#include "json/JsonParser.h"

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

} // namespace rabeg
