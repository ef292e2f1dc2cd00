// bench_inbox [N] [--dir DIR] [--runs R] [--proxy-rows M] [--no-scroll] [--build-only]: the inbox over a local
// cache of N demo complaints with SOP ticks (default 1,000,000; built once through ComplaintRepository and reused,
// bench/InboxBenchCache.h; --build-only makes it and stops), each figure beside its baseline measured in the same
// run (DESIGN.md "Performance targets" P3 and P4).
//
//   P3 first paint   InboxModel created (a COUNT) and its first screen of rows read (the first page, the shown
//                    rows' deadlines and SOP checklists), and a QTableView painted under the offscreen QPA; the query
//                    layer alone (InboxQuery::count + page).
//   P3 jump          row 500,000: InboxQuery::cursorBefore (the complaints per day summed, one day's keys counted
//                    off: cache schema 13, InboxPositions.h) + page, beside the walk over the order's index that
//                    it replaced; the InboxModel (a windowed model: the row asked for, its page read); and a painted
//                    QTableView scrolled there.
//   P3 memory        RSS growth (/proc/self/statm) over a full scroll: every row of the InboxModel asked for in order
//                    with its deadline (what scrolling to the end asks), its held pages bounded; keyset pages of
//                    InboxQuery holding a window of 3 pages.
//   baseline P3      QSqlQueryModel over the same rows and order: setQuery + paint, fetchMore to row 500,000, to
//                    the end (everything fetched).
//   P4               InboxModel::setCriteria for a sort change (newest/oldest first, the inbox's order) and filter
//                    changes (state, kecamatan, category, escalated, overdue): count + first page.
//   baseline P4      QSortFilterProxyModel over a QSqlQueryModel holding the first M rows (default 200,000:
//                    sorting a million through the proxy's data() calls takes minutes here), sort by
//                    the received column and a fixed-string filter on the state column.
#include "BenchStats.h"
#include "InboxBenchCache.h"
#include "InboxModel.h"
#include "refdata/ReferenceLoader.h"
#include "store/InboxQuery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QThread>

#include <algorithm>
#include <cstdio>

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

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}
double mb(qint64 bytes)
{
    return bytes / 1e6;
}

// The figure's median over `runs` (a first, uncounted run warms the page cache), printed with the load.
template <typename Work> double timed(const QString &what, int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        if (i > 0)
            times.append(msSince(timer));
    }
    const double median = medianOf(times);
    print(u"   %1: median %2 ms (min %3, max %4, %5 runs; load %6)"_s.arg(what)
              .arg(median, 0, 'f', 1)
              .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 1)
              .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
              .arg(runs)
              .arg(loadAverage()));
    return median;
}

// What a view's first screen asks of the model: the rows it shows, every column.
void readScreen(const QAbstractItemModel &model, int first, int rows = 40)
{
    for (int row = first; row < std::min(model.rowCount(), first + rows); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.index(row, column).data();
    }
}

void paint(QTableView &view)
{
    view.resize(1280, 800);
    view.show();
    (void)view.grab(); // renders the visible rows now, as the first paint does
}

