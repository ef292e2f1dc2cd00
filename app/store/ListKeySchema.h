#pragma once

#include <QStringList>

namespace rabeg {

// Cache schema 13: list keys that never collide, and the inbox's complaints counted per day of their list key, so
// that a jump to row N of the whole inbox sums a hundred day counts and counts off one day's keys instead of N
// index entries (InboxPositions.h; BENCHMARKS.md P3: row 500,000 of 1,000,000 walked 19,311 index pages).
//
// The list key (cache schema 4, LocalCache.cpp) is the received time in UTC milliseconds times 16 plus a slot: the
// id's first hex digit, else the next free slot of that millisecond. Until schema 13, a complaint arriving when the
// millisecond's highest slot was taken got the next millisecond's first key, and every later one the same key
// again: a LAPOR! file with dates only puts a whole day's reports at 00:00 WIB, and from the 17th of them on (or
// the 2nd, when the first id began with f) they shared one key, which the full-text index takes as its rowid.
// Schema 13's rule takes the millisecond's lowest free slot when the id's own is taken, and only when all sixteen
// are (seventeen complaints in one millisecond) the highest key there is, plus one: unique, but out of the list's
// order (a search newest first lists it first), so the complaint is recorded in list_key_overflow; so is any
// complaint whose key is not its received time's millisecond (a received_at not in the hub's canonical form, or
// before 1970), except the old rule's next-millisecond keys once no longer shared: those are still in order. While that table holds a row, InboxPositions declines and the inbox counts off the list's own
// index as before: right, only slower.
//
//  - inbox_days(day, complaints): day = list_key / kListKeysPerDay (a UTC day), kept by triggers on complaints.
//  - list_key_overflow(id): the complaints whose keys are out of the list's order, kept by the same triggers.
// The keys of one millisecond (its slots), and of one UTC day. The released schema steps write 16 as it is.
constexpr qint64 kListKeySlots = 16;
constexpr qint64 kListKeysPerDay = kListKeySlots * 86'400'000LL;

// Cache schema step 12 -> 13 (LocalCache::migrate): the full-text index's triggers with the new key rule; shared
// keys given new ones (those complaints alone indexed again); both tables filled from the indexes (no complaint
// row read but those found); their triggers. Never edited once released.
QStringList listKeySchemaStep();

} // namespace rabeg
