#pragma once

#include "core/Result.h"

#include <optional>

namespace rabeg {

class LocalCache;

// What lets a calendar change shift stored working-day points instead of computing them again (cache schema 16,
// DuePoints.h; docs/deadlines.md, "Recompute after a calendar change").
//
// A change of the days [first, last] moves every ordinal from `last` on, on an axis, by the same whole number of
// working days (the days that opened minus those that closed on that axis), so a running cycle that starts after
// `last` has its start, due and warning points moved by that many days and nothing else: its pauses lie after its
// start. One that starts on `last` has its due point moved as much (unless it pauses that day), and only its start
// point (and so its warning point) otherwise: it is where its start instant lies on the new calendar. How many
// days is the ordinal of a fixed anchor day far in the future under the new calendar minus the one under the
// calendar the stored points were written with, which the cache keeps per axis (meta `axis_anchors`) beside the
// fingerprint of the policy they belong to.
//
// Ordinals are differences: the axis may as well keep the ordinals from `last` on and renumber those before
// `first` the other way, by moving its origin (AxisOrigins.h) as much as the anchor moved. Then the cycles that
// start after `last` keep their points, those that start on it keep their due points, and those that start before
// `first` (the ones running across the change too, whose due days do move) are shifted instead. A day off
// announced ahead has every running cycle before it: the ordinals after it move, and nothing is written. One
// recognised late has the clocks started since after it, as many as the days since bring, and only those running
// across it before: the ordinals before it move. The side with fewer running cycles is renumbered.

// Keeps the anchor ordinals of the cache's calendar's axes, with its policy's fingerprint: once running_cycles holds
// the points of that policy. In the caller's transaction.
Status recordAxisAnchors(LocalCache &cache);
// Records that every derived deadline fact is now the cache's policy's: meta `deadline_policy` set to its fingerprint,
// and its anchors kept (recordAxisAnchors). In the caller's transaction.
Status recordDerivedPolicy(LocalCache &cache);

// Shifts the running cycles beside the changed Julian days [firstChanged, lastChanged] on each axis of the cache's
// (new) calendar: when fewer start before `firstChanged` than after `lastChanged`, moves the cache's axis origins
// (LocalCache::setAxisOrigins; a reference to its policy taken before is stale) and shifts those before; else those
// that start on or after `lastChanged` (those that start on it and pause that same day excepted). The start and
// warning points of those that start on `lastChanged` are computed anew either way, from their start instant and
// the new calendar. Then writes the complaint_due entries of the complaints whose cycles moved (those whose clocks
// lie on one axis; a complaint on several is computed again by the caller). Returns the entries written, or none
// when the stored anchors are not those of the policy the points were written with (`deadline_policy`): then
// nothing is written and every cycle from the first changed day on must be computed again. In the caller's
// transaction; after a rollback the caller puts the origins it had before back in force (LocalCache::useAxisOrigins).
Result<std::optional<qint64>> shiftCycles(LocalCache &cache, qint64 firstChanged, qint64 lastChanged);

} // namespace rabeg
