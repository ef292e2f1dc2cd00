#pragma once

#include "HubRequest.h"

#include <QJsonObject>
#include <QUuid>

#include <variant>

namespace rabeg {

// The body of an administrator's change to reference data (SLA policy, calendar, OPDs and agencies, the category
// tree, the routing table, accounts): one JSON object carrying the command id the client made for it.
struct ReferenceRequest
{
    QJsonObject body;
    QUuid commandId;
};

// The body read strictly, or the 400/422 that refuses it; `what` names the request in the refusal ("publication",
// "change").
std::variant<ReferenceRequest, HubResponse> readReferenceRequest(const HubRequest &request, const QString &what);

} // namespace rabeg
