#pragma once

#include "LaporReport.h"
#include "core/Result.h"

namespace rabeg {

// Where LAPOR! reports come from. Today a CSV export (LaporCsvSource); an online connector to the LAPOR! API (only
// for registered instances) would be another implementation, and LaporImporter would not change.
class LaporSource
{
public:
    virtual ~LaporSource() = default;
    // For messages: the file's name, or the connector's address.
    virtual QString description() const = 0;
    // Every report the source holds, checked; what cannot be read is in the batch's problems, by row. An error only
    // when nothing can be read at all (no file, no header, no usable mapping).
    virtual Result<LaporBatch> fetch() = 0;
};

} // namespace rabeg