const QString kBaselineSql = u"SELECT id, tracking_id, received_at, title, service, kecamatan, state, opd, escalated,"
                             u" anonim, rahasia, category FROM complaints ORDER BY received_at DESC, id DESC"_s;

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 count = 1'000'000;
    QString dir = u"/tmp/rabeg-bench-1m"_s;
    int runs = 7;
    bool scroll = true; // --no-scroll: leave out the full scrolls (minutes) when only P4 is wanted
    bool buildOnly = false; // --build-only: make the cache when missing (bench/run.sh's master), measure nothing
    qint64 proxyRows = 200'000;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--dir" && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == u"--no-scroll")
            scroll = false;
        else if (args.at(i) == u"--build-only")
            buildOnly = true;
        else if (args.at(i) == u"--proxy-rows" && i + 1 < args.size())
            proxyRows = args.at(++i).toLongLong();
        else
            count = args.at(i).toLongLong();
    }
    proxyRows = std::min(proxyRows, count);
    const qint64 jumpRow = std::min<qint64>(500'000, count / 2);
    const ReferenceData reference = loadBuiltinReferenceData().value();
    print(u"== bench_inbox N=%1, %2 cores, Qt %3, load %4"_s.arg(count)
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion()))
              .arg(loadAverage()));

    LocalCache cache;
    QElapsedTimer openTimer;
    openTimer.start();
    if (Status status = bench::openInboxCache(cache, dir, count, reference, u"bench-inbox"_s))
        qFatal("%s", qPrintable(status->message));
    print(u"cache open (a migration or a changed deadline policy derives next due times here): %1 s"_s.arg(
        openTimer.elapsed() / 1000.0, 0, 'f', 1));
    if (buildOnly)
        return 0;
    // Hub time: the end of the demo data, as a freshly synced workstation would have it.
    const QDateTime hubNow = DemoOptions().end;
    const auto hubClock = [hubNow] { return hubNow; };
    const InboxQuery query(cache);

    print(u"P3 first paint"_s);
    const double paintQuery = timed(u"InboxQuery count + first page of 200"_s, runs, [&] {
        if (!query.count({}).ok() || !query.page(std::nullopt, 200, {}).ok())
            qFatal("inbox query failed");
    });
    const double paintModel = timed(u"InboxModel created, its first screen read (a page with deadlines, SOP)"_s, runs, [&] {
        InboxModel model(cache, reference);
        model.setHubClock(hubClock);
        readScreen(model, 0);
    });
    const double paintView = timed(u"InboxModel + QTableView painted (offscreen)"_s, runs, [&] {
        InboxModel model(cache, reference);
        model.setHubClock(hubClock);
        QTableView view;
        view.setModel(&model);
        paint(view);
    });
    const double paintBaseline = timed(u"baseline QSqlQueryModel setQuery + QTableView painted"_s, runs, [&] {
        QSqlQueryModel model;
        model.setQuery(kBaselineSql, cache.database());
        QTableView view;
        view.setModel(&model);
        paint(view);
    });

    print(u"P3 jump to row %1"_s.arg(jumpRow));
    const double jumpQuery = timed(u"InboxQuery cursorBefore + page of 200"_s, runs, [&] {
        const auto cursor = query.cursorBefore(jumpRow, {});
        if (!cursor.ok() || !cursor.value() || !query.page(cursor.value(), 200, {}).ok())
            qFatal("inbox jump failed");
    });

    // What the jump cost before cache schema 13 (and still costs while a key is out of order, ListKeySchema.h):
    // counting off the list's own index.
    const double jumpWalk = timed(u"index walk to row %1 (the jump before the day counts)"_s.arg(jumpRow), runs, [&] {
        QSqlQuery q(cache.database());
        q.prepare(u"SELECT received_at, id FROM complaints ORDER BY received_at DESC, id DESC LIMIT 1 OFFSET ?"_s);
        q.addBindValue(jumpRow - 1);
        if (!q.exec() || !q.next())
            qFatal("inbox walk failed");
    });

    const double jumpModelOnly = timed(u"InboxModel: row %1 asked for (its page read, with deadlines, SOP)"_s.arg(jumpRow), runs, [&] {
        InboxModel model(cache, reference);
        model.setHubClock(hubClock);
        readScreen(model, int(jumpRow));
    });
    double jumpModel = 0;
    {
        InboxModel model(cache, reference);
        model.setHubClock(hubClock);
        QTableView view;
        view.setModel(&model);
        paint(view);
        int target = int(jumpRow);
        jumpModel = timed(u"InboxModel + QTableView scrolled to row %1 and painted"_s.arg(jumpRow), runs, [&] {
            view.scrollTo(model.index(target, 0), QAbstractItemView::PositionAtTop);
            (void)view.grab();
            target += 2 * InboxModel::kPageSize * InboxModel::kHeldPages; // never a held page: a real jump each run
        });
    }

    // Full scrolls, one run each, memory measured around each: the windowed reading first (it holds little).
    print(u"P3 memory over a full scroll"_s);
    qint64 before = bench::residentBytes();
    qint64 peak = before;
    QElapsedTimer timer;
    timer.start();
    {
        QList<QList<InboxListRow>> window;
        std::optional<InboxCursor> after;
        qint64 rows = 0;
        for (;;) {
            auto page = query.page(after, 200, {});
            if (!page.ok())
                qFatal("inbox page failed");
            rows += page->size();
            if (page->isEmpty())
                break;
            after = InboxCursor {page->constLast().row.receivedAt.toUTC().toString(Qt::ISODateWithMs),
                                 page->constLast().row.id};
            window.append(std::move(page).value());
            if (window.size() > 3)
                window.removeFirst();
            peak = std::max(peak, bench::residentBytes());
        }
        print(u"   InboxQuery keyset pages, a window of 3 held: %1 rows in %2 s, RSS growth %3 MB"_s.arg(rows)
                  .arg(msSince(timer) / 1000, 0, 'f', 1)
                  .arg(mb(peak - before), 0, 'f', 1));
    }
    const double windowGrowth = mb(peak - before);

    before = bench::residentBytes();
    double modelGrowth = 0;
    if (scroll) {
        InboxModel model(cache, reference);
        model.setHubClock(hubClock);
        timer.start();
        qint64 peakModel = before;
        int mostPages = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            (void)model.index(row, InboxModel::Title).data();
            (void)model.index(row, InboxModel::NextDeadline).data(); // its deadline and SOP state derived too
            if (row % InboxModel::kPageSize == 0) {
                peakModel = std::max(peakModel, bench::residentBytes());
                mostPages = std::max(mostPages, model.heldPages());
            }
        }
        modelGrowth = mb(peakModel - before);
        print(u"   InboxModel every row asked for in order (%1 rows): %2 s, RSS growth %3 MB, at most %4 pages held"
              u" (load %5)"_s.arg(model.rowCount())
                  .arg(msSince(timer) / 1000, 0, 'f', 1)
                  .arg(modelGrowth, 0, 'f', 1)
                  .arg(mostPages)
                  .arg(loadAverage()));
    }

    before = bench::residentBytes();
    double jumpBaseline = 0;
    double baselineGrowth = 0;
    double fetchAllBaseline = 0;
    if (scroll) {
        QSqlQueryModel model;
        timer.start();
        model.setQuery(kBaselineSql, cache.database());
        while (model.rowCount() <= jumpRow && model.canFetchMore())
            model.fetchMore();
        jumpBaseline = msSince(timer);
        while (model.canFetchMore())
            model.fetchMore();
        fetchAllBaseline = msSince(timer);
        baselineGrowth = mb(bench::residentBytes() - before);
        print(u"   baseline QSqlQueryModel: row %1 after %2 ms; everything (%3 rows) after %4 s, RSS growth %5 MB"_s
                  .arg(jumpRow)
                  .arg(jumpBaseline, 0, 'f', 0)
                  .arg(model.rowCount())
                  .arg(fetchAllBaseline / 1000, 0, 'f', 1)
                  .arg(baselineGrowth, 0, 'f', 1));
    }

    print(u"P4 sort and filter changes (InboxModel::setCriteria: count + first page)"_s);
    QStringList kecamatan;
    for (const Kecamatan &k : reference.kecamatan)
        kecamatan.append(k.code);
    QString category;
    QStringList children;
    for (const Category &c : reference.categories) {
        if (c.parent.isEmpty() && category.isEmpty())
            category = c.id;
    }
    children.append(category);
    for (const Category &c : reference.categories) {
        if (c.parent == category)
            children.append(c.id);
    }
    struct Change
    {
        QString name;
        InboxCriteria criteria;
    };
    QList<Change> changes;
    {
        InboxCriteria c;
        c.oldestFirst = true;
        changes.append({u"sort: oldest first"_s, c});
        c = {};
        c.state = u"received"_s;
        changes.append({u"filter: state received"_s, c});
        c = {};
        c.state = u"in_progress"_s;
        changes.append({u"filter: state in_progress"_s, c});
        c = {};
        c.kecamatan = kecamatan.value(1);
        changes.append({u"filter: kecamatan "_s + c.kecamatan, c});
        c = {};
        c.categories = children;
        changes.append({u"filter: category "_s + category, c});
        c = {};
        c.escalatedOnly = true;
        changes.append({u"filter: escalated"_s, c});
        c = {};
        c.overdueOnly = true;
        changes.append({u"filter: overdue"_s, c});
        c = {};
        c.overdueOnly = true;
        c.state = u"dispatched"_s;
        changes.append({u"filter: overdue and dispatched"_s, c});
    }
    QList<double> changeTimes;
    {
        InboxModel model(cache, reference);
        model.setHubClock(hubClock);
        readScreen(model, 0);
        for (const Change &wanted : std::as_const(changes)) {
            qint64 rows = 0;
            QList<double> times;
            for (int i = 0; i <= runs; ++i) { // from the plain inbox each time; the first run is not counted
                model.setCriteria({});
                readScreen(model, 0);
                QElapsedTimer changing;
                changing.start();
                model.setCriteria(wanted.criteria);
                readScreen(model, 0);
                if (i > 0)
                    times.append(msSince(changing));
                rows = model.totalCount();
            }
            changeTimes.append(medianOf(times));
            print(u"   %1: median %2 ms (max %3; %4 complaints match; load %5)"_s.arg(wanted.name)
                      .arg(medianOf(times), 0, 'f', 1)
                      .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
                      .arg(rows)
                      .arg(loadAverage()));
            InboxCriteria stamped = wanted.criteria;
            stamped.hubNow = hubNow;
            QElapsedTimer split;
            split.start();
            const auto counted = query.count(stamped);
            const double countMs = msSince(split);
            split.start();
            const auto paged = query.page(std::nullopt, 200, stamped, counted.value_or(-1));
            print(u"      the query layer alone: count %1 ms, page %2 ms (%3 rows) %4"_s.arg(countMs, 0, 'f', 1)
                      .arg(msSince(split), 0, 'f', 1)
                      .arg(paged.ok() ? paged->size() : -1)
                      .arg(counted.ok() ? QString() : counted.error().message));
        }
    }

    double proxySort = 0;
    double proxyFilter = 0;
    {
        QSqlQueryModel source;
        source.setQuery(kBaselineSql + u" LIMIT %1"_s.arg(proxyRows), cache.database());
        while (source.canFetchMore())
            source.fetchMore();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QTableView view;
        view.setModel(&proxy);
        paint(view);
        timer.start();
        proxy.sort(2, Qt::AscendingOrder);
        (void)view.grab();
        proxySort = msSince(timer);
        timer.start();
        proxy.setFilterKeyColumn(6);
        proxy.setFilterFixedString(u"received"_s);
        (void)view.grab();
        proxyFilter = msSince(timer);
        print(u"   baseline QSortFilterProxyModel over %1 rows: sort %2 ms, filter %3 ms (%4 rows pass; load %5)"_s
                  .arg(source.rowCount())
                  .arg(proxySort, 0, 'f', 0)
                  .arg(proxyFilter, 0, 'f', 0)
                  .arg(proxy.rowCount())
                  .arg(loadAverage()));
    }

    const double worstChange = *std::max_element(changeTimes.begin(), changeTimes.end());
    print(
        u"RESULT inbox n=%1 paint_query_ms=%2 paint_model_ms=%3 paint_view_ms=%4 paint_baseline_ms=%5 "
        u"jump_query_ms=%6 jump_view_ms=%7 jump_baseline_ms=%8 window_growth_mb=%9 model_growth_mb=%10 "
        u"baseline_growth_mb=%11 worst_change_ms=%12 proxy_rows=%13 proxy_sort_ms=%14 proxy_filter_ms=%15"_s.arg(count)
            .arg(paintQuery, 0, 'f', 1)
            .arg(paintModel, 0, 'f', 1)
            .arg(paintView, 0, 'f', 1)
            .arg(paintBaseline, 0, 'f', 1)
            .arg(jumpQuery, 0, 'f', 1)
            .arg(jumpModel, 0, 'f', 1)
            .arg(jumpBaseline, 0, 'f', 0)
            .arg(windowGrowth, 0, 'f', 1)
            .arg(modelGrowth, 0, 'f', 1)
            .arg(baselineGrowth, 0, 'f', 1)
            .arg(worstChange, 0, 'f', 1)
            .arg(proxyRows)
            .arg(proxySort, 0, 'f', 0)
            .arg(proxyFilter, 0, 'f', 0)
        + u" jump_model_ms=%1 jump_walk_ms=%2"_s.arg(jumpModelOnly, 0, 'f', 1).arg(jumpWalk, 0, 'f', 1));
    return 0;
}
