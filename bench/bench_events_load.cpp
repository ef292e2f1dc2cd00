// bench_events_load [N=50000] [--store SPEC] [--postgres] [--clients C=50] [--requests R=20] [--hub PATH]
//                                                                                (P7, DESIGN.md "Performance targets")
//
// `rabeg-hub serve` (a separate process) over a demo store of N complaints on SQLite (and, with --postgres, on a
// throwaway PostgreSQL 15 cluster made under /tmp with initdb/pg_ctl as the postgres user, stopped and removed
// afterwards). C clients on loopback, each with its own QNetworkAccessManager (one connection, kept alive) and its
// own session, each asking R times GET /api/v1/events?after=X&limit=500 for random X, the next request as soon as
// the previous answer is in (closed loop): p50 / p99 / max latency and throughput.
// Baseline, same run: the raw keyset SELECT of the same pages (SqlHubStore::events' query: seq > X ORDER BY seq
// LIMIT 500, every column read) timed directly against the store, one page after the other.
// Target: p99 <= 50 ms. Note: rabeg-hub serves HTTP on one thread in this version (Qt HttpServer 6.4, handlers
// synchronous), so C concurrent requests queue behind each other.
#include "BenchCommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::bench;

namespace {

constexpr int kPageItems = 500;

struct LoadResult
{
    QList<double> latenciesMs;
    double wallSeconds = 0;
    qint64 items = 0;
    qint64 bytes = 0;
    int errors = 0;
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
        url.setQuery(u"after=%1&limit=%2"_s.arg(m_afters.at(m_next++)).arg(kPageItems));
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
                m_result.items += kPageItems;
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

// Runs `clients` clients of `requests` requests each; waits until all are done.
LoadResult runLoad(const QUrl &base, int clients, int requests, qint64 head)
{
    LoadResult result;
    std::vector<std::unique_ptr<Client>> all;
    int pending = 0;
    QEventLoop loop;
    const auto done = [&] {
        if (--pending == 0)
            loop.quit();
    };
    QRandomGenerator random(20261130);
    for (int c = 0; c < clients; ++c) {
        QList<qint64> afters;
        for (int r = 0; r < requests; ++r)
            afters.append(random.bounded(std::max<qint64>(1, head - kPageItems)));
        all.push_back(std::make_unique<Client>(base, afters, result, done));
    }
    pending = clients;
    for (auto &client : all)
        client->login();
    loop.exec();
    // Warm-up: every client's requests once, not recorded (connections open, the store's pages come into memory).
    pending = clients;
    for (auto &client : all)
        client->run(false);
    loop.exec();
    QElapsedTimer wall;
    wall.start();
    pending = clients;
    for (auto &client : all)
        client->run(true);
    loop.exec();
    result.wallSeconds = wall.nsecsElapsed() / 1e9;
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
            q.addBindValue(kPageItems);
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

// SqlHubStore::events itself (the SELECT and decoding every row into events and states), in this process: what the
// hub spends in its store before it encodes the answer.
QList<double> storeEvents(const QString &spec, const QList<qint64> &afters)
{
    QList<double> ms;
    auto opened = SqlHubStore::open(spec, StoreKind::Demo, u"bench-p7-store"_s);
    if (!opened.ok())
        return ms;
    const Actor reader{kBenchUser, Role::Operator, {}};
    for (qint64 after : afters) {
        QElapsedTimer timer;
        timer.start();
        const auto page = opened.value()->events(after, kPageItems, reader);
        if (!page.ok())
            return {};
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    return ms;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A throwaway PostgreSQL cluster under /tmp, owned by the postgres user; stopped and removed by stop().
class ThrowawayPostgres
{
public:
    ~ThrowawayPostgres() { stop(); }

    Result<QString> start()
    {
        m_dir = QDir::tempPath() + u"/rabeg-bench-pg"_s;
        QDir(m_dir).removeRecursively();
        QDir().mkpath(m_dir);
        m_port = freePort();
        const QString bin = u"/usr/lib/postgresql/15/bin/"_s;
        if (!run(u"chown"_s, {u"postgres:postgres"_s, m_dir}))
            return Error{u"pg"_s, u"cannot hand "_s + m_dir + u" to the postgres user"_s};
        if (!asPostgres(bin + u"initdb"_s, {u"-D"_s, m_dir + u"/data"_s, u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s,
                                            u"--no-sync"_s, u"-E"_s, u"UTF8"_s}))
            return Error{u"pg"_s, u"initdb failed"_s};
        if (!asPostgres(bin + u"pg_ctl"_s,
                        {u"-D"_s, m_dir + u"/data"_s, u"-l"_s, m_dir + u"/log"_s, u"-w"_s, u"-o"_s,
                         u"-p %1 -k %2 -c listen_addresses=127.0.0.1"_s.arg(m_port).arg(m_dir), u"start"_s}))
            return Error{u"pg"_s, u"pg_ctl start failed (see "_s + m_dir + u"/log)"_s};
        m_running = true;
        if (!asPostgres(u"psql"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s,
                                    u"-c"_s, u"CREATE DATABASE rabeg_bench"_s}))
            return Error{u"pg"_s, u"CREATE DATABASE failed"_s};
        return u"postgresql://postgres@127.0.0.1:%1/rabeg_bench"_s.arg(m_port);
    }

    void stop()
    {
        if (m_running) {
            asPostgres(u"/usr/lib/postgresql/15/bin/pg_ctl"_s,
                       {u"-D"_s, m_dir + u"/data"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
            m_running = false;
        }
        if (!m_dir.isEmpty())
            QDir(m_dir).removeRecursively();
        m_dir.clear();
    }

private:
    static bool run(const QString &program, const QStringList &args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(program, args);
        return process.waitForFinished(300'000) && process.exitStatus() == QProcess::NormalExit
               && process.exitCode() == 0;
    }
    static bool asPostgres(const QString &program, const QStringList &args)
    {
        return run(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    }

    QString m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};

// rabeg-hub serve over `spec`, on a free port; the URL once it listens.
class HubProcess
{
public:
    ~HubProcess() { stop(); }

    Result<QUrl> start(const QString &binary, const QString &spec)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setProgram(binary);
        // No deadline scheduler: its first pass would escalate the demo's overdue complaints (and rebuild the
        // schedule of a store imported without it) before the hub listens, and later passes would share the CPU.
        QStringList args{u"serve"_s, u"--store"_s, spec, u"--listen"_s, u"127.0.0.1:0"_s, u"--scheduler-interval"_s, u"0"_s};
        if (SqlHubStore::isPostgresSpec(spec)) // a SQLite demo store has its key beside it
            args += QStringList{u"--identity-key"_s, benchIdentityKeyFile()};
        m_process.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"rabeg.*.debug=false"_s);
        m_process.setProcessEnvironment(env);
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            return Error{u"hub"_s, u"cannot start "_s + binary};
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120'000) {
            m_process.waitForReadyRead(1000);
            out += m_process.readAllStandardOutput();
            const qsizetype at = out.indexOf("listening on http://");
            if (at >= 0 && out.indexOf(' ', at + 20) > 0) {
                const qsizetype end = out.indexOf(' ', at + 20);
                return QUrl(QString::fromLatin1(out.mid(at + 13, end - at - 13)));
            }
            if (m_process.state() != QProcess::Running)
                break;
        }
        return Error{u"hub"_s, u"rabeg-hub did not start listening: "_s + QString::fromLocal8Bit(out)
                                   + QString::fromLocal8Bit(m_process.readAllStandardError())};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }

    double cpuSeconds() const
    {
        QFile stat(u"/proc/%1/stat"_s.arg(m_process.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = stat.readAll().split(' ');
        if (fields.size() < 15)
            return 0;
        return (fields.at(13).toDouble() + fields.at(14).toDouble()) / double(sysconf(_SC_CLK_TCK));
    }

private:
    QProcess m_process;
};

void report(const char *label, const LoadResult &load, const QList<double> &raw, const QList<double> &store,
            int clients)
{
    const qsizetype n = load.latenciesMs.size();
    std::printf("%s: %d clients, %lld requests of %d items: p50 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f requests/s, "
                "%.0f items/s, %.1f MB/s; errors %d\n",
                label, clients, qint64(n), kPageItems, median(load.latenciesMs), percentile(load.latenciesMs, 99),
                percentile(load.latenciesMs, 100), n / load.wallSeconds, load.items / load.wallSeconds,
                load.bytes / load.wallSeconds / 1e6, load.errors);
    std::printf("%s: baseline, raw keyset SELECT of the same pages (one after the other): p50 %.2f ms, p99 %.2f ms\n",
                label, median(raw), percentile(raw, 99));
    std::printf("%s: for reference, SqlHubStore::events of the same pages in-process (SELECT + decoding the rows): "
                "p50 %.1f ms, p99 %.1f ms\n",
                label, median(store), percentile(store, 99));
}

struct StoreRun
{
    QString label;
    QString spec;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quietLogs();
    QStringList args = QCoreApplication::arguments().mid(1);
    qint64 count = 50'000;
    int clients = 50;
    int requests = 20;
    bool postgres = false;
    QString givenStore;
    QString hubBinary = QCoreApplication::applicationDirPath() + u"/../hub/rabeg-hub"_s;
    QString dir = QDir::tempPath() + u"/rabeg-bench"_s;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--clients"_s && i + 1 < args.size())
            clients = std::max(1, args.at(++i).toInt());
        else if (arg == u"--requests"_s && i + 1 < args.size())
            requests = std::max(1, args.at(++i).toInt());
        else if (arg == u"--store"_s && i + 1 < args.size())
            givenStore = args.at(++i);
        else if (arg == u"--hub"_s && i + 1 < args.size())
            hubBinary = args.at(++i);
        else if (arg == u"--dir"_s && i + 1 < args.size())
            dir = args.at(++i);
        else if (arg == u"--postgres"_s)
            postgres = true;
        else {
            bool ok = false;
            count = arg.toLongLong(&ok);
            if (!ok || count <= 0) {
                std::fputs("usage: bench_events_load [N=50000] [--store SPEC] [--postgres] [--clients C] "
                           "[--requests R] [--hub PATH] [--dir DIR]\n",
                           stderr);
                return 2;
            }
        }
    }
    QDir().mkpath(dir);
    std::printf("P7 GET /api/v1/events, pages of %d, %d concurrent clients x %d requests, rabeg-hub serve on loopback; "
                "%s\n",
                kPageItems, clients, requests, qPrintable(machineLine()));
    std::fflush(stdout);

    QList<StoreRun> runs;
    const QString sqlitePath = dir + u"/p7-hub.sqlite"_s;
    if (!givenStore.isEmpty()) {
        runs.append({u"SQLite (given store)"_s, givenStore});
    } else {
        removeSqliteFiles(sqlitePath);
        const auto imported = buildDemoStore(u"sqlite:"_s + sqlitePath, count, 0);
        if (!imported.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().message));
            return 1;
        }
        std::printf("SQLite store            %s complaints, %s events (import %.1f s)\n",
                    qPrintable(grouped(imported->complaints)), qPrintable(grouped(imported->events)),
                    imported->importSeconds);
        runs.append({u"SQLite"_s, u"sqlite:"_s + sqlitePath});
    }
    ThrowawayPostgres cluster;
    if (postgres) {
        const auto spec = cluster.start();
        if (!spec.ok()) {
            std::fprintf(stderr, "PostgreSQL: %s; skipped\n", qPrintable(spec.error().message));
        } else {
            const auto imported = buildDemoStore(spec.value(), count, 0);
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
    for (const StoreRun &run : std::as_const(runs)) {
        qint64 head = 0;
        {
            auto store = SqlHubStore::open(run.spec, StoreKind::Demo, u"bench-p7-head"_s);
            if (!store.ok()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(run.label), qPrintable(store.error().message));
                return 1;
            }
            head = store.value()->head().value_or(0);
        }
        HubProcess hub;
        const auto url = hub.start(hubBinary, run.spec);
        if (!url.ok()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(run.label), qPrintable(url.error().message));
            return 1;
        }
        const double cpu0 = hub.cpuSeconds();
        const LoadResult single = runLoad(url.value(), 1, std::max(requests, 50), head);
        const double cpu1 = hub.cpuSeconds();
        const LoadResult load = runLoad(url.value(), clients, requests, head);
        const double cpu2 = hub.cpuSeconds();
        hub.stop();

        QList<qint64> afters;
        QRandomGenerator random(20261130);
        for (int r = 0; r < clients * requests; ++r)
            afters.append(random.bounded(std::max<qint64>(1, head - kPageItems)));
        const QList<double> raw = rawSelects(run.spec, afters, head);
        const QList<double> store = storeEvents(run.spec, afters.mid(0, 100));

        const QByteArray label = run.label.toUtf8();
        std::printf("%s: 1 client, %lld requests: p50 %.1f ms, p99 %.1f ms (hub CPU %.1f ms per request)\n",
                    label.constData(), qint64(single.latenciesMs.size()), median(single.latenciesMs),
                    percentile(single.latenciesMs, 99),
                    (cpu1 - cpu0) * 1000 / std::max<qsizetype>(1, 2 * single.latenciesMs.size()));
        report(label.constData(), load, raw, store, clients);
        std::printf("%s: hub CPU %.1f ms per request under load; P7 figure p99 %.1f ms (target <= 50 ms): %s\n",
                    label.constData(), (cpu2 - cpu1) * 1000 / std::max<qsizetype>(1, 2 * load.latenciesMs.size()),
                    percentile(load.latenciesMs, 99), percentile(load.latenciesMs, 99) <= 50 ? "met" : "NOT met");
        results.append(u"%1_p50_ms=%2 %1_p99_ms=%3 %1_raw_p50_ms=%4 %1_raw_p99_ms=%5 %1_single_p50_ms=%6 %1_rps=%7"_s
                           .arg(run.spec.startsWith(u"sqlite"_s) ? u"sqlite"_s : u"pg"_s)
                           .arg(median(load.latenciesMs), 0, 'f', 1)
                           .arg(percentile(load.latenciesMs, 99), 0, 'f', 1)
                           .arg(median(raw), 0, 'f', 2)
                           .arg(percentile(raw, 99), 0, 'f', 2)
                           .arg(median(single.latenciesMs), 0, 'f', 1)
                           .arg(load.latenciesMs.size() / load.wallSeconds, 0, 'f', 1));
        std::fflush(stdout);
    }
    cluster.stop();
    if (givenStore.isEmpty())
        removeSqliteFiles(sqlitePath);
    std::printf("RESULT %s\n", qPrintable(results.join(u' ')));
    return 0;
}
