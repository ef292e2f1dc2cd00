#pragma once

#include "core/Result.h"
#include "domain/Event.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace rabeg {

class LocalCache;

// What the cache keeps per complaint besides its state and history, derived by the core from the whole history
// each time that history changes, so that the screens and reports read index ranges instead of folding a
// million histories (BENCHMARKS.md: stall board, P6, deadline recompute). ComplaintRepository calls every writer
// wherever it derives the next due time: put() with a history, deriveNextDue(ids), deriveAllNextDue() (a
// migration, a changed deadline policy or calendar).
class DerivedFactWriter
{
public:
    virtual ~DerivedFactWriter() = default;
    // Replaces the rows of one complaint with those derived from `history` (its whole history, in version order;
    // empty when the complaint has none cached: its rows are removed).
    virtual Status write(const QString &complaintId, const QList<Event> &history) = 0;
    // Removes every row, before all complaints are derived again.
    virtual Status clearAll() = 0;
};

// The writers of this release, each preparing its statements once on the cache's connection.
std::vector<std::unique_ptr<DerivedFactWriter>> makeDerivedFactWriters(LocalCache &cache);

// Cache schema step 5 -> 6 (LocalCache::migrate): the tables the writers fill. The step also forgets the policy
// fingerprint the next due times were derived under, so that the open following the migration derives every
// complaint once and fills them.
QStringList derivedFactsSchemaStep();

} // namespace rabeg
