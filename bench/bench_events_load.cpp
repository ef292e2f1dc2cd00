// bench_events_load [N=50000] [--store SPEC] [--postgres] [--clients C=50] [--requests R=20] [--hub PATH]
//                   [--read-threads T] [--floor-threads T=2] [--generator-threads T=2] [--limit ITEMS=500]
//                   [--dir DIR] [--keep] [--item-cache-mb MB]
//                                                                                (P7, DESIGN.md "Performance targets")
// bench_events_load --floor-server FILE [--floor-threads T]     (the floor, run by the above as a child process)
//
// `rabeg-hub serve` (a separate process) over a demo store of N complaints on SQLite (and, with --postgres, on a
// throwaway PostgreSQL 15 cluster made under /tmp with initdb/pg_ctl as the postgres user, stopped and removed
// afterwards). C clients on loopback, each with its own connection (kept alive) and its own session, each asking
// R times GET /api/v1/events?after=X&limit=500 for random X (distinct ranges: workstations catching up from where
// each stopped), the next request as soon as the previous answer is in (closed loop): p50 / p99 / max latency.
// Two load generators over the same requests: QNetworkAccessManager (what the workstation uses) and a lean one on
// plain sockets (LeanHttp.h: reads Content-Length bytes and discards them), each with its own CPU per page.
// Beside them, in the same run:
// - the floor: a server answering every request with the bytes of a real 500-item page of this hub, already in
//   memory (no SQL, no encoding), loaded by the lean generator: the best any hub could do on this machine with
//   this generator;
// - the raw keyset SELECT of the same pages (SqlHubStore::events' query: seq > X ORDER BY seq LIMIT 500, every
//   column read) timed directly against the store, one page after the other.
// Each hub is measured first as it starts, one pass without warm-up: on PostgreSQL its item cache (hub/ItemCache.h,
// `--item-cache-mb`, passed on to the hub; 0 turns it off) is empty then and fills during the pass.
// Target: p99 <= 50 ms.
#include "BenchCommon.h"
#include "BenchProcesses.h"
#include "ItemCache.h"
#include "LeanHttp.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::bench;

namespace {

int pageItems = 500; // items per page asked for (--limit): DESIGN.md's P7 says 500

struct LoadResult
{
    QList<double> latenciesMs;
    double wallSeconds = 0;
    qint64 items = 0;
    qint64 bytes = 0;
    int errors = 0;
    double generatorCpuSeconds = 0; // the load generator's CPU over the recorded requests
    double serverCpuSeconds = 0;    // the server process's CPU over the same
    double load = 0;                // the 1-minute load average once they are done
    QString firstError;
};

// One workstation: its own network access manager (so its own connection), its own session.
class Client : public QObject
{
public:
    Client(QUrl base, QList<qint64> afters, LoadResult &result, std::function<void()> done)
        : m_base(std::move(base)), m_afters(std::move(afters)), m_result(result), m_done(std::move(done))
    {
        m_network.setAutoDeleteReplies(true);
    }

