#pragma once

#include "codec/FieldReader.h"
#include "core/Result.h"
#include "domain/ReferenceLookup.h"
#include "refdata/ReferenceTypes.h"

#include <QJsonObject>

namespace rabeg {

// Who carries out a step: the same words as the reference data's sop_templates.csv.
const QStringList &sopStepRoles();

// One template version as JSON: {"opd","service","version","steps":[{"key","title","expected_days","role",
// "critical"}]}. The payload of a sop_published event, an element of a JSON import, of GET /api/v1/reference.
QJsonObject encodeSopTemplate(const SopTemplate &sop);

// Reads one template; a problem names its path ("templates[2].steps[3].expected_days: expected an integer from 1
// to 365"). Strict mode refuses unknown fields. Checks the values too (keys unique and lower case, a title, a
// known role); OPD and service codes are checked against `known` when given ("*" in both: the generic template).
Result<SopTemplate> decodeSopTemplate(const QJsonObject &json, const QString &path, DecodeMode mode,
                                      const ReferenceLookup *known = nullptr);

} // namespace rabeg
