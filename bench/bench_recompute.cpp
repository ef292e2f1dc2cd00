// Deadline recompute after a calendar change (DESIGN.md's target: 1,000,000 open complaints <= 5 s, only the
// deadlines spanning the changed days: the clock_cycles table of cache schema 6, NextDueRecompute.h), beside a
// full recompute of every cached complaint's next due time and derived facts in the same run (BENCHMARKS.md,
// "Deadline recompute after a calendar change").
//
//   bench_recompute [--no-baseline] [--report] [--past-day-off] [--no-shift] CACHE.sqlite
//   bench_recompute --open-only CACHE.sqlite  (only opens it: an older cache is migrated, the time printed)
//   bench_recompute --demo N [--backlog-days D] NEW.sqlite
//                                           (only fills a new cache with N demo complaints: copy it, then run the
//                                            bench on the copy, since the bench changes what it runs on; with
//                                            --backlog-days they all arrive in the last D days, so most are open)
//
// CACHE is a copy of the inbox benchmarks' cache (bench/InboxBenchCache.h; it is changed). A cache of an earlier
// schema is migrated when opened, which derives every complaint once (tens of minutes at 1,000,000; not timed).
// The change is a day off added at short notice: the first working day two days after the newest complaint's day,
// as a decree announces one; with --past-day-off a day off recognised late, five days before the newest complaint's
// day, which every clock started since spans from its start (the harder case since cache schema 16, DuePoints.h:
// those clocks' points are shifted by a working day, AxisShift.h; with --no-shift computed again one by one, as
// the twenty-third session did). Both recomputes run under the new calendar, each in one transaction. --report then makes
// the weekly report of the week holding the day off, judged two days after it (its figures read from the facts,
// those of the complaints whose facts are stale folded, ReportFactsStale.h) beside the fold of every history, and
// says whether they agree (same=1), before and after the stale facts are derived again.
#include "BenchStats.h"
#include "deadline/CalendarChange.h"
#include "deadline/DeadlinePolicy.h"
#include "deadline/PolicyReference.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"
#include "store/NextDueRecompute.h"
#include "store/AxisShift.h"
#include "store/BulkPageCache.h"
#include "store/PageReadAhead.h"
#include "store/ReportFactsStale.h"
#include "report/WeeklyReportMaker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::bench::loadAverage;

