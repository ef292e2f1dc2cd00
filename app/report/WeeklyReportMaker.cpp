#include "WeeklyReportMaker.h"

#include "WeeklyTally.h"
#include "deadline/DeadlinePolicy.h"
#include "store/ReportFactsQuery.h"
#include "store/ReportFactsStale.h"
#include "store/ReportPrefetch.h"
#include "store/ReportQuery.h"
#include "store/ReadSnapshot.h"
#include "store/SopCatalogQuery.h"

#include <atomic>
#include <future>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

using StepDone = std::function<void(const char *step)>;

// The week from the report's facts: index ranges for every figure and for the stalled steps (the stall spans,
// ReportStalls.h), the core only for the checklists of templates unknown when derived and for the few complaints
// whose event times go back (ReportFacts.h, docs/reports.md). `calendar` is null without a catalogue (no stalls,
// as in the fold).
Status tallyFacts(const ReportQuery &query, const ReportFactsQuery &facts, const WorkingCalendar *calendar,
                  WeeklyTally &tally, const QDateTime &from, const QDateTime &asOf, const StepDone &done)
{
    const auto received = facts.received(from, asOf);
    if (!received.ok())
        return received.error();
    tally.addReceived(received.value());
    done("received");
    const auto milestones = facts.milestoneCounts(from, asOf);
    if (!milestones.ok())
        return milestones.error();
    tally.addMilestones(milestones.value());
    done("milestones");
    const auto overdue = facts.overdueByOpd(asOf);
    if (!overdue.ok())
        return overdue.error();
    for (auto it = overdue->cbegin(); it != overdue->cend(); ++it)
        tally.addOverdue(it.key(), it.value());
    done("overdue");
    const auto compliance = facts.compliance(from, asOf);
    if (!compliance.ok())
        return compliance.error();
    for (const ReportComplianceRow &row : compliance.value())
        tally.addCompliance(row);
    done("compliance");
    if (calendar) {
        if (Status status = facts.forEachStalledGroup(
                asOf, *calendar,
                [&tally](const QString &opd, int number, const QString &key, const QString &title, int days,
                         int count) { tally.addStallGroup(opd, number, key, title, days, count); }))
            return status;
        done("stall groups");
        const auto unknown = facts.unknownTemplateStalls(asOf);
        if (!unknown.ok())
            return unknown.error();
        if (!unknown->isEmpty()) {
            if (Status status
                = query.forEachChecklistOf(ReportFactsQuery::idsSql(unknown.value()), asOf,
                                           [&tally](const QList<Event> &history) { tally.addStall(history); }))
                return status;
        }
        done("stalls folded");
    }
    return query.forEachOf(ReportFactsQuery::irregularSql(), asOf,
                           [&tally](const QList<Event> &history) { tally.add(history); });
}

// The trend and, on the facts path, the week's escalations (a row look-up each): read on a connection of their own
// while the figures are read on the caller's, so that a second core shares the work (BENCHMARKS.md, P6: about a
// third of the report's CPU at 1,000,000 complaints). Each statement reads its own snapshot, on one connection or
// two alike.
struct SideReads
{
    bool read = false; // false: the second connection did not open, nothing was read
    Status status;
    QList<TrendPoint> trend;
    QList<ReportEscalationRow> escalations;
};

SideReads readSide(LocalCache &cache, const WeeklyReportRequest &request, const QDateTime &asOf, bool useFacts)
{
    SideReads out;
    out.read = true;
    const ReadSnapshot snapshot(cache.database()); // the trend's weeks and the escalations as of one moment
    const ReportQuery query(cache);
    const ReportFactsQuery facts(cache);
    if (useFacts) {
        out.status = facts.forEachEscalation(request.week.start(), asOf,
                                             [&out](const ReportEscalationRow &row) { out.escalations.append(row); });
        if (out.status)
            return out;
    }
    for (int back = request.trendWeeks - 1; back >= 0; --back) {
        TrendPoint point;
        point.week = request.week.addWeeks(-back);
        const QDateTime until = std::min(asOf, point.week.end());
        const auto received = query.receivedBetween(point.week.start(), until);
        if (!received.ok()) {
            out.status = received.error();
            return out;
        }
        const auto responded = useFacts ? facts.respondedBetween(point.week.start(), until)
                                        : query.respondedBetween(point.week.start(), until);
        if (!responded.ok()) {
            out.status = responded.error();
            return out;
        }
        point.received = received.value();
        point.responded = responded.value();
        out.trend.append(point);
    }
    return out;
}

