#include "WeeklyReportMaker.h"

#include "WeeklyTally.h"
#include "deadline/DeadlinePolicy.h"
#include "store/ReportFactsQuery.h"
#include "store/ReportQuery.h"
#include "store/SopCatalogQuery.h"
#include "store/SopProgressQuery.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// The week from the report's facts: index ranges for every figure, the stalls from sop_progress for the complaints
// with no event since the instant judged, the core only for the stalls of those worked then that have an event since
// and for the few complaints whose event times go back (ReportFacts.h, docs/reports.md).
Status tallyFacts(const ReportQuery &query, const ReportFactsQuery &facts, const SopProgressQuery *progress,
                  WeeklyTally &tally, const QDateTime &from, const QDateTime &asOf)
{
    const auto received = facts.received(from, asOf);
    if (!received.ok())
        return received.error();
    tally.addReceived(received.value());
    if (Status status
        = facts.forEachMilestone(from, asOf, [&tally](const ReportMilestoneRow &row) { tally.addMilestone(row); }))
        return status;
    const auto escalatedStates = facts.statesAt(tally.escalatedComplaints(), asOf);
    if (!escalatedStates.ok())
        return escalatedStates.error();
    tally.setEscalatedStates(escalatedStates.value());
    const auto overdue = facts.overdueByOpd(asOf);
    if (!overdue.ok())
        return overdue.error();
    for (auto it = overdue->cbegin(); it != overdue->cend(); ++it)
        tally.addOverdue(it.key(), it.value());
    const auto compliance = facts.compliance(from, asOf);
    if (!compliance.ok())
        return compliance.error();
    for (const ReportComplianceRow &row : compliance.value())
        tally.addCompliance(row);
    // Stalls (none without a catalogue, as in the fold): sop_progress says where each working complaint stands
    // after its last event, so it answers for those with no event at or after asOf, whatever the event (an SOP
    // tick changes no state); the core folds the stalls of those worked at asOf that have one.
    if (!progress)
        return query.forEachOf(ReportFactsQuery::irregularSql(), asOf,
                               [&tally](const QList<Event> &history) { tally.add(history); });
    const auto changed = facts.changedSince(asOf);
    if (!changed.ok())
        return changed.error();
    if (Status status = query.forEachOf(ReportFactsQuery::workingThenChangedSql(), asOf,
                                        [&tally](const QList<Event> &history) { tally.addStall(history); }))
        return status;
    if (Status status = progress->forEachStalled(asOf, [&tally, &changed](const SopStall &stall) {
            if (!changed->contains(stall.id))
                tally.addStall(stall);
        }))
        return status;
    return query.forEachOf(ReportFactsQuery::irregularSql(), asOf,
                           [&tally](const QList<Event> &history) { tally.add(history); });
}

} // namespace

Result<WeeklyReport> makeWeeklyReport(LocalCache &cache, const ReferenceData &reference,
                                      const WeeklyReportRequest &request)
{
    if (!request.week.isValid())
        return Error {u"invalid_week"_s, u"No such ISO week."_s};
    if (request.now < request.week.start())
        return Error {u"future_week"_s, u"The week %1 has not begun yet."_s.arg(request.week.code())};
    ReportQuery query(cache);
    if (Status status = query.readThroughMemoryMap())
        return *status;
    if (request.makeIndexes) {
        if (Status status = query.ensureIndexes())
            return *status;
    }

    WeeklyReport report;
    report.week = request.week;
    const ReportCacheSource source = query.source();
    report.source.role = source.scope.section(u'/', 0, 0);
    report.source.opd = source.scope.section(u'/', 1);
    report.source.hubSeq = source.cursor;
    report.source.syncedAt = source.syncedAt;
    report.source.latestEvent = source.latestEvent;
    report.source.storeKind = source.storeKind;

    const WorkingCalendar calendar(reference.calendar);
    WeeklyTally tally(reference, calendar, request.week, request.now);
    // Stalls are judged with the templates the hub published, as the stall board judges them.
    std::optional<SopCatalog> synced;
    if (const SopCatalog *shipped = reference.sopCatalog()) {
        auto catalog = SopCatalogQuery(cache).catalog(*shipped);
        if (!catalog.ok())
            return catalog.error();
        synced = std::move(catalog.value());
        tally.setCatalog(*synced);
    }
    const QDateTime asOf = std::min(request.now, request.week.end());
    const ReportFactsQuery facts(cache);
    const bool useFacts
        = request.useFacts && facts.derivedUnder(DeadlinePolicy(reference.sla, reference.calendar).fingerprint());
    if (useFacts) {
        std::optional<SopProgressQuery> progress;
        if (synced)
            progress.emplace(cache, *synced, calendar);
        if (Status status
            = tallyFacts(query, facts, progress ? &*progress : nullptr, tally, request.week.start(), asOf))
            return *status;
    } else if (Status status = query.forEachActive(request.week.start(), asOf,
                                                   [&tally](const QList<Event> &history) { tally.add(history); })) {
        return *status;
    }
    tally.finish(report, report.source.liaison() ? report.source.opd : QString(), request.stalledShown);

    for (int back = request.trendWeeks - 1; back >= 0; --back) {
        TrendPoint point;
        point.week = request.week.addWeeks(-back);
        const QDateTime until = std::min(asOf, point.week.end());
        const auto received = query.receivedBetween(point.week.start(), until);
        if (!received.ok())
            return received.error();
        const auto responded = query.respondedBetween(point.week.start(), until);
        if (!responded.ok())
            return responded.error();
        point.received = received.value();
        point.responded = responded.value();
        report.trend.append(point);
    }
    return report;
}

} // namespace rabeg
