#pragma once

#include "core/Result.h"
#include "store/SyncRepository.h"

#include <QJsonArray>

namespace rabeg {

// Tolerant decoding of the items of a pulled page (or, with snapshot = true, a bootstrap page): an event of a
// type this version does not know is kept raw and skipped; the state in the item stays authoritative, so an older
// client never stalls on a newer hub. A damaged item fails the whole page, so nothing of it is applied.
// `page`, the bytes `array` was parsed from (the reply's body), lets each event be stored as the text it came in
// (PageSlices.h); without it the parsed objects are kept and serialised when stored.
Result<QList<PulledItem>> decodePulledItems(const QJsonArray &array, bool snapshot, QByteArrayView page = {});

} // namespace rabeg
