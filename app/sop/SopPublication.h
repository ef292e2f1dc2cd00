#pragma once

#include "SopCatalog.h"
#include "core/Result.h"
#include "domain/Actor.h"
#include "domain/ReferenceLookup.h"
#include "domain/Refusal.h"

#include <QJsonObject>

#include <optional>

namespace rabeg {

// The wire type of a liaison's draft of a template version, kept in the log beside sop_published so that an admin
// sees it on sync and publishes it; a catalog never learns a draft.
inline constexpr char16_t kSopDraftSubmittedType[] = u"sop_draft_submitted";

// Publishing a template version, decided like a complaint command (role, then state, then payload) so that hub
// and editor agree on what is allowed. Admins and supervisors publish; a liaison drafts for their own OPD and an
// admin publishes the draft. The version must be the next one of its template: two people publishing from the
// same base make the second one reload (sop_version_taken). The result is the payload of the sop_published
// reference event (kSopPublishedType) that the hub appends to its log and every catalog learns by sync.
Result<QJsonObject, Refusal> decideSopPublication(const SopCatalog &catalog, const QJsonObject &payload,
                                                  const Actor &actor, const ReferenceLookup *reference);

// A liaison's draft for their own OPD (sop_draft_submitted): the same template checks as a publication, as the
// next version of the template; anyone else is refused (admins and supervisors publish instead).
Result<QJsonObject, Refusal> decideSopDraft(const SopCatalog &catalog, const QJsonObject &payload, const Actor &actor,
                                            const ReferenceLookup *reference);

// A template of an OPD an admin deactivated (docs/reference-admin.md): no new version, drafted or published; the
// versions already published stay, and the checklists that use them keep working. Nothing for an active OPD, the
// generic template, or a lookup without the admins' changes (ReferenceActivity).
std::optional<Refusal> inactiveSopOpd(const QString &opd, const ReferenceLookup *reference);
// The refusal itself (inactive_opd), with its sentence, for a caller that knows the OPD is deactivated.
Refusal sopOpdDeactivated(const QString &opd);

} // namespace rabeg
