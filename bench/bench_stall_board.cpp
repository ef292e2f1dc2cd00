// bench_stall_board [N] [--dir DIR | --cache FILE] [--keep] [--runs R] [--board-only] [--all-baselines]
//                   [--mmap BYTES]: the stall board (docs/sop.md) over a local cache of N demo complaints (default
// 1,000,000) with SOP ticks, against baselines measured in the same run.
//
//   board       StallBoardQuery::board: sop_progress (SopProgress.h) counted per group (OPD, step, title, WIB
//               start day), each (OPD, expected days)'s stalled range of sop_progress_due up to its limit day
//               (cache schema 19, SopStallLimits.h), the days at each step counted once per group with the
//               calendar, StallBoard per group. No history read, no complaint id.
//   drill-down  StallBoardQuery::cellIds and ::cell for the largest cell (its OPD's ranges of the same index,
//               then, for cell, its complaints' rows).
//   stalled     the inbox's stalled quick filter (P4): InboxQuery count + first page of 200 at hub time, the
//               page chosen in sop_progress's list index (schemas 7 and 19).
//   baseline F  the previous board: every complaint an OPD is working (state index), the events a checklist
//               depends on, checklistOf + StallBoard per complaint (ChecklistQuery::forEachWorking).
//   baseline B  (--all-baselines) the state filter, but whole histories decoded.
//   baseline A  (--all-baselines) a plain full scan: every event of every complaint decoded whole.
// The cache is built through ComplaintRepository (as a sync stores complaints), kept with --keep and reused when
// it already holds N complaints; --cache opens an existing cache file instead (migrating it first when older:
// the open is timed). DESIGN.md: the stall board and the dashboard refresh within 200 ms.
#include "BenchStats.h"
#include "SopBenchCache.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "refdata/ReferenceLoader.h"
#include "sop/Checklists.h"
#include "store/ChecklistQuery.h"
#include "store/InboxQuery.h"
#include "store/SopProgress.h"
#include "store/StallBoardQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace rabeg;

using rabeg::bench::countOf;
using rabeg::bench::loadAverage;
using rabeg::bench::medianOf;

namespace {

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// Baselines: histories decoded whole, grouped by complaint, each checklist by the core, aggregated by StallBoard.
StallBoardSnapshot byWholeHistories(LocalCache &cache, const QString &sql, const SopCatalog &catalog,
                                    const WorkingCalendar &calendar, const QDateTime &now)
{
    StallBoardSnapshot snapshot;
    StallBoard board;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        qFatal("baseline query failed: %s", qPrintable(q.lastError().text()));
    QString current;
    QList<Event> history;
    const auto flush = [&] {
        ++snapshot.working;
        board.add(QUuid::fromString(current), checklistOf(history, catalog, calendar, now));
    };
    while (q.next()) {
        QString id = q.value(0).toString();
        if (id != current) {
            if (!current.isEmpty())
                flush();
            current = std::move(id);
            history.clear();
        }
        auto event
            = decodeEvent(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), DecodeMode::Tolerant);
        if (event.ok())
            history.append(event.value());
    }
    if (!current.isEmpty())
        flush();
    snapshot.cells = board.cells();
    snapshot.stalled = board.stalledCount();
    return snapshot;
}

