// The alerts' evaluation at a city's scale (docs/alerts.md): the workstation evaluates the rules after each sync
// and every minute, so the GUI thread's share of one evaluation must stay far below what a person notices. Runs on
// a COPY of a large cache (bench_recompute --demo N makes one; the bench migrates it and writes the alert state
// into it):
//
//   bench_alerts CACHE.sqlite [--runs R] [--opd OPD]
//
// For the operator and for the liaison of the OPD with the most running clocks (or of OPD): the first evaluation (the
// baseline after a bootstrap, which alerts nothing), then R evaluations one minute of hub time apart, each split as
// the workstation runs it: the reads (scanAlerts, on a connection of their own, the evaluator's thread) and the
// apply (AlertCenter::apply: keys, working hours, delivery; the GUI thread), which hands the state to the
// evaluator's thread to be written, as on the workstation (the first evaluation still writes it itself). Then the
// same with
// the state full (the 5,000 keys and 300 delivered alerts it keeps at most), and one evaluation after 64 hours off
// (a weekend's warnings at once). Beside them, measured in the same run: the raw SELECT of every running clock of
// the recipient's scope, which the evaluation read before cache schema 11 (the rows alone, no rule applied).
#include "BenchStats.h"
#include "alerts/AlertCenter.h"
#include "deadline/DeadlinePolicy.h"
#include "store/LocalCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// The rows the evaluation's clock query read for this recipient before schema 11, without the rules.
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
    return msSince(timer);
}

struct Split
{
    double readMs = 0;
    double applyMs = 0;
    qsizetype found = 0;
};

// One evaluation as the workstation runs it: the reads on `reader` (the evaluator's connection), the apply on the
// center's (GUI) thread.
std::optional<Split> evaluate(LocalCache &reader, AlertCenter &center, const QDateTime &at)
{
    Split split;
    QElapsedTimer timer;
    timer.start();
    const auto scan = scanAlerts(reader, center.scanFrom(at));
    split.readMs = msSince(timer);
    if (!scan.ok()) {
        std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(scan.error().message));
        return std::nullopt;
    }
    split.found = scan->alerts.size();
    timer.restart();
    if (Status status = center.apply(scan.value())) {
        std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(status->message));
        return std::nullopt;
    }
    split.applyMs = msSince(timer);
    return split;
}

// The workstation's evaluations run in the background (AlertsDock): one such evaluation at `at` gives the center its
// evaluator, through which every later write of the state goes, off the GUI thread.
bool attachEvaluator(AlertCenter &center, const QDateTime &at)
{
    QEventLoop loop;
    QString problem;
    QObject::connect(&center, &AlertCenter::evaluated, &loop, [&](const QString &message) {
        problem = message;
        loop.quit();
    });
    center.evaluateInBackground(at);
    loop.exec();
    if (!problem.isEmpty())
        std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(problem));
    return problem.isEmpty();
}

// R evaluations a minute apart from `from`; prints their medians and maxima.
bool series(LocalCache &reader, AlertCenter &center, const QDateTime &from, int runs, const QString &label)
{
    QList<double> reads;
    QList<double> applies;
    QList<double> totals;
    qsizetype found = 0;
    for (int i = 1; i <= runs; ++i) {
        const auto split = evaluate(reader, center, from.addSecs(60 * i));
        if (!split)
            return false;
        reads.append(split->readMs);
        applies.append(split->applyMs);
        totals.append(split->readMs + split->applyMs);
        found += split->found;
    }
    say(u"  %1: GUI thread (apply) median %2 ms, max %3 ms; reads (evaluator thread) median %4 ms, max %5 ms;"
        u" total median %6 ms, max %7 ms over %8 runs; %9 alerts found (load %10)"_s.arg(label)
            .arg(medianOf(applies), 0, 'f', 2)
            .arg(*std::max_element(applies.begin(), applies.end()), 0, 'f', 2)
            .arg(medianOf(reads), 0, 'f', 2)
            .arg(*std::max_element(reads.begin(), reads.end()), 0, 'f', 2)
            .arg(medianOf(totals), 0, 'f', 2)
            .arg(*std::max_element(totals.begin(), totals.end()), 0, 'f', 2)
            .arg(runs)
            .arg(found)
            .arg(loadAverage()));
    return true;
}

// The state as full as it is kept: the 5,000 keys and 300 delivered alerts (copies of one made up here).
Status fillState(LocalCache &cache, const QDateTime &now)
{
    AlertState state = AlertState::load(cache);
    for (qsizetype i = 0; i < AlertState::kKeptKeys; ++i)
        state.noteRaised(u"warning:%1/followup/1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    for (qsizetype i = 0; i < AlertState::kKeptDelivered; ++i) {
        Alert alert;
        alert.key = u"event:%1"_s.arg(i);
        alert.kind = AlertKind::NewComplaint;
        alert.complaint = QUuid::createUuid();
        alert.trackingId = u"SRG-2026-%1"_s.arg(i, 6, 10, QChar(u'0'));
        alert.title = u"Jalan berlubang di depan pasar, mohon segera diperbaiki"_s;
        alert.happenedAt = alert.raisedAt = alert.deliveredAt = now;
        state.alerts.append(alert);
    }
    state.prune();
    return state.save(cache);
}

