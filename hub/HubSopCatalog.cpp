#include "HubSopCatalog.h"

namespace rabeg {

HubSopCatalog::HubSopCatalog(const ReferenceData &reference)
    : m_reference(reference), m_catalog(*reference.sopCatalog())
{ }

Status HubSopCatalog::refresh(HubStore &store)
{
    const auto events = store.referenceEvents(m_version);
    if (!events.ok())
        return events.error();
    for (const Event &event : events.value()) {
        if (Status status = m_catalog.learn(event))
            return status;
        m_version = event.version;
    }
    return std::nullopt;
}

Result<SopCatalog> HubSopCatalog::fold(const ReferenceData &reference, const QList<Event> &stream)
{
    SopCatalog catalog = *reference.sopCatalog();
    for (const Event &event : stream) {
        if (Status status = catalog.learn(event))
            return *status;
    }
    return catalog;
}

} // namespace rabeg
