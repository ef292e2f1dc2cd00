#pragma once

#include "core/Result.h"
#include "refdata/ReferenceData.h"

#include <QByteArray>
#include <QList>

namespace rabeg {

// SOP templates to and from files, so that an OPD can prepare them in a spreadsheet (DESIGN.md, "SOP
// checklists"). The CSV has the columns of resources/refdata/sop_templates.csv, one row per step; the JSON is
// {"templates":[...]} of encodeSopTemplate. An import is refused whole at its first problem, which names the row
// and the field: "sop_dukcapil.csv:14: column 'expected_days': expected a whole number from 1 to 365, found
// \"0\"", or "templates[2].steps[3].role: \"operator\" is not one of ...". OPD and service codes must be known
// to `known`. Imported templates are drafts: publishing one checks its version against the catalog.

Result<QList<SopTemplate>> importSopCsv(const QByteArray &bytes, const QString &fileName, const ReferenceData &known);
QByteArray exportSopCsv(const QList<SopTemplate> &templates);

Result<QList<SopTemplate>> importSopJson(const QByteArray &bytes, const ReferenceData &known);
QByteArray exportSopJson(const QList<SopTemplate> &templates);

} // namespace rabeg