namespace {

qint64 scalar(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The process's CPU time (every thread: the read-ahead's readers too), in milliseconds.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The week holding `day`, judged two days later at noon WIB, from the facts and folded; then the stale facts
// derived again (the idle pass, timed) and the facts' report once more.
bool compareReports(LocalCache &cache, const QDate &day)
{
    const ReferenceData reference = referenceUnderPolicy(loadBuiltinReferenceData().value(), cache.deadlinePolicy());
    WeeklyReportRequest request;
    request.now = WorkingCalendar::startOfWibDay(day.addDays(2)).addSecs(12 * 3600);
    request.week = IsoWeek::containingInstant(request.now);
    const auto stale = staleReportComplaints(cache, request.now);
    say(u"report %1 judged %2: %3 complaints' deadline facts stale"_s.arg(request.week.code(),
                                                                          request.now.toString(Qt::ISODate))
            .arg(stale.ok() ? stale->size() : -1));
    const auto timed = [&](bool useFacts) {
        request.useFacts = useFacts;
        QElapsedTimer timer;
        timer.start();
        auto report = makeWeeklyReport(cache, reference, request);
        return std::make_pair(std::move(report), timer.elapsed());
    };
    const auto same = [](const WeeklyReport &a, const WeeklyReport &b) {
        return a.figures == b.figures && a.opds == b.opds && a.escalated == b.escalated
            && a.stalledComplaints == b.stalledComplaints && a.trend == b.trend;
    };
    const auto [folded, foldMs] = timed(false);
    const auto [facts, factsMs] = timed(true);
    if (!folded.ok() || !facts.ok()) {
        std::fprintf(stderr, "bench_recompute: the report failed\n");
        return false;
    }
    say(u"report from facts with the stale folded: %1 ms; fold of every history: %2 ms; overdue %3; same=%4"
        u" (load %5)"_s.arg(factsMs)
            .arg(foldMs)
            .arg(folded->figures.overdue)
            .arg(int(same(facts.value(), folded.value())))
            .arg(loadAverage()));
    QElapsedTimer timer;
    timer.start();
    qint64 refreshed = 0;
    while (reportFactsStaleFrom(cache)) {
        const auto batch = refreshStaleReportFacts(cache, 2000);
        if (!batch.ok()) {
            std::fprintf(stderr, "bench_recompute: %s\n", qPrintable(batch.error().message));
            return false;
        }
        refreshed += batch.value();
    }
    const qint64 refreshMs = timer.elapsed();
    const auto [after, afterMs] = timed(true);
    say(u"idle pass: %1 complaints' facts derived again in %2 ms; report from facts then: %3 ms; same=%4"
        u" (load %5)"_s.arg(refreshed)
            .arg(refreshMs)
            .arg(afterMs)
            .arg(int(after.ok() && same(after.value(), folded.value())))
            .arg(loadAverage()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool daysOk = false;
    const int backlogDays = args.size() == 5 ? args.at(3).toInt(&daysOk) : 0;
    const bool backlog = args.size() == 5 && args.at(2) == u"--backlog-days"_s && daysOk && backlogDays >= 1;
    const bool demo = (args.size() == 3 || backlog) && args.first() == u"--demo"_s;
    const bool openOnly = args.size() == 2 && args.first() == u"--open-only"_s;
    const bool noBaseline = !demo && args.contains(u"--no-baseline"_s);
    const bool withReport = !demo && args.contains(u"--report"_s);
    const bool pastDayOff = !demo && args.contains(u"--past-day-off"_s);
    const bool noShift = !demo && args.contains(u"--no-shift"_s);
    // The last argument is the cache file: an option there (--help) would otherwise be opened as a new cache.
    if (args.isEmpty() || args.last().startsWith(u"--"_s)
        || (!demo && !openOnly
            && args.size() != 1 + int(noBaseline) + int(withReport) + int(pastDayOff) + int(noShift))) {
        std::fprintf(stderr, "usage: bench_recompute [--no-baseline] [--report] [--past-day-off] [--no-shift]"
                             " CACHE.sqlite (a copy: it is changed)"
                             " | --open-only CACHE.sqlite | --demo N [--backlog-days D] NEW.sqlite\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[argc - 1]);
    const auto shipped = DeadlinePolicy::builtin();
    if (!shipped) {
        std::fprintf(stderr, "bench_recompute: the shipped SLA policy cannot be read\n");
        return 1;
    }
    LocalCache cache;
    cache.setDeadlinePolicy(shipped);
    QElapsedTimer opening;
    opening.start();
    if (Status status = cache.open(path, u"bench-recompute"_s)) {
        std::fprintf(stderr, "bench_recompute: %s\n", qPrintable(status->message));
        return 1;
    }
    say(u"opened %1 (schema %2): %3 s, a migration included when it was older (load %4)"_s.arg(path)
            .arg(cache.schemaVersion())
            .arg(double(opening.elapsed()) / 1000, 0, 'f', 1)
            .arg(loadAverage()));
    if (openOnly)
        return 0;
    if (demo) {
        const auto reference = loadBuiltinReferenceData();
        const auto corpus = DemoCorpus::loadBuiltin();
        DemoOptions options;
        options.count = QByteArray(argv[2]).toLongLong();
        if (backlog)
            options.backlogDays = backlogDays;
        if (!reference.ok() || !corpus.ok()
            || fillWithDemoData(cache, reference.value(), corpus.value(), options)) {
            std::fprintf(stderr, "bench_recompute: cannot fill the demo cache\n");
            return 1;
        }
        say(u"filled %1 with %2 demo complaints%3"_s.arg(path).arg(options.count)
                .arg(backlog ? u", arrived over the last %1 days"_s.arg(options.backlogDays) : QString()));
        return 0;
    }
    const qint64 complaints = scalar(cache, u"SELECT count(*) FROM complaints"_s);
    const qint64 running = scalar(cache, u"SELECT count(*) FROM complaint_due"_s); // cache schema 12, DueTables.h
    QSqlQuery newest(cache.database());
    if (!newest.exec(u"SELECT max(received_at) FROM complaints"_s) || !newest.next()) {
        std::fprintf(stderr, "bench_recompute: the cache holds no complaint\n");
        return 1;
    }
    const QDateTime dataNow = QDateTime::fromString(newest.value(0).toString(), Qt::ISODateWithMs);
    const WorkingCalendar &before = shipped->calendar();
    // --past-day-off: a day off recognised late, on the first working day five days before the newest complaint's
    // (in the middle of a 10-day backlog): every clock started since then is rewritten (DuePoints.h).
    QDate day = WorkingCalendar::wibDate(dataNow).addDays(pastDayOff ? -5 : 2);
    while (!before.isWorkingDay(day))
        day = day.addDays(pastDayOff ? -1 : 1);

    const auto reference = loadBuiltinReferenceData();
    if (!reference.ok()) {
        std::fprintf(stderr, "bench_recompute: %s\n", qPrintable(reference.error().message));
        return 1;
    }
    const QList<CalendarDay> days = reference->calendar;
    QList<CalendarDay> added = days;
    added.append({day, CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres (bench)"_s, {}, false});
    const QList<QDate> changed = changedCalendarDays(days, added);
    // --no-shift: without the axes' anchors every clock from the changed day on is computed again (AxisShift.h), as
    // before the twenty-fourth session: the comparison in the same run.
    if (noShift && cache.removeMeta(u"axis_anchors"_s)) {
        std::fprintf(stderr, "bench_recompute: cannot remove the anchors\n");
        return 1;
    }
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(shipped->clocks(), added));
    say(u"cache: %1 complaints, %2 with a running clock; newest received %3; short-notice day off %4"_s.arg(complaints)
            .arg(running)
            .arg(dataNow.toString(Qt::ISODate), day.toString(Qt::ISODate)));

    // How much of the file the system holds: a copy just made is mostly held, one evicted (or on a machine whose
    // memory other files took) is not.
    say(u"cache file: %1% of its pages in memory"_s.arg(100 * pageReadAhead::residentShare(path), 0, 'f', 1));

    // What rederiveNextDueAfterCalendarChange does, its parts timed apart: the clock cycles and next due times, then
    // the report facts marked stale, in one transaction with the policy's fingerprint. The SOP progress rows keep
    // nothing a calendar moves (cache schema 19, SopProgress.h): nothing of them is written.
    QSqlDatabase db = cache.database();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMs();
    std::optional<BulkPageCache> pages(std::in_place, cache); // as recomputeAfterCalendarChange does
    db.transaction();
    const auto derived = recomputeCyclesAfterCalendarChange(cache, changed);
    const double cyclesMs = double(timer.nsecsElapsed()) / 1e6;
    const bool marked = derived.ok() && !markReportFactsStale(cache, changed) && !recordDerivedPolicy(cache);
    const double markedMs = double(timer.nsecsElapsed()) / 1e6 - cyclesMs;
    if (!marked || !db.commit()) {
        db.rollback();
        std::fprintf(stderr, "bench_recompute: %s\n",
                     qPrintable(!derived.ok() ? derived.error().message : u"cannot commit"_s));
        return 1;
    }
    pages.reset();
    const double spanningMs = double(timer.nsecsElapsed()) / 1e6;
    const double spanningCpuMs = cpuMs() - cpuBefore;
    say(u"recompute spanning the changed day: %1 ms in all, %2 ms CPU (load %3): clock cycles %4 ms (%5 next due"
        u" times moved), report facts marked stale %6 ms, commit %7 ms"_s.arg(spanningMs, 0, 'f', 0)
            .arg(spanningCpuMs, 0, 'f', 0)
            .arg(loadAverage())
            .arg(cyclesMs, 0, 'f', 0)
            .arg(derived.value())
            .arg(markedMs, 0, 'f', 0)
            .arg(spanningMs - cyclesMs - markedMs, 0, 'f', 0));
    if (withReport && !compareReports(cache, day))
        return 1;
    if (noBaseline) {
        say(u"target <= 5000 ms: %1"_s.arg(spanningMs <= 5000 ? u"met"_s : u"NOT met"_s));
        return 0;
    }

    // The baseline: every complaint's next due time derived again from its history, as a cache opened under a
    // new policy fingerprint does (LocalCache::deriveUnderPolicy).
    timer.restart();
    db.transaction();
    ComplaintRepository repository(cache);
    if (Status status = repository.deriveAllNextDue()) {
        db.rollback();
        std::fprintf(stderr, "bench_recompute: %s\n", qPrintable(status->message));
        return 1;
    }
    db.commit();
    const double fullMs = double(timer.nsecsElapsed()) / 1e6;
    say(u"full recompute (baseline): %1 complaints in %2 ms (load %3)"_s.arg(complaints)
            .arg(fullMs, 0, 'f', 0)
            .arg(loadAverage()));
    say(u"target <= 5000 ms: %1"_s.arg(spanningMs <= 5000 ? u"met"_s : u"NOT met"_s));
    say(u"RESULT recompute n=%1 running=%2 spanning_ms=%3 full_ms=%4 target_ms=5000 load=%5"_s.arg(complaints)
            .arg(running)
            .arg(spanningMs, 0, 'f', 0)
            .arg(fullMs, 0, 'f', 0)
            .arg(loadAverage()));
    return 0;
}
