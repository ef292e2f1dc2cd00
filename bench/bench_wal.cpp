// bench_wal [N=50000] [--store sqlite:PATH] [--seconds S=600] [--readers R=50] [--hub PATH]
//                                                          (P8, DESIGN.md "Performance targets": WAL size bounded)
//
// `rabeg-hub serve` (a separate process, its read pool and scheduler as deployed) over a SQLite demo store: made
// here with N complaints, or the one given (bench/run.sh passes a copy of P1's store; it must hold the benchmark's
// account, BenchCommon.h). For S seconds, R readers on loopback each page GET /api/v1/events?after=X&limit=500 for
// random X, the next request as soon as the last answer is in, while one writer takes intakes through
// POST /api/v1/complaints back to back (each an append: events, projection, schedule). The store's -wal file is
// sampled every 250 ms. Printed: its largest and last size, and the size each minute; reads and writes per second.
// Target: bounded below 64 MB for the whole run. No baseline: SQLite's own limit is the figure (its automatic
// checkpoint at 1,000 pages can only restart the log when no reader still needs its start).
#include "BenchCommon.h"
#include "BenchProcesses.h"
#include "BenchStats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::bench;

namespace {

struct Options
{
    qint64 count = 50'000;
    QString spec;
    int seconds = 600;
    int readers = 50;
    QString hub = QStringLiteral(RABEG_HUB_BINARY);
};

std::optional<Options> parse(const QStringList &args)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool more = i + 1 < args.size();
        if (a == u"--store"_s && more)
            o.spec = args.at(++i);
        else if (a == u"--seconds"_s && more)
            o.seconds = args.at(++i).toInt();
        else if (a == u"--readers"_s && more)
            o.readers = args.at(++i).toInt();
        else if (a == u"--hub"_s && more)
            o.hub = args.at(++i);
        else if (!a.startsWith(u"--"_s) && a.toLongLong() > 0)
            o.count = a.toLongLong();
        else
            return std::nullopt;
    }
    if (o.seconds <= 0 || o.readers <= 0 || (!o.spec.isEmpty() && !o.spec.startsWith(u"sqlite:"_s)))
        return std::nullopt;
    return o;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

qint64 headSeq(const QString &path)
{
    qint64 head = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-wal-head"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT max(seq) FROM events"_s) && q.next())
                head = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"bench-wal-head"_s);
    return head;
}

QJsonObject intake(int n)
{
    return {{u"complaint_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"channel"_s, u"walk_in"_s},
            {u"title"_s, u"Lampu jalan mati %1"_s.arg(n)},
            {u"body"_s, u"Lampu PJU di depan masjid mati sejak seminggu (%1)."_s.arg(n)},
            {u"service"_s, u"pju"_s},
            {u"kecamatan"_s, u"SERANG"_s}};
}

// The load: R readers and one writer, each its own connection, all in this thread's event loop.
class Load final : public QObject
{
public:
    Load(QUrl hub, QByteArray token, qint64 head, int readers)
        : m_hub(std::move(hub)), m_token(std::move(token)), m_head(head)
    {
        for (int i = 0; i < readers; ++i)
            m_readers.push_back(new QNetworkAccessManager(this));
        m_writer = new QNetworkAccessManager(this);
    }

    void start()
    {
        for (QNetworkAccessManager *reader : m_readers)
            read(reader);
        write();
    }
    void stop() { m_stopped = true; }
    qint64 reads() const { return m_reads; }
    qint64 writes() const { return m_writes; }
    qint64 failures() const { return m_failures; }
    QString firstFailure() const { return m_firstFailure; }

private:
    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest r(m_hub.resolved(QUrl(path)));
        r.setRawHeader("Authorization", "Bearer " + m_token);
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return r;
    }
    void done(QNetworkReply *reply, qint64 &count)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->readAll();
        if (reply->error() == QNetworkReply::NoError && status / 100 == 2) {
            ++count;
        } else {
            if (m_firstFailure.isEmpty())
                m_firstFailure = u"HTTP %1: %2"_s.arg(status).arg(reply->errorString());
            ++m_failures;
        }
        reply->deleteLater();
    }
    void read(QNetworkAccessManager *reader)
    {
        if (m_stopped)
            return;
        const qint64 after = QRandomGenerator::global()->bounded(std::max<qint64>(1, m_head));
        QNetworkReply *reply = reader->get(request(u"/api/v1/events?after=%1&limit=500"_s.arg(after)));
        connect(reply, &QNetworkReply::finished, this, [this, reader, reply] {
            done(reply, m_reads);
            read(reader);
        });
    }
    void write()
    {
        if (m_stopped)
            return;
        QNetworkReply *reply = m_writer->post(request(u"/api/v1/complaints"_s),
                                              QJsonDocument(intake(int(m_writes))).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            done(reply, m_writes);
            write();
        });
    }

    QUrl m_hub;
    QByteArray m_token;
    qint64 m_head;
    std::vector<QNetworkAccessManager *> m_readers;
    QNetworkAccessManager *m_writer = nullptr;
    bool m_stopped = false;
    qint64 m_reads = 0;
    qint64 m_writes = 0;
    qint64 m_failures = 0;
    QString m_firstFailure;
};

