#pragma once

#include "HubRequest.h"
#include "ReferenceStream.h"

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

// The append of such a request, without its decision: the command id, who, from which workstation (the
// x-rabeg-workstation header, at most 128 bytes), at what hub time, and the SHA-256 of the canonical bytes of
// `digested` (the body, less what the hub must not keep, such as a password) for the idempotency record.
ReferenceAppend referenceAppend(const HubRequest &request, const QUuid &commandId, const Actor &actor,
                                const QDateTime &now, const QJsonObject &digested);

} // namespace rabeg