    void login()
    {
        QNetworkRequest request(m_base.resolved(QUrl(u"/api/v1/session"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray body = QJsonDocument(QJsonObject{{u"username"_s, kBenchUser},
                                                          {u"password"_s, QString::fromLatin1(kBenchPassword)}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_network.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_token = QJsonDocument::fromJson(reply->readAll()).object().value(u"token"_s).toString().toLatin1();
            if (m_token.isEmpty())
                ++m_result.errors;
            m_done();
        });
    }

    // Sends the requests one after the other; `record` false for the warm-up.
    void run(bool record)
    {
        m_record = record;
        m_next = 0;
        sendNext();
    }

private:
    void sendNext()
    {
        if (m_next >= m_afters.size()) {
            m_done();
            return;
        }
        QUrl url = m_base.resolved(QUrl(u"/api/v1/events"_s));
        url.setQuery(u"after=%1&limit=%2"_s.arg(m_afters.at(m_next++)).arg(pageItems));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setTransferTimeout(300'000);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
            const double ms = timer->nsecsElapsed() / 1e6;
            const QByteArray bytes = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200) {
                ++m_result.errors;
            } else if (m_record) {
                m_result.latenciesMs.append(ms);
                m_result.bytes += bytes.size();
                m_result.items += pageItems;
            }
            sendNext();
        });
    }

    QUrl m_base;
    QList<qint64> m_afters;
    LoadResult &m_result;
    std::function<void()> m_done;
    QNetworkAccessManager m_network;
    QByteArray m_token;
    qsizetype m_next = 0;
    bool m_record = false;
};

// The requests' `after`s, per client: random, the same for every generator and for the raw SELECT.
QList<QList<qint64>> plan(int clients, int requests, qint64 head)
{
    QRandomGenerator random(20261130);
    QList<QList<qint64>> afters;
    for (int c = 0; c < clients; ++c) {
        QList<qint64> own;
        for (int r = 0; r < requests; ++r)
            own.append(random.bounded(std::max<qint64>(1, head - pageItems)));
        afters.append(own);
    }
    return afters;
}

// The QNetworkAccessManager generator: logs every client in, runs every client's requests once unrecorded
// (connections open, the store's pages come into memory), then again, recorded.
LoadResult runQtLoad(const QUrl &base, const QList<QList<qint64>> &afters, const ServerProcess &server)
{
    LoadResult result;
    std::vector<std::unique_ptr<Client>> all;
    int pending = 0;
    QEventLoop loop;
    const auto done = [&] {
        if (--pending == 0)
            loop.quit();
    };
    for (const QList<qint64> &own : afters)
        all.push_back(std::make_unique<Client>(base, own, result, done));
    const auto each = [&](const std::function<void(Client &)> &start) {
        pending = int(all.size());
        for (auto &client : all)
            start(*client);
        loop.exec();
    };
    each([](Client &c) { c.login(); });
    each([](Client &c) { c.run(false); });
    const double server0 = server.cpuSeconds();
    const double cpu0 = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    each([](Client &c) { c.run(true); });
    result.wallSeconds = wall.nsecsElapsed() / 1e9;
    result.generatorCpuSeconds = processCpuSeconds() - cpu0;
    result.serverCpuSeconds = server.cpuSeconds() - server0;
    result.load = loadAverage();
    return result;
}

// A session per client through the lean client.
Result<QList<QByteArray>> leanTokens(quint16 port, int clients)
{
    QList<QByteArray> tokens;
    const QByteArray login = QJsonDocument(QJsonObject{{u"username"_s, kBenchUser},
                                                       {u"password"_s, QString::fromLatin1(kBenchPassword)}})
                                 .toJson(QJsonDocument::Compact);
    for (int c = 0; c < clients; ++c) {
        const auto answer = leanExchange(port, leanPost("/api/v1/session", login));
        if (!answer.ok())
            return answer.error();
        const QByteArray token = QJsonDocument::fromJson(leanBody(answer.value()))
                                     .object().value(u"token"_s).toString().toLatin1();
        if (token.isEmpty())
            return Error{u"lean"_s, u"no token in "_s + QString::fromUtf8(answer.value().left(300))};
        tokens.append(token);
    }
    return tokens;
}

QByteArray eventsTarget(qint64 after)
{
    return "/api/v1/events?after=" + QByteArray::number(after) + "&limit=" + QByteArray::number(pageItems);
}

// The lean generator over `server`: the requests once unrecorded (unless `warmUp` is false), then again, recorded.
LoadResult runLean(quint16 port, const QList<QList<qint64>> &afters, const QList<QByteArray> &tokens,
                   const ServerProcess &server, int threads, bool warmUp = true)
{
    QList<QList<QByteArray>> requests;
    for (qsizetype c = 0; c < afters.size(); ++c) {
        QList<QByteArray> own;
        for (qint64 after : afters.at(c))
            own.append(leanGet(eventsTarget(after), tokens.at(c % tokens.size())));
        requests.append(own);
    }
    if (warmUp)
        runLeanLoad(port, requests, threads);
    const double server0 = server.cpuSeconds();
    const LeanLoadResult lean = runLeanLoad(port, requests, threads);
    LoadResult result;
    result.serverCpuSeconds = server.cpuSeconds() - server0;
    result.latenciesMs = lean.latenciesMs;
    result.wallSeconds = lean.wallSeconds;
    result.items = lean.latenciesMs.size() * qint64(pageItems);
    result.bytes = lean.bytes;
    result.errors = lean.errors;
    result.generatorCpuSeconds = lean.cpuSeconds;
    result.firstError = lean.firstError;
    result.load = loadAverage();
    return result;
}

// The same keyset SELECT as SqlHubStore::events (operator's stream), every column read.
QList<double> rawSelects(const QString &spec, const QList<qint64> &afters, qint64 head)
{
    QList<double> ms;
    auto opened = SqlHubStore::open(spec, StoreKind::Demo, u"bench-p7-raw"_s);
    if (!opened.ok())
        return ms;
    QSqlQuery q(opened.value()->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, json, state_json, opd_before, opd_after, complaint_id, version FROM events "
              u"WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"_s);
    qint64 sink = 0;
    for (int round = 0; round < 2; ++round) { // the first round warms the cache, the second is recorded
        for (qint64 after : afters) {
            QElapsedTimer timer;
            timer.start();
            q.addBindValue(after);
            q.addBindValue(head);
            q.addBindValue(pageItems);
            if (!q.exec())
                return {};
            while (q.next()) {
                for (int i = 0; i < 7; ++i)
                    sink += q.value(i).toString().size();
            }
            q.finish();
            if (round == 1)
                ms.append(timer.nsecsElapsed() / 1e6);
        }
    }
    if (sink == 42)
        std::printf(" ");
    return ms;
}

// In this process, one page after the other: SqlHubStore::events (the SELECT and decoding every row into events and
// states, what the hub did before it spliced stored text) and appendFeedItems (the stored page items joined into
// one buffer, what GET /api/v1/events does now, FeedItems.h).
// With `cache`, appendFeedItems reads through it (PostgreSQL: hub/ItemCache.h), as the hub's read threads do.
QList<double> storeEvents(const QString &spec, const QList<qint64> &afters, bool feedItems,
                          std::shared_ptr<ItemCache> cache = {})
{
    QList<double> ms;
    auto opened = SqlHubStore::open(spec, StoreKind::Demo, u"bench-p7-store"_s);
    if (!opened.ok())
        return ms;
    opened.value()->setItemCache(std::move(cache));
    const Actor reader{kBenchUser, Role::Operator, {}};
    for (qint64 after : afters) {
        QElapsedTimer timer;
        timer.start();
        if (feedItems) {
            QByteArray out;
            out.reserve(pageItems * 1536);
            if (!opened.value()->appendFeedItems(after, pageItems, reader, out).ok())
                return {};
        } else if (!opened.value()->events(after, pageItems, reader).ok()) {
            return {};
        }
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    return ms;
}

void printLoad(const QByteArray &label, const char *what, const LoadResult &load)
{
    const qsizetype n = std::max<qsizetype>(1, load.latenciesMs.size());
    std::printf("%s %s: %lld pages: p50 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f pages/s, %.1f MB/s; server CPU %.2f "
                "ms/page, generator CPU %.2f ms/page; load %.1f; errors %d%s%s\n",
                label.constData(), what, qint64(load.latenciesMs.size()), median(load.latenciesMs),
                percentile(load.latenciesMs, 99), percentile(load.latenciesMs, 100), load.latenciesMs.size() / load.wallSeconds,
                load.bytes / load.wallSeconds / 1e6, load.serverCpuSeconds * 1000 / n,
                load.generatorCpuSeconds * 1000 / n, load.load, load.errors, load.firstError.isEmpty() ? "" : ": ",
                qPrintable(load.firstError));
    std::fflush(stdout);
}

struct Options
{
    qint64 count = 50'000;
    int clients = 50;
    int requests = 20;
    int readThreads = -1;
    int floorThreads = 2;
    int generatorThreads = 2; // the lean generator's threads: one per core, as the hub's read threads
    QString itemCacheMb;      // the hub's --item-cache-mb (PostgreSQL), empty: its default
    bool postgres = false;
    bool keep = false;
    QString givenStore;
    QString hubBinary;
    QString dir;
};

// One store: the hub under both generators, the floor, the raw SELECT. A RESULT fragment, or empty on failure.
QString measure(const Options &options, const QString &label, const QString &spec)
{
    const QByteArray name = label.toUtf8();
    qint64 head = 0;
    {
        auto store = SqlHubStore::open(spec, StoreKind::Demo, u"bench-p7-head"_s);
        if (!store.ok()) {
            std::fprintf(stderr, "%s: %s\n", name.constData(), qPrintable(store.error().message));
            return {};
        }
        head = store.value()->head().value_or(0);
    }
    const QList<QList<qint64>> afters = plan(options.clients, options.requests, head);
    const QList<QList<qint64>> single = plan(1, 50, head);
    QByteArray answer;
    LoadResult qt;
    LoadResult lean;
    LoadResult leanSingle;
    LoadResult leanFirst;
    {
        ServerProcess hub;
        QStringList extra;
        if (!options.itemCacheMb.isEmpty())
            extra = {u"--item-cache-mb"_s, options.itemCacheMb};
        const auto url = hub.startHub(options.hubBinary, spec, options.readThreads, extra);
        if (!url.ok()) {
            std::fprintf(stderr, "%s: %s\n", name.constData(), qPrintable(url.error().message));
            return {};
        }
        const quint16 port = quint16(url->port());
        const auto tokens = leanTokens(port, options.clients);
        if (!tokens.ok()) {
            std::fprintf(stderr, "%s: %s\n", name.constData(), qPrintable(tokens.error().message));
            return {};
        }
        // The hub just started: on PostgreSQL its item cache is empty (ItemCache.h), and this pass fills it.
        leanFirst = runLean(port, afters, tokens.value(), hub, options.generatorThreads, false);
        printLoad(name, "hub just started, lean generator, one pass (no warm-up)", leanFirst);
        leanSingle = runLean(port, single, tokens.value(), hub, 1);
        printLoad(name, "hub, 1 client, lean generator", leanSingle);
        qt = runQtLoad(url.value(), afters, hub);
        printLoad(name, "hub, QNetworkAccessManager generator", qt);
        lean = runLean(port, afters, tokens.value(), hub, options.generatorThreads);
        printLoad(name, "hub, lean generator", lean);
        // A real page of this hub, as it went out (status line, headers, body), for the floor.
        const auto page = leanExchange(port, leanGet(eventsTarget(afters.at(0).at(0)), tokens->at(0)));
        if (!page.ok()) {
            std::fprintf(stderr, "%s: %s\n", name.constData(), qPrintable(page.error().message));
            return {};
        }
        answer = page.value();
    }
    const QString answerFile = options.dir + u"/p7-page.http"_s;
    {
        QFile file(answerFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(answer) != answer.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(answerFile));
            return {};
        }
    }
    LoadResult floor;
    LoadResult floorSingle;
    {
        ServerProcess server;
        const auto port = server.startFloor(QCoreApplication::applicationFilePath(), answerFile, options.floorThreads);
        if (!port.ok()) {
            std::fprintf(stderr, "floor: %s\n", qPrintable(port.error().message));
            return {};
        }
        const QList<QByteArray> tokens{QByteArrayLiteral("floor")};
        floorSingle = runLean(port.value(), single, tokens, server, 1);
        printLoad(name, "floor, 1 client, lean generator", floorSingle);
        floor = runLean(port.value(), afters, tokens, server, options.generatorThreads);
        printLoad(name, "floor, lean generator", floor);
    }
    QList<qint64> flat;
    for (const QList<qint64> &own : afters)
        flat += own;
    const QList<double> raw = rawSelects(spec, flat, head);
    const QList<double> store = storeEvents(spec, flat.mid(0, 100), false);
    const QList<double> items = storeEvents(spec, flat, true);
    QList<double> cold;
    QList<double> hot;
    if (SqlHubStore::isPostgresSpec(spec)) {
        auto cache = std::make_shared<ItemCache>(qsizetype(4096) * 1024 * 1024);
        cold = storeEvents(spec, flat, true, cache);
        hot = storeEvents(spec, flat, true, cache);
        std::printf("%s: appendFeedItems in-process through an empty item cache, one after the other: p50 %.2f ms, "
                    "p99 %.2f ms; the same pages again, from the cache: p50 %.2f ms, p99 %.2f ms\n",
                    name.constData(), median(cold), percentile(cold, 99), median(hot), percentile(hot, 99));
    }
    std::printf("%s: page %.0f KB; baseline, raw keyset SELECT of the same pages (one after the other): p50 %.2f ms, "
                "p99 %.2f ms; SqlHubStore::events in-process (SELECT + decoding the rows): p50 %.1f ms; "
                "appendFeedItems in-process (the stored items joined): p50 %.2f ms, p99 %.2f ms\n",
                name.constData(), leanBody(answer).size() / 1024.0, median(raw), percentile(raw, 99), median(store),
                median(items), percentile(items, 99));
    std::printf("%s: P7 figure p99 %.1f ms (lean generator; target <= 50 ms): %s; the floor's p99 %.1f ms\n",
                name.constData(), percentile(lean.latenciesMs, 99),
                percentile(lean.latenciesMs, 99) <= 50 ? "met" : "NOT met", percentile(floor.latenciesMs, 99));
    std::fflush(stdout);
    return u"%1_p99_ms=%2 %1_qt_p99_ms=%3 %1_floor_p99_ms=%4 %1_raw_p50_ms=%5 %1_hub_cpu_ms=%6 %1_first_p99_ms=%7"_s
        .arg(SqlHubStore::isPostgresSpec(spec) ? u"pg"_s : u"sqlite"_s)
        .arg(percentile(lean.latenciesMs, 99), 0, 'f', 1)
        .arg(percentile(qt.latenciesMs, 99), 0, 'f', 1)
        .arg(percentile(floor.latenciesMs, 99), 0, 'f', 1)
        .arg(median(raw), 0, 'f', 2)
        .arg(lean.serverCpuSeconds * 1000 / std::max<qsizetype>(1, lean.latenciesMs.size()), 0, 'f', 2)
        .arg(percentile(leanFirst.latenciesMs, 99), 0, 'f', 1);
}

int usage()
{
    std::fputs("usage: bench_events_load [N=50000] [--store SPEC] [--postgres] [--clients C] [--requests R] "
               "[--hub PATH] [--read-threads T] [--floor-threads T] [--generator-threads T] [--limit ITEMS] [--dir DIR] "
               "[--item-cache-mb MB] "
               "[--keep]\n"
               "       bench_events_load --floor-server FILE [--floor-threads T]\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quietLogs();
    QStringList args = QCoreApplication::arguments().mid(1);
    Options options;
    options.hubBinary = QCoreApplication::applicationDirPath() + u"/../hub/rabeg-hub"_s;
    options.dir = QDir::tempPath() + u"/rabeg-bench"_s;
    QString floorFile;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--clients"_s && hasValue)
            options.clients = std::max(1, args.at(++i).toInt());
        else if (arg == u"--requests"_s && hasValue)
            options.requests = std::max(1, args.at(++i).toInt());
        else if (arg == u"--read-threads"_s && hasValue)
            options.readThreads = std::max(0, args.at(++i).toInt());
        else if (arg == u"--limit"_s && hasValue)
            pageItems = std::clamp(args.at(++i).toInt(), 1, 1000);
        else if (arg == u"--generator-threads"_s && hasValue)
            options.generatorThreads = std::max(1, args.at(++i).toInt());
        else if (arg == u"--floor-threads"_s && hasValue)
            options.floorThreads = std::max(1, args.at(++i).toInt());
        else if (arg == u"--floor-server"_s && hasValue)
            floorFile = args.at(++i);
        else if (arg == u"--store"_s && hasValue)
            options.givenStore = args.at(++i);
        else if (arg == u"--item-cache-mb"_s && hasValue)
            options.itemCacheMb = args.at(++i);
        else if (arg == u"--hub"_s && hasValue)
            options.hubBinary = args.at(++i);
        else if (arg == u"--dir"_s && hasValue)
            options.dir = args.at(++i);
        else if (arg == u"--postgres"_s)
            options.postgres = true;
        else if (arg == u"--keep"_s)
            options.keep = true;
        else {
            bool ok = false;
            options.count = arg.toLongLong(&ok);
            if (!ok || options.count <= 0)
                return usage();
        }
    }
    if (!floorFile.isEmpty()) {
        QFile file(floorFile);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "floor: cannot read %s\n", qPrintable(floorFile));
            return 1;
        }
        return runFloorServer(file.readAll(), options.floorThreads);
    }
    QDir().mkpath(options.dir);
    std::printf("P7 GET /api/v1/events, pages of %d, %d concurrent clients x %d requests (distinct random ranges), "
                "rabeg-hub serve on loopback; lean generator on %d threads; %s\n",
                pageItems, options.clients, options.requests, options.generatorThreads, qPrintable(machineLine()));
    std::fflush(stdout);

