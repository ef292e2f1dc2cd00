#include "ReferenceInForce.h"

#include "UiLog.h"
#include "routing/CachedReference.h"
#include "store/SopCatalogQuery.h"

namespace rabeg {

ReferenceInForce::ReferenceInForce(const ReferenceData &shipped, LocalCache &cache, QObject *parent)
    : QObject(parent), m_shipped(shipped), m_cache(cache), m_data(shipped),
      m_routing(RoutingTable::fromReferenceData(shipped))
{
    refresh();
}

bool ReferenceInForce::refresh()
{
    const auto stamp = SopCatalogQuery(m_cache).referenceStamp();
    if (!stamp.ok()) {
        qCWarning(lcUi).noquote() << "cannot read the synced reference data:" << stamp.error().message;
        return false;
    }
    if (m_stamp == stamp.value())
        return false;
    const auto versions = cachedReferenceVersions(m_cache, m_shipped);
    if (!versions.ok()) {
        // The shipped data and what was folded before stay in force; the next sync tries again.
        qCWarning(lcUi).noquote() << "cannot fold the synced reference data:" << versions.error().message;
        return false;
    }
    m_stamp = stamp.value();
    m_data = versions->reference();
    m_routing = versions->routing();
    m_routingVersion = versions->routingVersion();
    emit changed();
    return true;
}

} // namespace rabeg
