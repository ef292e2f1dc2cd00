// bench_dashboard CACHE [--runs R] [--keep-indexes] [--refresh-only]: P6 of DESIGN.md, the supervisor's dashboard refresh, over an
// existing local cache (a copy of bench_inbox's cache of 1,000,000 complaints: opening it migrates it to the
// current schema, which builds the dashboard's summary once; that time is printed), against the baseline measured
// in the same run.
//
//   refresh    DashboardQuery::figures at the demo's end (Monday 2026-11-30 10:00 WIB): overdue by OPD, aging by
//              OPD, the 12-week trend, compliance per OPD, today's numbers; from dashboard_weeks and the covering
//              indexes of cache schema 5 (app/store/DashboardSchema.cpp).
//   baseline   the same figures without them: from the events and complaints directly (DashboardQuery::Source::
//              Direct) after DROP INDEX of the two covering indexes (made again at the end unless told not to).
// Both runs' figures are compared (same=1). Also printed, not part of the refresh's target: the stalled SOP steps
// (the core's stall board, StallBoardQuery), which the dashboard shows when they follow. Target: <= 200 ms.
#include "BenchStats.h"
#include "refdata/ReferenceLoader.h"
#include "store/DashboardQuery.h"
#include "store/DashboardSchema.h"
#include "store/DueTables.h"
#include "store/StallBoardQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

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

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct Runs
{
    QList<double> wall, cpu;
    DashboardFigures figures;
    QString describe() const
    {
        return u"median %1 ms wall, %2 ms CPU (min %3, max %4 wall) over %5 runs"_s.arg(medianOf(wall), 0, 'f', 1)
            .arg(medianOf(cpu), 0, 'f', 1)
            .arg(*std::min_element(wall.begin(), wall.end()), 0, 'f', 1)
            .arg(*std::max_element(wall.begin(), wall.end()), 0, 'f', 1)
            .arg(wall.size());
    }
};

Runs measure(LocalCache &cache, DashboardQuery::Source source, const QDateTime &now, int runs)
{
    Runs out;
    for (int i = 0; i <= runs; ++i) { // the first run warms the page cache and is not counted
        const double cpu = cpuMs();
        QElapsedTimer timer;
        timer.start();
        auto figures = DashboardQuery(cache, source).figures(now);
        const double wall = timer.nsecsElapsed() / 1e6;
        if (!figures.ok())
            qFatal("%s", qPrintable(figures.error().message));
        if (i > 0) {
            out.wall.append(wall);
            out.cpu.append(cpuMs() - cpu);
        }
        out.figures = figures.value();
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path;
    int runs = 9;
    bool keepIndexes = false;
    bool refreshOnly = false; // no stalled steps, no baseline: for measuring a change to the refresh again
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == u"--keep-indexes")
            keepIndexes = true;
        else if (args.at(i) == u"--refresh-only")
            refreshOnly = true;
        else
            path = args.at(i);
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr, "usage: bench_dashboard CACHE [--runs R]  (a copy: opening it migrates it)\n");
        return 2;
    }
    const QDateTime now(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
    print(u"== bench_dashboard %1 (%2 MB), now %3, %4 cores, Qt %5, load %6"_s.arg(path)
              .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0)
              .arg(now.toString(Qt::ISODate))
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion()))
              .arg(loadAverage()));
    LocalCache cache;
    QElapsedTimer openTimer;
    openTimer.start();
    if (Status status = cache.open(path, u"bench"_s))
        qFatal("%s", qPrintable(status->message));
    print(u"opened (migrated to schema %1 if older): %2 s"_s.arg(cache.schemaVersion())
              .arg(openTimer.elapsed() / 1000.0, 0, 'f', 1));

    const Runs refresh = measure(cache, DashboardQuery::Source::Summarised, now, runs);
    const DashboardFigures &f = refresh.figures;
    int received = 0, responded = 0, breached = 0, met = 0, decided = 0;
    for (const DashboardWeek &w : f.trend) {
        received += w.received;
        responded += w.responded;
        breached += w.overdue;
    }
    for (const DashboardCompliance &c : f.compliance) {
        met += c.met;
        decided += c.met + c.breached;
    }
    print(u"refresh: %1; open %2, overdue %3 in %4 OPDs; 12 weeks: received %5, responses %6, breaches %7, "
          u"compliance %8/%9 (load %10)"_s.arg(refresh.describe())
              .arg(f.today.open)
              .arg(f.today.overdue)
              .arg(f.overdue.size())
              .arg(received)
              .arg(responded)
              .arg(breached)
              .arg(met)
              .arg(decided)
              .arg(loadAverage()));

    if (refreshOnly)
        return 0;
    const ReferenceData reference = loadBuiltinReferenceData().value();
    QElapsedTimer stallTimer;
    stallTimer.start();
    const double stallCpu = cpuMs();
    const WorkingCalendar calendar(reference.calendar);
    const auto board = StallBoardQuery(cache, *reference.sopCatalog(), calendar).board(now);
    if (!board.ok())
        qFatal("%s", qPrintable(board.error().message));
    print(u"stalled steps (not in the refresh; shown when they follow): %1 ms wall, %2 ms CPU, %3 stalled of %4"_s
              .arg(stallTimer.elapsed())
              .arg(cpuMs() - stallCpu, 0, 'f', 0)
              .arg(board->stalled)
              .arg(board->working));

    QStringList drops;
    for (const QString &name : dashboardIndexNames())
        drops.append(u"DROP INDEX IF EXISTS "_s + name);
    if (Status status = cache.connection().exec(drops))
        qFatal("%s", qPrintable(status->message));
    const Runs baseline = measure(cache, DashboardQuery::Source::Direct, now, std::max(1, runs / 3));
    print(u"baseline (no summary, no covering indexes): %1; same=%2 (load %3)"_s.arg(baseline.describe())
              .arg(int(baseline.figures == refresh.figures))
              .arg(loadAverage()));
    print(u"RESULT p6_dashboard refresh_ms=%1 refresh_cpu_ms=%2 baseline_ms=%3 target_ms=200 same=%4 load=%5"_s
              .arg(medianOf(refresh.wall), 0, 'f', 1)
              .arg(medianOf(refresh.cpu), 0, 'f', 1)
              .arg(medianOf(baseline.wall), 0, 'f', 1)
              .arg(int(baseline.figures == refresh.figures))
              .arg(loadAverage()));
    if (!keepIndexes) {
        // The step's CREATE INDEX statements again, so that the cache is left as the schema says.
        QStringList creates;
        for (const QString &statement : dashboardSchemaStep() + dueTablesSchemaStep()) {
            for (const QString &name : dashboardIndexNames()) {
                if (statement.startsWith(u"CREATE INDEX "_s + name + u' '))
                    creates.append(statement);
            }
        }
        if (Status status = cache.connection().exec(creates))
            qFatal("%s", qPrintable(status->message));
    }
    return 0;
}
