#include "PublishedPolicy.h"

#include "AxisOrigins.h"
#include "AxisShift.h"
#include "ComplaintRepository.h"
#include "NextDueRecompute.h"
#include "ReadSnapshot.h"
#include "SopCatalogQuery.h"
#include "deadline/CalendarChange.h"

using namespace Qt::StringLiterals;

namespace rabeg {

Result<PolicyVersions> cachedPolicyVersions(LocalCache &cache, const DeadlinePolicy &base)
{
    const auto events = SopCatalogQuery(cache).referenceEvents();
    if (!events.ok())
        return events.error();
    PolicyVersions versions(base.clocks(), base.days());
    for (const Event &event : events.value()) {
        const bool sla = event.typeName == QStringView(kSlaPolicyPublishedType);
        const bool calendar = event.typeName == QStringView(kCalendarPublishedType);
        if (!sla && !calendar)
            continue;
        const int known = sla ? versions.sla().version : versions.calendar().version;
        if (event.payload.value(u"version"_s).toInt() <= known)
            continue; // learnt twice (a page applied again)
        if (Status status = versions.learn(event))
            return *status;
    }
    return versions;
}

Result<QList<PublishedVersion>> publishedVersions(LocalCache &cache)
{
    const auto events = SopCatalogQuery(cache).referenceEvents();
    if (!events.ok())
        return events.error();
    QList<PublishedVersion> versions;
    for (const Event &event : events.value()) {
        const bool sla = event.typeName == QStringView(kSlaPolicyPublishedType);
        const bool calendar = event.typeName == QStringView(kCalendarPublishedType);
        if (sla || calendar) {
            versions.append({calendar, event.payload.value(u"version"_s).toInt(), event.actor.user, event.at,
                             event.payload.value(u"why"_s).toString()});
        }
    }
    return versions;
}

namespace {

bool publishedAny(const PolicyVersions &versions)
{
    return versions.sla().version > 0 || versions.calendar().version > 0;
}

} // namespace

Status usePublishedPolicy(LocalCache &cache)
{
    const ReadSnapshot snapshot(cache.database());
    // Unreadable origins are left as they are: the next open derives every deadline fact again (loadAxisOrigins).
    if (const auto origins = axisOriginsFromText(cache.meta(kAxisOriginsMeta)))
        cache.useAxisOrigins(*origins);
    const auto versions = cachedPolicyVersions(cache, cache.deadlinePolicy());
    if (!versions.ok())
        return versions.error();
    if (publishedAny(versions.value()))
        cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(versions->clocks(), versions->days()));
    return std::nullopt;
}

Result<bool> adoptPublishedPolicy(LocalCache &cache)
{
    const DeadlinePolicy &current = cache.deadlinePolicy();
    const auto versions = cachedPolicyVersions(cache, current);
    if (!versions.ok())
        return versions.error();
    auto next = std::make_shared<const DeadlinePolicy>(versions->clocks(), versions->days());
    if (next->fingerprint() == current.fingerprint()) {
        cache.setDeadlinePolicy(std::move(next)); // names, sources or decrees only: no due time moves
        return false;
    }
    // Only the calendar changed, and the stored facts were derived under the current policy: the spanning cycles.
    const bool onlyCalendar = DeadlinePolicy(versions->clocks(), current.days()).fingerprint() == current.fingerprint()
        && cache.meta(u"deadline_policy"_s) == current.fingerprint();
    const QList<QDate> changed = changedCalendarDays(current.days(), versions->days());
    const QHash<QString, qint64> origins = cache.axisOrigins();
    cache.setDeadlinePolicy(std::move(next)); // `current` is not read past this line
    // The caller's transaction is rolled back on an error: so are the origins the recompute may have moved.
    const auto fail = [&cache, &origins](const Error &error) -> Result<bool> {
        cache.useAxisOrigins(origins);
        return error;
    };
    if (onlyCalendar) {
        const auto moved = recomputeAfterCalendarChange(cache, changed);
        if (!moved.ok())
            return fail(moved.error());
    } else {
        ComplaintRepository complaints(cache);
        if (Status status = complaints.deriveAllNextDue())
            return fail(*status);
    }
    if (Status status = recordDerivedPolicy(cache))
        return fail(*status);
    return true;
}

} // namespace rabeg
