#pragma once

#include "CsvTable.h"
#include "ReferenceData.h"
#include "core/Result.h"

namespace rabeg {

// Loads and validates the reference data files of resources/refdata/ (or a directory an admin points to).
// A broken file is refused whole, with a message that names the file, the line and the problem
// ("services.csv:14: column 'route': unknown OPD or agency \"DISHUBB\"").
Result<ReferenceData> loadReferenceData(const QString &directory);

// The data shipped inside the binary (":/refdata").
Result<ReferenceData> loadBuiltinReferenceData();

// Each file on its own, for tests and for admin imports. Cross-references are checked against `known`.
Status loadOpds(const CsvTable &table, ReferenceData &into);
Status loadAgencies(const CsvTable &table, ReferenceData &into);
Status loadKecamatan(const CsvTable &table, ReferenceData &into);
Status loadKelurahan(const CsvTable &table, ReferenceData &into);
Status loadCategories(const CsvTable &table, ReferenceData &into);
Status loadServices(const CsvTable &table, ReferenceData &into);
Status loadSla(const CsvTable &table, ReferenceData &into);
Status loadCalendar(const CsvTable &table, ReferenceData &into);
Status loadSopTemplates(const CsvTable &table, ReferenceData &into);

} // namespace rabeg
