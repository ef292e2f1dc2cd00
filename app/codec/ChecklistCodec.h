#pragma once

#include "sop/Checklist.h"

#include <QJsonValue>

namespace rabeg {

// The "checklist" of a complaint in GET /api/v1/complaints/{id} (docs/api/openapi.yaml, Checklist), or null when
// it has none: {"template","version","steps":[{"key","title","expected_days","role","critical","done_at",
// "phone_report"}],"current_step","stalled_step","days_over","days_at_step"}. Derived at hub time, never stored:
// a workstation derives the same from the history it synced.
QJsonValue encodeChecklist(const Checklist &checklist);

} // namespace rabeg
