#pragma once

#include "store/LocalCache.h"

#include <QStringList>
#include <QVariantList>

#include <optional>
#include <ostream>

namespace rabeg {
class SqlHubStore;
}

namespace rabeg::test {

// A canonical dump of what a user can see: every complaint state as canonical JSON (RFC 8785 bytes), and every
// event as "complaint_id/version/event id", each list sorted. A cache and a hub are compared through it.
struct SyncDump
{
    QStringList states;
    QStringList events;

    friend bool operator==(const SyncDump &, const SyncDump &) = default;
};
std::ostream &operator<<(std::ostream &out, const SyncDump &dump);

// The complaints of the hub a dump covers, chosen by our own SQL over the hub's tables (not the store's scope
// code): `where` filters the complaints table (e.g. "opd = ?"); `asOfSeq` takes the log as it was at that seq
// (each complaint's state after its last event up to it, and the events up to it).
struct HubView
{
    QString where;
    QVariantList binds;
    std::optional<qint64> asOfSeq;
};

// What the hub shows a user: states masked as the hub masks what it sends to caches.
SyncDump hubDump(SqlHubStore &store, const HubView &view = {});
SyncDump cacheDump(LocalCache &cache);

// The first line where two dumps differ, for a failure message.
std::string firstDifference(const SyncDump &actual, const SyncDump &expected);

// CHECKs that the cache shows exactly what the hub shows, saying where they differ.
void checkSameDump(const SyncDump &cache, const SyncDump &hub);

} // namespace rabeg::test
