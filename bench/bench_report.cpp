// bench_report [N] [--weeks W] [--dir DIR] [--cache PATH] [--keep] [--runs R] [--report-only] [--reopen] [--cold]
// [--no-read-ahead]:
// P6 of DESIGN.md,
// the weekly report PDF, over a local cache of N demo complaints (default 1,000,000) arriving over W weeks (default
// 16) with SOP ticks, against the baseline measured in the same run.
//
//   report     makeWeeklyReport from the report's facts (cache schema 6, app/store/ReportFacts.h: index ranges as at
//              the week's end, the week's events counted by SQL from the covering index of schemas 10 and 14; the
//              stalls counted by groups from the stall spans of schema 15, the core folding only the checklists of
//              template versions unknown when derived) and writeReportPdf (QPdfWriter, A4; ten escalations per OPD), for the last whole week
//              before the demo's end.
//   baseline   the same report folded from every history the week concerns (useFacts = false: figures, overdue by
//              computeDeadlines, follow-up cycles, stalls by checklistOf), through the same covering indexes.
// Each run's whole report is compared (same=1). The cache is built through ComplaintRepository, as a sync stores
// complaints, kept with --keep and reused when it already holds N complaints; --cache PATH opens an existing cache
// instead (bench_inbox's 1,000,000, migrated on first open). Target: <= 2 s.
//
// Each counted run prints its steps (wall, the thread's CPU, page faults). --reopen: each run on a connection opened
// for it, as a cron job's fresh process has (no SQLite page cache, no memory map yet); --cold: the same, with the
// cache file dropped from the system's page cache first (posix_fadvise DONTNEED), as after a reboot. The report
// reads ahead where its pages are not in memory (ReportPrefetch.h); --no-read-ahead: it does not (the comparison).
#include "BenchStats.h"
#include "SopBenchCache.h"
#include "refdata/ReferenceLoader.h"
#include "report/ReportPdf.h"
#include "report/WeeklyReportMaker.h"
#include "store/PageReadAhead.h"
#include "store/ReportQuery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rabeg;

using rabeg::bench::loadAverage;
using rabeg::bench::medianOf;