    QList<std::pair<QString, QString>> runs; // label, store spec
    const QString sqlitePath = options.dir + u"/p7-hub.sqlite"_s;
    if (!options.givenStore.isEmpty()) {
        runs.append({u"SQLite (given store)"_s, options.givenStore});
    } else {
        removeSqliteFiles(sqlitePath);
        const auto imported = buildDemoStore(u"sqlite:"_s + sqlitePath, options.count, 0);
        if (!imported.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().message));
            return 1;
        }
        std::printf("SQLite store            %s complaints, %s events (import %.1f s)%s\n",
                    qPrintable(grouped(imported->complaints)), qPrintable(grouped(imported->events)),
                    imported->importSeconds, options.keep ? qPrintable(u", kept at "_s + sqlitePath) : "");
        runs.append({u"SQLite"_s, u"sqlite:"_s + sqlitePath});
    }
    ThrowawayPostgres cluster;
    if (options.postgres) {
        const auto spec = cluster.start();
        if (!spec.ok()) {
            std::fprintf(stderr, "PostgreSQL: %s; skipped\n", qPrintable(spec.error().message));
        } else {
            const auto imported = buildDemoStore(spec.value(), options.count, 0);
            if (!imported.ok()) {
                std::fprintf(stderr, "PostgreSQL import failed: %s\n", qPrintable(imported.error().message));
            } else {
                std::printf("PostgreSQL store        %s complaints, %s events (import %.1f s)\n",
                            qPrintable(grouped(imported->complaints)), qPrintable(grouped(imported->events)),
                            imported->importSeconds);
                runs.append({u"PostgreSQL 15"_s, spec.value()});
            }
        }
    }
    std::fflush(stdout);

    QStringList results;
    for (const auto &[label, spec] : std::as_const(runs)) {
        const QString result = measure(options, label, spec);
        if (result.isEmpty())
            return 1;
        results.append(result);
    }
    cluster.stop();
    if (options.givenStore.isEmpty() && !options.keep)
        removeSqliteFiles(sqlitePath);
    std::printf("RESULT %s\n", qPrintable(results.join(u' ')));
    return 0;
}
