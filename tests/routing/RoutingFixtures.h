#pragma once

#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"

#include <QString>

namespace rabeg::test {

// The shipped reference data (loaded once).
const ReferenceData &reference();

// Writes a local cache of `count` demo complaints (the demo generator's resolved histories) at `path`.
void writeDemoCache(const QString &path, qint64 count);

// tests/data/routing/labelled.jsonl: the hand-written labelled complaints held out for measuring (never tuned on).
QString labelledFile();
// tests/data/routing/dev.jsonl: other hand-written labelled complaints, the ones the classifier was tuned on.
QString developmentFile();

} // namespace rabeg::test
