#include "HubPolicy.h"

namespace rabeg {

HubPolicy::HubPolicy(const ReferenceData &reference)
    : m_reference(reference), m_versions(reference.sla, reference.calendar), m_calendar(reference.calendar)
{ }

Status HubPolicy::refresh(HubStore &store)
{
    const auto events = store.referenceEvents(m_streamVersion);
    if (!events.ok())
        return events.error();
    const int sla = m_versions.sla().version;
    const int calendar = m_versions.calendar().version;
    for (const Event &event : events.value()) {
        if (Status status = m_versions.learn(event))
            return status;
        m_streamVersion = event.version;
    }
    if (m_versions.sla().version != sla)
        m_reference.sla = m_versions.clocks();
    if (m_versions.calendar().version != calendar) {
        m_reference.calendar = m_versions.days();
        m_calendar = WorkingCalendar(m_reference.calendar);
    }
    return std::nullopt;
}

Result<PolicyVersions> HubPolicy::fold(const ReferenceData &reference, const QList<Event> &stream)
{
    PolicyVersions versions(reference.sla, reference.calendar);
    for (const Event &event : stream) {
        if (Status status = versions.learn(event))
            return *status;
    }
    return versions;
}

} // namespace rabeg
