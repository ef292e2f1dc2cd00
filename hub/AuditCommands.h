#pragma once

#include <QStringList>

namespace rabeg {

// rabeg-hub audit verify --store SPEC: "ok", or the first seq where the event log's chain breaks, or the first entry
// where the audit log's chain breaks (exit 1).
// rabeg-hub audit export --store SPEC (--complaint TRACKING | --from DATE --to DATE) [--format json|pdf] --out FILE:
// the events and audit entries of a complaint or a period, for the Ombudsman, with the heads of both chains they
// were verified against (docs/security.md, "Audit export").
int auditCommand(const QStringList &args);

// rabeg-hub retention purge --store SPEC --older-than-days N [--as-of ISO]: deletes the identities (and their digest
// salts) of complaints closed for more than N days; one audit entry says how many.
int retentionCommand(const QStringList &args);

} // namespace rabeg
