#include "HubSopCatalog.h"

namespace rabeg {

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
