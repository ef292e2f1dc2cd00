#pragma once

#include "refdata/ReferenceData.h"

#include <QJsonObject>

namespace rabeg {

// Reference data as the hub serves it (GET /api/v1/reference) and clients cache it.
QJsonObject encodeReference(const ReferenceData &data);

} // namespace rabeg