Result<QByteArray> login(const QUrl &hub)
{
    QNetworkAccessManager manager;
    QNetworkRequest r(hub.resolved(QUrl(u"/api/v1/session"_s)));
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QJsonObject body{{u"username"_s, kBenchUser}, {u"password"_s, QString::fromLatin1(kBenchPassword)}};
    QNetworkReply *reply = manager.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray token = QJsonDocument::fromJson(reply->readAll()).object().value(u"token"_s).toString().toLatin1();
    reply->deleteLater();
    if (token.isEmpty())
        return Error{u"login"_s, u"the hub refused the benchmark's account: "_s + reply->errorString()};
    return token;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto options = parse(app.arguments().mid(1));
    if (!options) {
        std::fputs("usage: bench_wal [N=50000] [--store sqlite:PATH] [--seconds S] [--readers R] [--hub PATH]\n",
                   stderr);
        return 2;
    }
    quietLogs();
    QString spec = options->spec;
    if (spec.isEmpty()) {
        const QString path = QDir::temp().filePath(u"rabeg-bench-wal.sqlite"_s);
        removeSqliteFiles(path);
        spec = u"sqlite:"_s + path;
        std::printf("building a demo store of %s complaints at %s\n", qPrintable(grouped(options->count)),
                    qPrintable(path));
        std::fflush(stdout);
        if (const auto built = buildDemoStore(spec, options->count, 0); !built.ok()) {
            std::fprintf(stderr, "bench_wal: %s\n", qPrintable(built.error().message));
            return 1;
        }
    }
    const QString path = spec.mid(7);
    const QString wal = path + u"-wal"_s;
    const qint64 head = headSeq(path);
    if (head <= 0) {
        std::fprintf(stderr, "bench_wal: %s holds no event\n", qPrintable(path));
        return 1;
    }

    ServerProcess hub;
    const auto url = hub.startHub(options->hub, spec);
    if (!url.ok()) {
        std::fprintf(stderr, "bench_wal: %s\n", qPrintable(url.error().message));
        return 1;
    }
    const auto token = login(url.value());
    if (!token.ok()) {
        std::fprintf(stderr, "bench_wal: %s\n", qPrintable(token.error().message));
        return 1;
    }
    std::printf("bench_wal: %s (head seq %lld), %d readers and a writer for %d s; %s; load %.2f\n", qPrintable(spec),
                static_cast<long long>(head), options->readers, options->seconds, qPrintable(machineLine()),
                loadAverage());
    std::fflush(stdout);

    Load load(url.value(), token.value(), head, options->readers);
    qint64 largest = fileSize(wal);
    QList<double> samples;
    QElapsedTimer clock;
    clock.start();
    QTimer sampler;
    int minute = 0;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        const qint64 size = fileSize(wal);
        largest = std::max(largest, size);
        samples << double(size);
        if (clock.elapsed() >= (minute + 1) * 60'000LL) {
            ++minute;
            std::printf("   minute %d: WAL %.1f MB (largest so far %.1f MB); %lld reads, %lld writes, load %.2f\n",
                        minute, size / 1e6, largest / 1e6, static_cast<long long>(load.reads()),
                        static_cast<long long>(load.writes()), loadAverage());
            std::fflush(stdout);
        }
        if (clock.elapsed() >= options->seconds * 1000LL) {
            load.stop();
            QTimer::singleShot(2000, &app, &QCoreApplication::quit); // the requests in flight come back
        }
    });
    sampler.start(250);
    load.start();
    app.exec();
    const double seconds = clock.elapsed() / 1000.0;
    const qint64 last = fileSize(wal);
    hub.stop();
    if (load.failures() > 0)
        std::printf("   %lld requests failed; the first: %s\n", static_cast<long long>(load.failures()),
                    qPrintable(load.firstFailure()));
    std::printf("WAL: largest %.1f MB, p99 of the samples %.1f MB, at the end %.1f MB; %.0f reads/s, %.1f writes/s "
                "over %.0f s (target: below 64 MB throughout: %s)\n",
                largest / 1e6, percentileOf(samples, 99) / 1e6, last / 1e6, load.reads() / seconds,
                load.writes() / seconds, seconds, largest < 64'000'000 ? "met" : "NOT met");
    std::printf("RESULT p8 wal_max_mb=%.1f wal_p99_mb=%.1f wal_end_mb=%.1f reads_per_s=%.0f writes_per_s=%.1f "
                "seconds=%.0f failures=%lld load=%.2f\n",
                largest / 1e6, percentileOf(samples, 99) / 1e6, last / 1e6, load.reads() / seconds,
                load.writes() / seconds, seconds, static_cast<long long>(load.failures()), loadAverage());
    return load.failures() > 0 && load.reads() == 0 ? 1 : 0;
}
