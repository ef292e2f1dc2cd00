#pragma once

#include "LaporReport.h"
#include "core/Result.h"

namespace rabeg {

// Where what the city did goes back to LAPOR!. Today a CSV file for upload (LaporCsvSink); an online connector
// would be another implementation, and LaporExporter would not change.
class LaporSink
{
public:
    virtual ~LaporSink() = default;
    virtual QString description() const = 0;
    // Delivers the follow-ups, oldest first; all or nothing.
    virtual Status deliver(const QList<LaporFollowUp> &followUps) = 0;
};

} // namespace rabeg
