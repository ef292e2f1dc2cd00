#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace rabeg {

// Where each item's events lie in the bytes of a pulled or snapshot page, so that the sync stores every event as
// the hub sent it (its JSON text, sliced) instead of serialising the parsed object again, which took a tenth of a
// bootstrap (BENCHMARKS.md, P1). Only run over bytes QJsonDocument has already parsed as a valid page: the scan
// keeps no more than string and nesting state. Anything unexpected (no "items" array, a key twice) gives nullopt,
// and the caller serialises the parsed objects as before.
struct ItemSlices
{
    QByteArrayView event; // the item's "event" value; empty when it has none
    QList<QByteArrayView> history; // each element of its "history" array
};

// The slices of every element of the top-level "items" array, in order; views into `page`.
std::optional<QList<ItemSlices>> slicePageItems(QByteArrayView page);

} // namespace rabeg
