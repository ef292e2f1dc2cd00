#include "WeeklyReportMaker.h"

#include "WeeklyTally.h"
#include "store/ReportQuery.h"

using namespace Qt::StringLiterals;

namespace rabeg {

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
    const QDateTime asOf = std::min(request.now, request.week.end());
    if (Status status = query.forEachActive(request.week.start(), asOf,
                                            [&tally](const QList<Event> &history) { tally.add(history); }))
        return *status;
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
