#pragma once

#include "HubStore.h"
#include "deadline/PolicyVersions.h"
#include "deadline/WorkingCalendar.h"
#include "refdata/ReferenceData.h"

namespace rabeg {

// The SLA policy and calendar versions in force at the hub: the shipped ones plus every sla_policy_published and
// calendar_published event of the reference stream (ReferenceStream.h), learnt incrementally (an indexed read of
// the stream past the last version learnt), so a version published through another hub process is in force here
// after the next refresh.
class HubPolicy
{
public:
    explicit HubPolicy(const ReferenceData &reference);

    Status refresh(HubStore &store);
    static Result<PolicyVersions> fold(const ReferenceData &reference, const QList<Event> &stream);

    const PolicyVersions &versions() const { return m_versions; }
    const WorkingCalendar &calendar() const { return m_calendar; }
    // The reference data with the clocks and days in force (for Scheduler::basisOf and the routes).
    const ReferenceData &reference() const { return m_reference; }

private:
    ReferenceData m_reference;
    PolicyVersions m_versions;
    WorkingCalendar m_calendar;
    qint64 m_streamVersion = 0; // of the last reference event learnt
};

} // namespace rabeg
