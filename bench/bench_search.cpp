// bench_search [N] [--dir DIR] [--runs R] [--queries FILE]: P5, full-text search over a local cache of N demo
// complaints (default 1,000,000; the same cache as bench_inbox, bench/InboxBenchCache.h): each of the 50 queries of
// bench/queries.txt as the inbox runs it (InboxQuery::page, FTS5, newest first, LIMIT 200, matches marked), median
// of R runs after one warm-up; p95 over the queries. Beside it, in the same run: the same queries as
// `LIKE '%term%'` scans over title and body (each word or phrase required), newest first, LIMIT 200, run once each;
// and count + page as the inbox model runs them (the count of all matches first, for its summary line).
#include "BenchStats.h"
#include "InboxBenchCache.h"
#include "refdata/ReferenceLoader.h"
#include "store/InboxQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;

using rabeg::bench::loadAverage;
using rabeg::bench::percentileOf;

namespace {

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// The baseline's WHERE: every "phrase" or word as a substring of the title or the body.
QString likeWhere(const QString &typed, QVariantList &binds)
{
    static const QRegularExpression parts(u"\"([^\"]*)\"|(\\S+)"_s);
    QStringList clauses;
    auto it = parts.globalMatch(typed);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString term = match.capturedLength(1) > 0 ? match.captured(1) : match.captured(2);
        clauses.append(u"(title LIKE ? OR body LIKE ?)"_s);
        binds.append(QString(u'%' + term + u'%'));
        binds.append(QString(u'%' + term + u'%'));
    }
    return clauses.join(u" AND "_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 count = 1'000'000;
    QString dir = u"/tmp/rabeg-bench-1m"_s;
    QString queriesPath = QStringLiteral(RABEG_BENCH_QUERIES);
    int runs = 5;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--dir" && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == u"--queries" && i + 1 < args.size())
            queriesPath = args.at(++i);
        else
            count = args.at(i).toLongLong();
    }
    QFile file(queriesPath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(queriesPath));
    QStringList queries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(u'#'))
            queries.append(text);
    }
    const ReferenceData reference = loadBuiltinReferenceData().value();
    print(u"== bench_search N=%1, %2 queries, %3 cores, Qt %4, load %5"_s.arg(count)
              .arg(queries.size())
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion()))
              .arg(loadAverage()));
    LocalCache cache;
    if (Status status = bench::openInboxCache(cache, dir, count, reference, u"bench-search"_s))
        qFatal("%s", qPrintable(status->message));
    const InboxQuery query(cache);

    QList<double> medians;
    QList<double> all;
    QList<double> baseline;
    QList<double> counts;
    for (const QString &typed : std::as_const(queries)) {
        InboxCriteria criteria;
        criteria.text = typed;
        // As the inbox model asks: the count of all matches (its summary line and row count), then the first
        // page, planned with that count. P5 is the page; count + page is what a person waits for.
        QList<double> times;
        QList<double> totals;
        qsizetype rows = 0;
        qint64 matches = 0;
        double countMs = 0;
        for (int i = 0; i <= runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto total = query.count(criteria);
            const double counted = timer.nsecsElapsed() / 1e6;
            if (!total.ok())
                qFatal("%s", qPrintable(total.error().message));
            matches = total.value();
            QElapsedTimer pageTimer;
            pageTimer.start();
            const auto page = query.page(std::nullopt, 200, criteria, matches);
            const double ms = pageTimer.nsecsElapsed() / 1e6;
            if (!page.ok())
                qFatal("%s", qPrintable(page.error().message));
            rows = page->size();
            if (i > 0) {
                times.append(ms);
                totals.append(timer.nsecsElapsed() / 1e6);
                countMs = counted;
            }
        }
        std::sort(times.begin(), times.end());
        std::sort(totals.begin(), totals.end());
        const double median = times.at(times.size() / 2);
        medians.append(median);
        all.append(times);
        counts.append(totals.at(totals.size() / 2));
        QElapsedTimer timer;

        QVariantList binds;
        const QString where = likeWhere(typed, binds);
        QSqlQuery like(cache.database());
        like.setForwardOnly(true);
        like.prepare(u"SELECT id, tracking_id, received_at, title FROM complaints WHERE "_s + where
                     + u" ORDER BY received_at DESC, id DESC LIMIT 200"_s);
        for (const QVariant &bind : std::as_const(binds))
            like.addBindValue(bind);
        timer.start();
        if (!like.exec())
            qFatal("%s", qPrintable(like.lastError().text()));
        int likeRows = 0;
        while (like.next())
            ++likeRows;
        const double likeMs = timer.nsecsElapsed() / 1e6;
        baseline.append(likeMs);
        print(u"   %1: FTS page %2 ms (%3 rows, %4 match in all, counted in %5 ms); LIKE %6 ms (%7 rows); load %8"_s
                  .arg(typed, -24)
                  .arg(median, 0, 'f', 1)
                  .arg(rows)
                  .arg(matches)
                  .arg(countMs, 0, 'f', 0)
                  .arg(likeMs, 0, 'f', 0)
                  .arg(likeRows)
                  .arg(loadAverage()));
    }
    print(u"FTS page (InboxQuery::page, LIMIT 200): p95 %1 ms, median %2 ms, max %3 ms over %4 queries (per-query "
          u"medians of %5 runs); p95 of all %6 runs %7 ms"_s.arg(percentileOf(medians, 95), 0, 'f', 1)
              .arg(percentileOf(medians, 50), 0, 'f', 1)
              .arg(percentileOf(medians, 100), 0, 'f', 1)
              .arg(medians.size())
              .arg(runs)
              .arg(all.size())
              .arg(percentileOf(all, 95), 0, 'f', 1));
    print(
        u"baseline LIKE scan: p95 %1 ms, median %2 ms; count + page (what the inbox model does): p95 %3 ms, median %4 ms"_s
            .arg(percentileOf(baseline, 95), 0, 'f', 0)
            .arg(percentileOf(baseline, 50), 0, 'f', 0)
            .arg(percentileOf(counts, 95), 0, 'f', 0)
            .arg(percentileOf(counts, 50), 0, 'f', 0));
    print(u"RESULT search n=%1 queries=%2 fts_p95_ms=%3 fts_median_ms=%4 like_p95_ms=%5 like_median_ms=%6 "
          u"count_and_page_p95_ms=%7 load=%8"_s.arg(count)
              .arg(medians.size())
              .arg(percentileOf(medians, 95), 0, 'f', 1)
              .arg(percentileOf(medians, 50), 0, 'f', 1)
              .arg(percentileOf(baseline, 95), 0, 'f', 0)
              .arg(percentileOf(baseline, 50), 0, 'f', 0)
              .arg(percentileOf(counts, 95), 0, 'f', 0)
              .arg(loadAverage()));
    return 0;
}