// The process's CPU time (user + system) in milliseconds: what the wall time is on an idle machine, here where the
// other engineers' compilers share the two cores.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 count = 1'000'000;
    QString dir = u"/tmp/rabeg-bench"_s;
    bool keep = false;
    bool boardOnly = false; // for profiling: no drill-down, no baselines
    qint64 mmapBytes = 0; // --mmap BYTES: PRAGMA mmap_size on the connection (an experiment, not the default)
    int runs = 7;
    bool allBaselines = false;
    QString cacheFile; // --cache: an existing cache, not built here
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--dir" && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == u"--cache" && i + 1 < args.size())
            cacheFile = args.at(++i);
        else if (args.at(i) == u"--all-baselines")
            allBaselines = true;
        else if (args.at(i) == u"--keep")
            keep = true;
        else if (args.at(i) == u"--mmap" && i + 1 < args.size())
            mmapBytes = args.at(++i).toLongLong();
        else if (args.at(i) == u"--board-only")
            boardOnly = true;
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else
            count = args.at(i).toLongLong();
    }
    QDir().mkpath(dir);
    const QString path = cacheFile.isEmpty() ? dir + u"/stall-board-%1.sqlite"_s.arg(count) : cacheFile;
    const ReferenceData reference = loadBuiltinReferenceData().value();
    const SopCatalog &catalog = *reference.sopCatalog();
    const WorkingCalendar calendar(reference.calendar);
    DemoOptions options;
    options.count = count;
    const QDateTime now = options.end; // hub time: the end of the demo data, 2026-11-30 10:00 WIB

    print(u"== bench_stall_board N=%1, %2 cores, Qt %3, load %4"_s.arg(count)
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion()))
              .arg(loadAverage()));
    LocalCache cache;
    QElapsedTimer opening;
    opening.start();
    if (!cacheFile.isEmpty()) {
        if (!QFileInfo::exists(cacheFile))
            qFatal("no cache file %s", qPrintable(cacheFile));
        if (Status status = cache.open(cacheFile, u"bench"_s))
            qFatal("%s", qPrintable(status->message));
        print(u"opened %1 (schema %2): %3 s, migration and derivation included when it was older (load %4)"_s
                  .arg(cacheFile)
                  .arg(cache.schemaVersion())
                  .arg(opening.elapsed() / 1000.0, 0, 'f', 1)
                  .arg(loadAverage()));
    } else if (Status status = bench::openSopBenchCache(cache, path, reference, options, print)) {
        qFatal("%s", qPrintable(status->message));
    }
    if (mmapBytes > 0)
        print(u"PRAGMA mmap_size: %1"_s.arg(countOf(cache, u"PRAGMA mmap_size=%1"_s.arg(mmapBytes))));
    const qint64 events = countOf(cache, u"SELECT count(*) FROM events"_s);
    const qint64 working
        = countOf(cache, u"SELECT count(*) FROM complaints WHERE state IN ('dispatched','in_progress')"_s);
    count = countOf(cache, u"SELECT count(*) FROM complaints"_s);
    print(u"cache: %1 complaints, %2 events, %3 dispatched or in progress, %4 MB"_s.arg(count)
              .arg(events)
              .arg(working)
              .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));

    const StallBoardQuery query(cache, catalog, calendar);
    QList<double> times;
    QList<double> cpuTimes;
    StallBoardSnapshot board;
    for (int i = 0; i <= runs; ++i) { // the first run warms the page cache and is not counted
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        auto result = query.board(now);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!result.ok())
            qFatal("%s", qPrintable(result.error().message));
        board = result.value();
        if (i > 0) {
            times.append(ms);
            cpuTimes.append(cpuMs() - cpu);
        }
    }
    print(u"board: median %1 ms (CPU %9 ms), min %2, max %3 over %4 runs; %5 working, %6 stalled, %7 cells (load %8)"_s
              .arg(medianOf(times), 0, 'f', 1)
              .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 1)
              .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
              .arg(runs)
              .arg(board.working)
              .arg(board.stalled)
              .arg(board.cells.size())
              .arg(loadAverage())
              .arg(medianOf(cpuTimes), 0, 'f', 1));

    if (boardOnly)
        return 0;
    const StallCell *largest = nullptr;
    for (const StallCell &cell : std::as_const(board.cells)) {
        if (!largest || cell.count > largest->count)
            largest = &cell;
    }
    QList<double> cellTimes;
    QList<double> idTimes;
    for (int i = 0; largest && i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto ids = query.cellIds(largest->opd, largest->stepKey, now);
        const double idMs = timer.nsecsElapsed() / 1e6;
        timer.start();
        const auto rows = query.cell(largest->opd, largest->stepKey, now);
        if (i > 0) {
            cellTimes.append(timer.nsecsElapsed() / 1e6);
            idTimes.append(idMs);
        }
        if (!rows.ok() || rows->size() != largest->count || !ids.ok() || ids->size() != largest->count)
            qFatal("the drill-down of %s x %s differs from its cell", qPrintable(largest->opd),
                   qPrintable(largest->stepKey));
    }
    if (largest)
        print(u"drill-down of the largest cell (%1 x %2, %3 complaints): its ids median %5 ms, its rows (cell) "
              u"median %4 ms"_s.arg(largest->opd, largest->stepKey)
                  .arg(largest->count)
                  .arg(medianOf(cellTimes), 0, 'f', 1)
                  .arg(medianOf(idTimes), 0, 'f', 1));

    // The inbox's stalled quick filter (P4): the count and the first page, as InboxModel loads it.
    InboxCriteria stalledOnly;
    stalledOnly.stalledOnly = true;
    stalledOnly.hubNow = now;
    QList<double> filterTimes;
    QList<double> filterCpu;
    qint64 listed = 0;
    QStringList firstPage;
    for (int i = 0; i <= runs; ++i) {
        InboxQuery inbox(cache);
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        const auto total = inbox.count(stalledOnly);
        const auto page = inbox.page(std::nullopt, 200, stalledOnly, total.ok() ? total.value() : 0);
        if (i > 0) {
            filterTimes.append(timer.nsecsElapsed() / 1e6);
            filterCpu.append(cpuMs() - cpu);
        }
        if (!total.ok() || !page.ok())
            qFatal("the stalled filter failed");
        listed = total.value();
        firstPage.clear();
        for (const InboxListRow &line : page.value())
            firstPage.append(line.row.id);
    }
    // The page as the list's order gives it, stalled or not decided per complaint by the core's stall instant of
    // its sop_progress row's step (sopStalledAt; the plan before schema 7): the same 200 in the same order.
    QStringList expectedPage;
    {
        QSqlQuery q(cache.database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT c.id, p.step_since, p.expected_days, p.opd FROM complaints c JOIN sop_progress p"
                    u" ON p.complaint_id = c.id WHERE p.step_day IS NOT NULL ORDER BY c.received_at DESC, c.id DESC"_s))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (expectedPage.size() < 200 && q.next()) {
            const QDateTime since = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
            if (sopStalledAt(since, q.value(2).toInt(), q.value(3).toString(), calendar) <= now)
                expectedPage.append(q.value(0).toString());
        }
    }
    print(u"stalled filter (count + first page of 200): median %1 ms (CPU %4 ms), %2 listed (load %3)"_s
              .arg(medianOf(filterTimes), 0, 'f', 1)
              .arg(listed)
              .arg(loadAverage())
              .arg(medianOf(filterCpu), 0, 'f', 1));

    // Baseline F: the board as it was computed before sop_progress, folding each working complaint's checklist.
    QElapsedTimer timer;
    timer.start();
    StallBoardSnapshot folded;
    {
        StallBoard fold;
        const Status status = ChecklistQuery(cache, catalog, calendar)
                                  .forEachWorking(now, [&](const QUuid &id, const Checklist &checklist) {
                                      ++folded.working;
                                      fold.add(id, checklist);
                                  });
        if (status)
            qFatal("%s", qPrintable(status->message));
        folded.cells = fold.cells();
        folded.stalled = fold.stalledCount();
    }
    const double foldMs = timer.nsecsElapsed() / 1e6;
    print(u"baseline F, the previous board (each working complaint's checklist folded): %1 ms (load %2)"_s
              .arg(foldMs, 0, 'f', 1)
              .arg(loadAverage()));
    // The board holds counts: each cell's complaints are those its drill-down reads (cellIds).
    StallBoardSnapshot withIds = board;
    for (StallCell &cell : withIds.cells)
        cell.complaints = query.cellIds(cell.opd, cell.stepKey, now).value_or(QList<QUuid>());
    bool same = folded.cells == withIds.cells && folded.stalled == board.stalled && folded.working == board.working
        && listed == board.stalled && firstPage == expectedPage;

    double stateOnlyMs = 0;
    double fullMs = 0;
    if (allBaselines) {
        timer.start();
        const StallBoardSnapshot stateOnly
            = byWholeHistories(cache,
                               u"SELECT e.complaint_id, e.json FROM complaints c JOIN events e ON e.complaint_id = c.id"
                               u" WHERE c.state IN ('dispatched','in_progress') ORDER BY c.id, e.version"_s,
                               catalog, calendar, now);
        stateOnlyMs = timer.nsecsElapsed() / 1e6;
        print(u"baseline B, state filter but whole histories decoded: %1 ms (load %2)"_s.arg(stateOnlyMs, 0, 'f', 1)
                  .arg(loadAverage()));
        timer.start();
        const StallBoardSnapshot full = byWholeHistories(
            cache, u"SELECT complaint_id, json FROM events ORDER BY complaint_id, version"_s, catalog, calendar, now);
        fullMs = timer.nsecsElapsed() / 1e6;
        print(
            u"baseline A, plain full scan of every history: %1 ms over %2 complaints (load %3)"_s.arg(fullMs, 0, 'f', 1)
                .arg(full.working)
                .arg(loadAverage()));
        same = same && full.cells == withIds.cells && stateOnly.cells == withIds.cells && full.stalled == board.stalled;
    }
    print(u"cells (their drill-downs' ids included) equal to the baselines', stalled filter lists the board's "
          u"stalled and its first page is the list order's: %1"_s.arg(same ? u"yes"_s : u"NO"_s));
    print(u"RESULT stall_board n=%1 working=%2 stalled=%3 board_ms=%4 drilldown_ms=%5 stalled_filter_ms=%6 "
          u"baseline_fold_ms=%7 baseline_state_ms=%8 baseline_full_ms=%9 same=%10"_s.arg(count)
              .arg(board.working)
              .arg(board.stalled)
              .arg(medianOf(times), 0, 'f', 1)
              .arg(cellTimes.isEmpty() ? 0.0 : medianOf(cellTimes), 0, 'f', 1)
              .arg(medianOf(filterTimes), 0, 'f', 1)
              .arg(foldMs, 0, 'f', 1)
              .arg(stateOnlyMs, 0, 'f', 1)
              .arg(fullMs, 0, 'f', 1)
              .arg(same ? 1 : 0));
    cache.close();
    if (!keep && cacheFile.isEmpty())
        bench::removeCacheFiles(path);
    return same ? 0 : 1;
}
