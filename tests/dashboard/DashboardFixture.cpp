#include "DashboardFixture.h"

#include <catch2/catch.hpp>

#include "deadline/DeadlinePolicy.h"
#include "deadline/NextDue.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "sop/Checklists.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace dashboardtest {
namespace {

constexpr qint64 kDay = 24 * 3600;

QDate wibDate(const QDateTime &utc)
{
    return utc.addSecs(7 * 3600).toUTC().date();
}

} // namespace

const ReferenceData &shipped()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

DashboardFixture::DashboardFixture()
{
    REQUIRE(dir.isValid());
    path = dir.filePath(u"cache.sqlite"_s);
    DemoOptions options;
    options.count = 600;
    options.weeks = 16;
    // Monday 30 Nov 2026, 10:00 WIB: the current week has begun, the oldest arrivals are past every bucket.
    options.end = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
    now = options.end;
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(path, u"dashboard-fixture"_s));
        REQUIRE_FALSE(fillWithDemoData(cache, shipped(), corpus.value(), options));
        REQUIRE_FALSE(cache.setMeta(u"synced_at"_s, u"2026-11-30T02:55:00.000Z"_s));
        REQUIRE_FALSE(cache.setMeta(u"cursor"_s, u"9120"_s));
    }
    // The same stream again, kept here: the expectations are computed from it, not from the cache.
    DemoGenerator generator(shipped(), corpus.value(), options);
    REQUIRE_FALSE(generator.run([this](const DemoComplaint &one) {
        complaints.append(one);
        return true;
    }));
    REQUIRE(complaints.size() == 600);
}

Expected DashboardFixture::expected() const
{
    Expected e;
    const auto policy = DeadlinePolicy::builtin();
    const SopCatalog &catalog = *shipped().sopCatalog();
    const WorkingCalendar calendar(shipped().calendar);
    const QDate today = wibDate(now);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    for (int w = 11; w >= 0; --w)
        e.weekStarts.append(QDateTime(monday.addDays(-7 * w), QTime(0, 0), Qt::UTC).addSecs(-7 * 3600));
    e.received.resize(12);
    e.responded.resize(12);
    e.breached.resize(12);
    const auto weekOf = [&](const QDateTime &at) {
        for (int w = 0; w < 12; ++w) {
            if (at >= e.weekStarts.at(w) && at < e.weekStarts.at(w).addSecs(7 * kDay))
                return w;
        }
        return -1;
    };

    for (const DemoComplaint &one : complaints) {
        const Complaint &c = one.complaint;
        const QUuid id = c.id;
        const auto deadlines = computeDeadlines(one.events, policy->clocks(), policy->calendar(), now);
        if (std::any_of(deadlines.cbegin(), deadlines.cend(), [](const Deadline &d) { return isOverdue(d); }))
            e.overdue[c.opd].insert(id);
        if (isOpen(c.state)) {
            ++e.open;
            const qint64 age = wibDate(c.receivedAt).daysTo(today);
            const int bucket = age <= 3 ? 0 : age <= 7 ? 1 : age <= 14 ? 2 : 3;
            e.aging[c.opd][size_t(bucket)].insert(id);
        }
        if (const int w = weekOf(c.receivedAt); w >= 0)
            e.received[w].insert(id);
        EventType lastMarker = EventType::Received; // the latest dispatch, reopen or hub escalation
        for (const Event &event : one.events) {
            const bool hubEscalation = event.type == EventType::Escalated && event.actor.user == u"system"_s;
            const int w = weekOf(event.at);
            if (event.type == EventType::Responded && w >= 0) {
                e.responded[w].insert(id);
                if (lastMarker != EventType::Escalated) {
                    ++e.met[c.opd];
                    e.decided[c.opd].insert(id);
                }
            }
            if (hubEscalation && w >= 0) {
                e.breached[w].insert(id);
                ++e.breaches[c.opd];
                e.decided[c.opd].insert(id);
            }
            if (event.type == EventType::Dispatched || event.type == EventType::Reopened || hubEscalation)
                lastMarker = event.type;
        }
        const Checklist checklist = checklistOf(one.events, catalog, calendar, now);
        if (checklist.stalled())
            e.stalled[{checklist.opd, checklist.steps.at(checklist.stalledStep - 1).key}].insert(id);
    }
    return e;
}

} // namespace dashboardtest