// readSide on a second connection to the same file, on a thread of its own. Nothing is read (SideReads::read) when
// the file cannot be opened twice (an in-memory database) or the second connection does not open: the caller then
// reads them on its own connection.
std::future<SideReads> startSide(LocalCache &cache, const WeeklyReportRequest &request, const QDateTime &asOf,
                                 bool useFacts)
{
    const QString path = cache.database().databaseName();
    if (path.isEmpty() || path == u":memory:" || path.startsWith(u"file::memory:"))
        return std::async(std::launch::deferred, [] { return SideReads {}; });
    auto policy = std::make_shared<const DeadlinePolicy>(cache.deadlinePolicy());
    return std::async(std::launch::async, [path, policy, request, asOf, useFacts] {
        static std::atomic<int> connections {0};
        LocalCache side;
        side.setDeadlinePolicy(policy); // the caller's, so that opening derives nothing again
        if (side.open(path, u"rabeg-report-side-%1"_s.arg(++connections)))
            return SideReads {};
        return readSide(side, request, asOf, useFacts);
    });
}

} // namespace

Result<WeeklyReport> makeWeeklyReport(LocalCache &cache, const ReferenceData &reference,
                                      const WeeklyReportRequest &request)
{
    if (!request.week.isValid())
        return Error {u"invalid_week"_s, u"No such ISO week."_s};
    if (request.now < request.week.start())
        return Error {u"future_week"_s, u"The week %1 has not begun yet."_s.arg(request.week.code())};
    const auto done = [&request](const char *step) {
        if (request.stepDone)
            request.stepDone(step);
    };
    ReportQuery query(cache);
    if (Status status = query.readWithoutMemoryMap())
        return *status;
    if (request.makeIndexes) {
        if (Status status = query.ensureIndexes())
            return *status;
    }

    // Every figure of the cover as of one moment: read apart, a sync page committed between two figures could count
    // a complaint in one and not the other, or twice (its facts read, then its history folded as irregular).
    const ReadSnapshot snapshot(cache.database());
    WeeklyReport report;
    report.week = request.week;
    const ReportCacheSource source = query.source();
    report.source.role = source.scope.section(u'/', 0, 0);
    report.source.opd = source.scope.section(u'/', 1);
    report.source.hubSeq = source.cursor;
    report.source.syncedAt = source.syncedAt;
    report.source.latestEvent = source.latestEvent;
    report.source.storeKind = source.storeKind;
    done("source");

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
    done("catalogue");
    const QDateTime asOf = std::min(request.now, request.week.end());
    ReportFactsQuery facts(cache);
    const bool useFacts
        = request.useFacts && facts.derivedUnder(DeadlinePolicy(reference.sla, reference.calendar).fingerprint());
    // Started before the second connection's reads, whose pages it reads too; stopped when the report returns.
    std::optional<ReportPrefetch> prefetch;
    if (useFacts && request.readAhead)
        prefetch.emplace(cache, request.week.start(), asOf, request.trendWeeks);
    std::future<SideReads> sideReads = startSide(cache, request, asOf, useFacts);
    if (useFacts) {
        // After a calendar-only change the deadline and stall facts of some complaints may be of the previous
        // calendar until refreshed (ReportFactsStale.h): their overdue and follow-up figures and their stalls are
        // folded from their histories.
        const auto stale = staleReportComplaints(cache, asOf);
        if (!stale.ok())
            return stale.error();
        if (Status status = facts.excludeStaleFactsOf(stale.value()))
            return *status;
        done("stale facts");
        if (Status status = tallyFacts(query, facts, synced ? &calendar : nullptr, tally, request.week.start(), asOf,
                                       done))
            return *status;
        if (!stale->isEmpty()) {
            if (Status status = query.forEachOf(ReportFactsQuery::refoldSql(), asOf,
                                                [&tally, &synced](const QList<Event> &history) {
                                                    tally.addDeadlines(history);
                                                    if (synced)
                                                        tally.addStall(history);
                                                }))
                return *status;
        }
    } else if (Status status = query.forEachActive(request.week.start(), asOf,
                                                   [&tally](const QList<Event> &history) { tally.add(history); })) {
        return *status;
    }
    done(useFacts ? "irregular" : "fold");
    SideReads side = sideReads.get();
    done("side wait");
    // The second connection read at its own moment: when a sync landed in between, its week no longer counts as the
    // cover does, and the trend and the escalations are read again, in the cover's snapshot.
    const bool sideAgrees = !side.status && !side.trend.isEmpty() && side.trend.last().received == tally.received()
        && side.trend.last().responded == tally.responded();
    if (!side.read || (!side.status && !sideAgrees))
        side = readSide(cache, request, asOf, useFacts);
    if (side.status)
        return *side.status;
    for (const ReportEscalationRow &row : side.escalations)
        tally.addEscalation(row);
    report.trend = side.trend;
    tally.finish(report, report.source.liaison() ? report.source.opd : QString(), request.stalledShown);
    done("finish");
    return report;
}

} // namespace rabeg
