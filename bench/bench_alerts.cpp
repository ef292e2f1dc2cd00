// The alerts' evaluation at a city's scale (docs/alerts.md): the workstation evaluates the rules after each sync
// and every minute, so one evaluation must stay far below what a person notices. Runs on a COPY of a large cache
// (bench_recompute --demo N makes one; the bench writes the alert state into it):
//
//   bench_alerts CACHE.sqlite [--runs R]
//
// For the operator and for the liaison of the OPD with the most running clocks: the first evaluation (the
// baseline after a bootstrap, which alerts nothing), then R evaluations one minute of hub time apart, each timed.
// Beside them, measured in the same run: the raw SELECT of the running clocks the evaluation reads (the rows
// alone, no rule applied), which is the floor of what an evaluation can cost.
#include "BenchStats.h"
#include "alerts/AlertCenter.h"
#include "deadline/DeadlinePolicy.h"
#include "store/LocalCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::bench::loadAverage;
using rabeg::bench::medianOf;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString text(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

// The rows the evaluation's clock query reads for this recipient, without the rules: the floor.
double rawSelectMs(LocalCache &cache, const AlertRecipient &recipient, const QDateTime &now, qint64 *rows)
{
    const bool liaison = recipient.role == Role::Liaison;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT cc.complaint_id, cc.clock, cc.cycle, cc.started_at, cc.due_at, c.tracking_id, c.title"
              u" FROM complaints c JOIN clock_cycles cc ON cc.complaint_id = c.id"
              u" WHERE cc.stopped = 0 AND cc.due_at IS NOT NULL AND "_s
              + (liaison ? u"c.opd = ?"_s : u"c.state = 'received'"_s) + u" AND cc.due_at > ?"_s);
    if (liaison)
        q.addBindValue(recipient.opd);
    q.addBindValue(now.toMSecsSinceEpoch());
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0;
    if (q.exec()) {
        while (q.next())
            n += q.value(1).toString().size() > 0;
    }
    *rows = n;
    return timer.nsecsElapsed() / 1e6;
}

bool run(LocalCache &cache, const AlertRecipient &recipient, const QDateTime &now, int runs)
{
    // Each recipient has a workstation (and a cache) of its own: start from no alert state, as after a bootstrap.
    if (cache.setMeta(u"alerts_state"_s, u"{}"_s)) {
        std::fprintf(stderr, "bench_alerts: cannot reset the alert state\n");
        return false;
    }
    AlertCenter center(cache);
    center.setRecipient(recipient);
    QElapsedTimer timer;
    timer.start();
    if (Status status = center.evaluate(now)) {
        std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(status->message));
        return false;
    }
    const double firstMs = timer.nsecsElapsed() / 1e6;
    QList<double> evaluations;
    QList<double> raws;
    qint64 rows = 0;
    for (int i = 1; i <= runs; ++i) {
        const QDateTime at = now.addSecs(60 * i);
        timer.restart();
        if (Status status = center.evaluate(at)) {
            std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(status->message));
            return false;
        }
        evaluations.append(timer.nsecsElapsed() / 1e6);
        raws.append(rawSelectMs(cache, recipient, at, &rows));
    }
    say(u"%1%2: first evaluation (baseline) %3 ms; evaluation every minute: median %4 ms, max %5 ms over %6 runs;"
        u" raw SELECT of the %7 running clocks it reads: median %8 ms; %9 alerts delivered in all (load %10)"_s
            .arg(toCode(recipient.role), recipient.opd.isEmpty() ? QString() : u" "_s + recipient.opd)
            .arg(firstMs, 0, 'f', 1)
            .arg(medianOf(evaluations), 0, 'f', 1)
            .arg(*std::max_element(evaluations.begin(), evaluations.end()), 0, 'f', 1)
            .arg(runs)
            .arg(rows)
            .arg(medianOf(raws), 0, 'f', 1)
            .arg(center.delivered().size())
            .arg(loadAverage()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int runs = 9;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else
            path = args.at(i);
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_alerts CACHE.sqlite (a copy: the alert state is written into it)"
                             " [--runs R]\n");
        return 2;
    }
    LocalCache cache;
    cache.setDeadlinePolicy(DeadlinePolicy::builtin());
    if (Status status = cache.open(path, u"bench-alerts"_s)) {
        std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(status->message));
        return 1;
    }
    // A demo cache is filled without a sync: mark it bootstrapped up to its newest event, as a sync would.
    if (cache.setMeta(u"bootstrapped"_s, u"1"_s)
        || cache.setMeta(u"bootstrap_head"_s, text(cache, u"SELECT max(seq) FROM events"_s))) {
        std::fprintf(stderr, "bench_alerts: cannot mark the cache bootstrapped\n");
        return 1;
    }
    const QDateTime now = QDateTime::fromString(text(cache, u"SELECT max(received_at) FROM complaints"_s),
                                                Qt::ISODateWithMs);
    const QString busiest = text(cache, u"SELECT c.opd FROM clock_cycles cc JOIN complaints c ON c.id = cc.complaint_id"
                                        u" WHERE cc.stopped = 0 AND c.opd IS NOT NULL AND c.opd <> ''"
                                        u" GROUP BY c.opd ORDER BY count(*) DESC LIMIT 1"_s);
    say(u"cache %1: %2 complaints, %3 running clocks; hub time %4; busiest OPD %5"_s
            .arg(path, text(cache, u"SELECT count(*) FROM complaints"_s),
                 text(cache, u"SELECT count(*) FROM clock_cycles WHERE stopped = 0"_s), now.toString(Qt::ISODate),
                 busiest));
    const bool ok = run(cache, {u"operator"_s, Role::Operator, {}}, now, runs)
        && run(cache, {u"liaison-"_s + busiest.toLower(), Role::Liaison, busiest}, now, runs);
    return ok ? 0 : 1;
}
