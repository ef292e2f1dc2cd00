#pragma once

#include "SopCatalog.h"
#include "core/Result.h"
#include "domain/Actor.h"
#include "domain/ReferenceLookup.h"
#include "domain/Refusal.h"

#include <QJsonObject>

namespace rabeg {

// Publishing a template version, decided like a complaint command (role, then state, then payload) so that hub
// and editor agree on what is allowed. Admins and supervisors publish; a liaison drafts for their own OPD and an
// admin publishes the draft. The version must be the next one of its template: two people publishing from the
// same base make the second one reload (sop_version_taken). The result is the payload of the sop_published
// reference event (kSopPublishedType) that the hub appends to its log and every catalog learns by sync.
Result<QJsonObject, Refusal> decideSopPublication(const SopCatalog &catalog, const QJsonObject &payload,
                                                  const Actor &actor, const ReferenceLookup *reference);

} // namespace rabeg
