#pragma once

#include "refdata/ReferenceData.h"
#include "routing/RoutingTable.h"

#include <QObject>

#include <optional>
#include <utility>

namespace rabeg {

class LocalCache;

// The reference data a workstation works with (docs/reference-admin.md, "Where the changes take effect"): the
// shipped data with the reference events its cache learnt by sync folded in (cachedReferenceVersions), so OPDs and
// agencies carry the names the admins gave them, new ones are there, deactivated ones are marked, and the category
// tree and routing table are those in force. One object per Workspace: the screens keep a `const ReferenceData &`
// to data(), which is re-assigned in place, on the GUI thread, after a sync that brought reference events; what
// screens derive from it (lists of choices, the routing suggester) follows changed(). Threads get copies.
class ReferenceInForce final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceInForce)

public:
    // Folded from `cache` at once (the shipped data alone when the cache cannot be read).
    ReferenceInForce(const ReferenceData &shipped, LocalCache &cache, QObject *parent = nullptr);

    const ReferenceData &data() const { return m_data; }
    const RoutingTable &routing() const { return m_routing; }
    int routingVersion() const { return m_routingVersion; }

    // Folds again when the cache holds other reference events than at the last fold (a count and the highest seq,
    // read from an index); a sync that brought none costs that one read. True when it folded; changed() then.
    bool refresh();

signals:
    void changed();

private:
    ReferenceData m_shipped;
    LocalCache &m_cache;
    ReferenceData m_data;
    RoutingTable m_routing;
    int m_routingVersion = 0;
    std::optional<std::pair<qint64, qint64>> m_stamp; // of the events last folded
};

} // namespace rabeg