namespace {

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

qint64 countOf(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// CPU time of this process (user + system), in ms: on a machine shared with compilers the wall time says more
// about the others than about the report.
double cpuMs()
{
    return bench::processCpuSeconds() * 1e3;
}

// This thread's CPU time (ms), page faults (minor, major) and reads (/proc/thread-self/io: bytes read through
// system calls, page cache or not, and bytes the storage was asked for).
struct ThreadClock
{
    double wall = 0;
    double cpu = 0;
    long minor = 0;
    long major = 0;
    double readMb = 0;
    double storageMb = 0;

    static ThreadClock now(const QElapsedTimer &timer)
    {
        ThreadClock c;
        c.wall = timer.nsecsElapsed() / 1e6;
        c.cpu = bench::threadCpuSeconds() * 1e3;
        rusage usage {};
        getrusage(RUSAGE_THREAD, &usage);
        c.minor = usage.ru_minflt;
        c.major = usage.ru_majflt;
        QFile io(u"/proc/thread-self/io"_s);
        if (io.open(QIODevice::ReadOnly)) {
            constexpr QByteArrayView read = "rchar: ", storage = "read_bytes: ";
            for (const QByteArray &line : io.readAll().split('\n')) {
                if (line.startsWith(read))
                    c.readMb = line.mid(read.size()).toDouble() / 1e6;
                else if (line.startsWith(storage))
                    c.storageMb = line.mid(storage.size()).toDouble() / 1e6;
            }
        }
        return c;
    }
    ThreadClock operator-(const ThreadClock &o) const
    {
        return {wall - o.wall, cpu - o.cpu, minor - o.minor, major - o.major, readMb - o.readMb,
                storageMb - o.storageMb};
    }
};

struct Step
{
    QString name;
    ThreadClock spent; // differences
};

struct Timing
{
    double data = 0; // makeWeeklyReport
    double pdf = 0; // writeReportPdf
    double cpu = 0; // both, CPU time
    QList<Step> steps;
    double total() const { return data + pdf; }
};

Timing once(LocalCache &cache, const ReferenceData &reference, const WeeklyReportRequest &request, const QString &pdf,
            WeeklyReport &out)
{
    Timing timing;
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    WeeklyReportRequest timed = request;
    ThreadClock last = ThreadClock::now(timer);
    timed.stepDone = [&](const char *step) {
        const ThreadClock c = ThreadClock::now(timer);
        timing.steps.append({QString::fromLatin1(step), c - last});
        last = c;
    };
    const auto report = makeWeeklyReport(cache, reference, timed);
    timing.data = timer.nsecsElapsed() / 1e6;
    if (!report)
        qFatal("%s", qPrintable(report.error().message));
    timer.restart();
    ReportSignOff signOff;
    signOff.signerName = u"Kepala Dinas"_s;
    signOff.printedAt = request.now;
    if (Status status = writeReportPdf(report.value(), signOff, &reference, pdf))
        qFatal("%s", qPrintable(status->message));
    timing.pdf = timer.nsecsElapsed() / 1e6;
    timing.cpu = cpuMs() - cpuStart;
    const ThreadClock end = ThreadClock::now(timer);
    Step pdfStep {u"pdf"_s, end - last};
    pdfStep.spent.wall = timing.pdf;
    timing.steps.append(pdfStep);
    out = report.value();
    return timing;
}

QString describe(const QList<Timing> &timings)
{
    QList<double> total, data, pdf, cpu;
    for (const Timing &t : timings) {
        total.append(t.total());
        data.append(t.data);
        pdf.append(t.pdf);
        cpu.append(t.cpu);
    }
    return u"median %1 ms, CPU %7 ms (min %2, max %3; data %4 ms, PDF %5 ms) over %6 runs"_s
        .arg(medianOf(total), 0, 'f', 1)
        .arg(*std::min_element(total.begin(), total.end()), 0, 'f', 1)
        .arg(*std::max_element(total.begin(), total.end()), 0, 'f', 1)
        .arg(medianOf(data), 0, 'f', 1)
        .arg(medianOf(pdf), 0, 'f', 1)
        .arg(timings.size())
        .arg(medianOf(cpu), 0, 'f', 1);
}

// Each step's median over the runs: wall, this thread's CPU, page faults (minor/major).
QString describeSteps(const QList<Timing> &timings)
{
    QStringList lines;
    if (timings.isEmpty())
        return {};
    for (qsizetype i = 0; i < timings.constFirst().steps.size(); ++i) {
        QList<double> wall, cpu, minor, major, read, storage;
        for (const Timing &t : timings) {
            if (i >= t.steps.size())
                continue;
            wall.append(t.steps.at(i).spent.wall);
            cpu.append(t.steps.at(i).spent.cpu);
            minor.append(t.steps.at(i).spent.minor);
            major.append(t.steps.at(i).spent.major);
            read.append(t.steps.at(i).spent.readMb);
            storage.append(t.steps.at(i).spent.storageMb);
        }
        lines.append(u"  %1: wall %2 ms, CPU %3 ms, faults %4 minor / %5 major, read %6 MB (%7 MB from storage)"_s
                         .arg(timings.constFirst().steps.at(i).name, -18)
                         .arg(medianOf(wall), 8, 'f', 1)
                         .arg(medianOf(cpu), 8, 'f', 1)
                         .arg(medianOf(minor), 0, 'f', 0)
                         .arg(medianOf(major), 0, 'f', 0)
                         .arg(medianOf(read), 0, 'f', 1)
                         .arg(medianOf(storage), 0, 'f', 1));
    }
    return lines.join(u'\n');
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 count = 1'000'000;
    QString dir = u"/tmp/rabeg-bench-report"_s;
    bool keep = false;
    bool reportOnly = false; // for profiling: no baseline, no reading pass
    int weeks = DemoOptions().weeks; // --weeks W: complaints arrive over W weeks (the demo's default: 16)
    int runs = 5;
    bool reopen = false; // each run on a connection of its own (a fresh process's)
    bool cold = false; // and the file dropped from the page cache before it
    bool readAhead = true;
    QString cachePath;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--dir" && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == u"--cache" && i + 1 < args.size())
            cachePath = args.at(++i);
        else if (args.at(i) == u"--keep")
            keep = true;
        else if (args.at(i) == u"--weeks" && i + 1 < args.size())
            weeks = args.at(++i).toInt();
        else if (args.at(i) == u"--report-only")
            reportOnly = true;
        else if (args.at(i) == u"--reopen")
            reopen = true;
        else if (args.at(i) == u"--cold")
            reopen = cold = true;
        else if (args.at(i) == u"--no-read-ahead")
            readAhead = false;
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else
            count = args.at(i).toLongLong();
    }
    QDir().mkpath(dir);
    const QString path = cachePath.isEmpty() ? dir + u"/report-%1-%2w.sqlite"_s.arg(count).arg(weeks) : cachePath;
    if (!cachePath.isEmpty())
        keep = true;
    const ReferenceData reference = loadBuiltinReferenceData().value();
    DemoOptions options;
    options.count = count;
    options.weeks = weeks;
    WeeklyReportRequest request;
    request.now = options.end; // hub time: the end of the demo data, Monday 2026-11-30 10:00 WIB
    request.week = IsoWeek::containingInstant(request.now).addWeeks(-1);
    request.readAhead = readAhead;

    print(u"== bench_report N=%1 over %6 weeks, week %2, %3 cores, Qt %4, load %5"_s.arg(count)
              .arg(request.week.code())
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion()))
              .arg(loadAverage())
              .arg(weeks));
    LocalCache cache;
    QElapsedTimer openTimer;
    openTimer.start();
    if (!cachePath.isEmpty()) {
        if (Status status = cache.open(path, u"bench-report"_s))
            qFatal("%s", qPrintable(status->message));
    } else if (Status status = bench::openSopBenchCache(cache, path, reference, options, print)) {
        qFatal("%s", qPrintable(status->message));
    }
    print(u"opened (a migration included): %1 s, load %2"_s.arg(openTimer.elapsed() / 1000.0, 0, 'f', 1)
              .arg(loadAverage()));
    print(u"cache: %1 complaints, %2 events, %3 open, %4 MB"_s.arg(count)
              .arg(countOf(cache, u"SELECT count(*) FROM events"_s))
              .arg(countOf(cache,
                           u"SELECT count(*) FROM complaints WHERE state IN ('received','deferred',"
                           u"'verified','dispatched','in_progress','responded')"_s))
              .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));

    QTemporaryDir out;
    const QString pdf = out.filePath(u"week.pdf"_s);
    ReportQuery query(cache);
    QElapsedTimer indexTimer;
    indexTimer.start();
    if (Status status = query.ensureIndexes())
        qFatal("%s", qPrintable(status->message));
    print(u"covering indexes present (made now if missing): %1 ms"_s.arg(indexTimer.elapsed()));

    QList<Timing> timings;
    QList<double> opens;
    WeeklyReport report;
    for (int i = 0; i <= runs; ++i) { // the first run warms the page cache and is not counted
        if (reopen && i > 0) {
            cache.close();
            if (cold)
                pageReadAhead::dropFromMemory(path);
            QElapsedTimer reopenTimer;
            reopenTimer.start();
            if (Status status = cache.open(path, u"bench-report-%1"_s.arg(i)))
                qFatal("%s", qPrintable(status->message));
            opens.append(reopenTimer.nsecsElapsed() / 1e6);
        }
        const Timing t = once(cache, reference, request, pdf, report);
        if (i > 0)
            timings.append(t);
    }
    if (reopen) {
        print(u"each run on a connection opened for it%1%4; opening it: median %2 ms (load %3)"_s
                  .arg(cold ? u", the file dropped from the page cache before"_s : QString())
                  .arg(medianOf(opens), 0, 'f', 1)
                  .arg(loadAverage())
                  .arg(readAhead ? u", reading ahead where the report's pages are not in memory"_s
                                 : u", no read-ahead"_s));
    }
    print(u"steps of the report (median of %1 runs):\n"_s.arg(timings.size()) + describeSteps(timings));
    const ReportFigures &f = report.figures;
    print(u"report: %1; received %2, responded %3, overdue %4, escalated %5, compliance %6/%7, stalled %8, "
          u"PDF %9 KB (load %10)"_s.arg(describe(timings))
              .arg(f.received)
              .arg(f.responded)
              .arg(f.overdue)
              .arg(f.escalated)
              .arg(f.compliance.met)
              .arg(f.compliance.met + f.compliance.breached)
              .arg(report.stalledComplaints)
              .arg(QFileInfo(pdf).size() / 1024)
              .arg(loadAverage()));

    if (reportOnly)
        return 0;
    // The SQL and decoding alone: the same pass with a sink that does nothing.
    QList<double> reads;
    for (int i = 0; i <= 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        qint64 complaints = 0;
        const QDateTime asOf = std::min(request.now, request.week.end());
        if (Status status
            = query.forEachActive(request.week.start(), asOf, [&complaints](const QList<Event> &) { ++complaints; }))
            qFatal("%s", qPrintable(status->message));
        if (i > 0)
            reads.append(timer.nsecsElapsed() / 1e6);
        if (i == 2)
            print(u"of which reading: %1 complaints' histories read in %2 ms (median of 2)"_s.arg(complaints)
                      .arg(medianOf(reads), 0, 'f', 1));
    }
    WeeklyReportRequest baseline = request;
    baseline.useFacts = false;
    QList<Timing> baseTimings;
    WeeklyReport baseReport;
    for (int i = 0; i <= std::max(1, runs / 2); ++i) {
        const Timing t = once(cache, reference, baseline, pdf, baseReport);
        if (i > 0)
            baseTimings.append(t);
    }
    const bool same = baseReport.figures == report.figures && baseReport.opds == report.opds
        && baseReport.escalated == report.escalated && baseReport.stalledSteps == report.stalledSteps
        && baseReport.stalledComplaints == report.stalledComplaints && baseReport.trend == report.trend;
    print(u"baseline (every history folded by the core): %1; same=%2 (load %3)"_s.arg(describe(baseTimings))
              .arg(int(same))
              .arg(loadAverage()));
    const auto medianTotal = [](const QList<Timing> &list) {
        QList<double> totals;
        for (const Timing &t : list)
            totals.append(t.total());
        return medianOf(totals);
    };
    print(u"RESULT p6_report n=%1 report_ms=%2 baseline_ms=%3 target_ms=2000 same=%4 load=%5"_s.arg(count)
              .arg(medianTotal(timings), 0, 'f', 0)
              .arg(medianTotal(baseTimings), 0, 'f', 0)
              .arg(int(same))
              .arg(loadAverage()));
    if (!keep) {
        cache.close();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    return 0;
}