bool run(LocalCache &cache, LocalCache &reader, const AlertRecipient &recipient, const QDateTime &now, int runs)
{
    // Each recipient has a workstation (and a cache) of its own: start from no alert state, as after a bootstrap.
    if (cache.setMeta(u"alerts_state"_s, u"{}"_s) || cache.setMeta(u"alerts_cursor"_s, u"{}"_s)) {
        std::fprintf(stderr, "bench_alerts: cannot reset the alert state\n");
        return false;
    }
    qint64 rows = 0;
    const double rawMs = rawSelectMs(cache, recipient, now, &rows);
    say(u"%1%2: baseline (before schema 11 the evaluation read every running clock of its scope, on the GUI thread):"
        u" raw SELECT of those %3 clocks %4 ms"_s
            .arg(toCode(recipient.role), recipient.opd.isEmpty() ? QString() : u" "_s + recipient.opd)
            .arg(rows)
            .arg(rawMs, 0, 'f', 1));
    {
        AlertCenter center(cache);
        center.setRecipient(recipient);
        const auto first = evaluate(reader, center, now);
        if (!first)
            return false;
        say(u"  first evaluation (baseline): GUI thread %1 ms, reads %2 ms"_s.arg(first->applyMs, 0, 'f', 2)
                .arg(first->readMs, 0, 'f', 2));
        if (!attachEvaluator(center, now))
            return false;
        if (!series(reader, center, now, runs, u"every minute, state as after the bootstrap"_s))
            return false;
    }
    const QDateTime later = now.addSecs(60 * runs);
    if (Status status = fillState(cache, later)) {
        std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(status->message));
        return false;
    }
    AlertCenter full(cache);
    full.setRecipient(recipient);
    if (!attachEvaluator(full, later))
        return false;
    if (!series(reader, full, later, runs, u"every minute, state full (5,000 keys, 300 alerts)"_s))
        return false;
    {
        // A minute that keeps something new writes the state whole: the apply of a scan with one new alert added.
        const QDateTime at = later.addSecs(60 * (runs + 1));
        const auto scanned = scanAlerts(reader, full.scanFrom(at));
        if (!scanned.ok())
            return false;
        AlertScan scan = scanned.value();
        Alert fresh;
        fresh.key = u"event:bench-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        fresh.kind = AlertKind::AssignedToMe;
        fresh.trackingId = u"SRG-2026-999999"_s;
        fresh.title = u"Jalan berlubang di depan pasar"_s;
        fresh.happenedAt = at;
        scan.alerts.append(fresh);
        QElapsedTimer timer;
        timer.start();
        if (Status status = full.apply(scan)) {
            std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(status->message));
            return false;
        }
        say(u"  a minute with one new alert, state full (the state written whole): GUI thread %1 ms"_s
                .arg(msSince(timer), 0, 'f', 2));
    }
    const auto weekend = evaluate(reader, full, later.addSecs(60 * (runs + 2) + 64 * 3600));
    if (!weekend)
        return false;
    say(u"  after 64 hours off: GUI thread %1 ms, reads %2 ms, %3 alerts found"_s.arg(weekend->applyMs, 0, 'f', 2)
            .arg(weekend->readMs, 0, 'f', 2)
            .arg(weekend->found));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int runs = 9;
    QString path;
    QString opd;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--opd"_s && i + 1 < args.size())
            opd = args.at(++i);
        else
            path = args.at(i);
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_alerts CACHE.sqlite (a copy: the alert state is written into it)"
                             " [--runs R] [--opd OPD]\n");
        return 2;
    }
    LocalCache cache;
    cache.setDeadlinePolicy(DeadlinePolicy::builtin());
    QElapsedTimer opening;
    opening.start();
    if (Status status = cache.open(path, u"bench-alerts"_s)) {
        std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(status->message));
        return 1;
    }
    say(u"open (a migration, if the copy is older than schema %1): %2 s"_s.arg(LocalCache::kSchemaVersion)
            .arg(msSince(opening) / 1000, 0, 'f', 1));
    // A demo cache is filled without a sync: mark it bootstrapped up to its newest event, as a sync would (once: the
    // newest seq is a scan of every event).
    if (cache.meta(u"bootstrapped"_s) != u"1"_s
        && (cache.setMeta(u"bootstrap_head"_s, text(cache, u"SELECT max(seq) FROM events"_s))
            || cache.setMeta(u"bootstrapped"_s, u"1"_s))) {
        std::fprintf(stderr, "bench_alerts: cannot mark the cache bootstrapped\n");
        return 1;
    }
    // The evaluator's connection of its own.
    LocalCache reader;
    reader.setDeadlinePolicy(DeadlinePolicy::builtin());
    if (Status status = reader.open(path, u"bench-alerts-reader"_s)) {
        std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(status->message));
        return 1;
    }
    const QDateTime now = QDateTime::fromString(text(cache, u"SELECT max(received_at) FROM complaints"_s),
                                                Qt::ISODateWithMs);
    // The OPD with the most running clocks, unless named (--opd: the query reads every running clock's complaint).
    const QString busiest = !opd.isEmpty()
        ? opd
        : text(cache, u"SELECT c.opd FROM clock_cycles cc JOIN complaints c ON c.id = cc.complaint_id"
                      u" WHERE cc.stopped = 0 AND c.opd IS NOT NULL AND c.opd <> ''"
                      u" GROUP BY c.opd ORDER BY count(*) DESC LIMIT 1"_s);
    say(u"cache %1: %2 complaints, %3 running clocks; hub time %4; OPD %5"_s
            .arg(path, text(cache, u"SELECT count(*) FROM complaints"_s),
                 text(cache, u"SELECT count(*) FROM clock_cycles WHERE due_at IS NOT NULL AND stopped = 0"_s),
                 now.toString(Qt::ISODate),
                 busiest));
    const bool ok = run(cache, reader, {u"operator"_s, Role::Operator, {}}, now, runs)
        && run(cache, reader, {u"liaison-"_s + busiest.toLower(), Role::Liaison, busiest}, now, runs);
    return ok ? 0 : 1;
}
