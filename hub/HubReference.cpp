#include "HubReference.h"

namespace rabeg {

HubReference::HubReference(const ReferenceData &shipped) : m_versions(shipped), m_catalog(*shipped.sopCatalog()) { }

Status HubReference::refresh(HubStore &store)
{
    const auto events = store.referenceEvents(m_version);
    if (!events.ok())
        return events.error();
    for (const Event &event : events.value()) {
        if (Status status = learn(event))
            return status;
    }
    return std::nullopt;
}

Status HubReference::catchUp(const QList<Event> &stream)
{
    for (const Event &event : stream) {
        if (event.version <= m_version)
            continue;
        if (Status status = learn(event))
            return status;
    }
    return std::nullopt;
}

// Folded one event at a time, as ReferenceVersions::fold does: the same result as a fold of the whole stream.
Status HubReference::learn(const Event &event)
{
    if (Status status = m_versions.learn(event))
        return status;
    if (Status status = m_catalog.learn(event))
        return status;
    m_version = event.version;
    m_seq = event.seq;
    return std::nullopt;
}

} // namespace rabeg
