// bench_sync_bootstrap [N] [--dir DIR] [--snapshot-limit L] [--keep]   (P1, DESIGN.md "Performance targets")
//
// 1. Builds a demo hub store on SQLite: N generated complaints through SqlHubStore::importDemo, in batches of 1000
//    as `rabeg-hub serve --demo` does (the import is timed apart from the generator).
// 2. Serves it with HubApi + HubServer on 127.0.0.1 in a thread of their own.
// 3. A SyncEngine bootstraps a fresh cache from it (login, paged snapshot, pull of what follows): complaints/s.
// 4. Baseline, same run: the very rows the bootstrap wrote (complaints + their events, read back from the new cache)
//    inserted by prepared INSERTs, 10,000 rows per transaction, into a fresh cache made by LocalCache::open: the
//    same schema (v2: indexes, FTS5 and its triggers) and the same pragmas.
// Target: the bootstrap reaches at least 50% of the baseline's rows/s.
#include "BenchCommon.h"

#include "refdata/ReferenceLoader.h"
#include "store/LocalCache.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::bench;

namespace {

constexpr auto kComplaintColumns =
    u"id, tracking_id, external_ref, channel, received_at, title, body, classification, category, service, "
    u"kecamatan, kelurahan, address, anonim, rahasia, state, opd, agency, assignee, duplicate_of, escalated, "
    u"cycle, version, updated_at";
constexpr int kComplaintColumnCount = 24;
constexpr auto kEventColumns = u"complaint_id, version, seq, id, type, at, actor_user, actor_role, json";
constexpr int kEventColumnCount = 9;
constexpr int kRowsPerTransaction = 10'000;

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u","_s);
}

struct BaselineResult
{
    qint64 complaints = 0;
    qint64 events = 0;
    double insertSeconds = 0; // inside the transactions only
    double insertCpuSeconds = 0;
    double wallSeconds = 0;   // with reading the rows back
};

// The same rows, the same schema and pragmas; prepared INSERTs, 10,000 rows per transaction.
Result<BaselineResult> baseline(const QString &sourcePath, const QString &targetPath)
{
    removeSqliteFiles(targetPath);
    BaselineResult result;
    QElapsedTimer wall;
    wall.start();
    LocalCache target;
    if (Status status = target.open(targetPath, u"bench-baseline"_s))
        return *status;
    QSqlDatabase out = target.database();
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-baseline-source"_s);
        source.setDatabaseName(sourcePath);
        source.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!source.open())
            return Error{u"open"_s, source.lastError().text()};
        QSqlQuery complaints(source);
        complaints.setForwardOnly(true);
        QSqlQuery events(source);
        events.setForwardOnly(true);
        if (!complaints.exec(u"SELECT "_s + QStringView(kComplaintColumns) + u" FROM complaints ORDER BY id"_s)
            || !events.exec(u"SELECT "_s + QStringView(kEventColumns) + u" FROM events ORDER BY complaint_id, version"_s))
            return Error{u"read"_s, complaints.lastError().text() + events.lastError().text()};

        QSqlQuery insertComplaint(out);
        QSqlQuery insertEvent(out);
        if (!insertComplaint.prepare(u"INSERT INTO complaints ("_s + QStringView(kComplaintColumns) + u") VALUES ("_s
                                     + placeholders(kComplaintColumnCount) + u")"_s)
            || !insertEvent.prepare(u"INSERT INTO events ("_s + QStringView(kEventColumns) + u") VALUES ("_s
                                    + placeholders(kEventColumnCount) + u")"_s))
            return Error{u"prepare"_s, insertComplaint.lastError().text() + insertEvent.lastError().text()};

        QList<QVariantList> complaintRows;
        QList<QVariantList> eventRows;
        bool eventPending = events.next();
        bool done = false;
        qint64 insertNs = 0;
        double insertCpu = 0;
        QElapsedTimer timer;
        while (!done) {
            complaintRows.clear();
            eventRows.clear();
            // Read (untimed) complaints and their events until 10,000 rows are due.
            while (complaintRows.size() + eventRows.size() < kRowsPerTransaction) {
                if (!complaints.next()) {
                    done = true;
                    break;
                }
                QVariantList row;
                row.reserve(kComplaintColumnCount);
                for (int i = 0; i < kComplaintColumnCount; ++i)
                    row.append(complaints.value(i));
                const QString id = row.constFirst().toString();
                complaintRows.append(row);
                while (eventPending && events.value(0).toString() == id) {
                    QVariantList e;
                    e.reserve(kEventColumnCount);
                    for (int i = 0; i < kEventColumnCount; ++i)
                        e.append(events.value(i));
                    eventRows.append(e);
                    eventPending = events.next();
                }
            }
            if (complaintRows.isEmpty())
                break;
            timer.start();
            const double cpu0 = threadCpuSeconds();
            if (!out.transaction())
                return Error{u"begin"_s, out.lastError().text()};
            // Complaint first, then its events, as a bootstrap page applies them.
            qsizetype nextEvent = 0;
            for (const QVariantList &row : std::as_const(complaintRows)) {
                for (const QVariant &value : row)
                    insertComplaint.addBindValue(value);
                if (!insertComplaint.exec())
                    return Error{u"insert"_s, insertComplaint.lastError().text()};
                const QString id = row.constFirst().toString();
                while (nextEvent < eventRows.size() && eventRows.at(nextEvent).constFirst().toString() == id) {
                    for (const QVariant &value : eventRows.at(nextEvent))
                        insertEvent.addBindValue(value);
                    if (!insertEvent.exec())
                        return Error{u"insert"_s, insertEvent.lastError().text()};
                    ++nextEvent;
                }
            }
            if (!out.commit())
                return Error{u"commit"_s, out.lastError().text()};
            insertNs += timer.nsecsElapsed();
            insertCpu += threadCpuSeconds() - cpu0;
            result.complaints += complaintRows.size();
            result.events += eventRows.size();
        }
        result.insertSeconds = insertNs / 1e9;
        result.insertCpuSeconds = insertCpu;
    }
    QSqlDatabase::removeDatabase(u"bench-baseline-source"_s);
    result.wallSeconds = wall.nsecsElapsed() / 1e9;
    return result;
}

int usage()
{
    std::fputs("usage: bench_sync_bootstrap [N=1000000] [--dir DIR] [--snapshot-limit L] [--keep]\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quietLogs();
    QStringList args = QCoreApplication::arguments().mid(1);
    qint64 count = 1'000'000;
    QString dir = QDir::tempPath() + u"/rabeg-bench"_s;
    int snapshotLimit = SyncSettings{}.snapshotLimit;
    bool keep = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--dir"_s && i + 1 < args.size())
            dir = args.at(++i);
        else if (arg == u"--snapshot-limit"_s && i + 1 < args.size())
            snapshotLimit = args.at(++i).toInt();
        else if (arg == u"--keep"_s)
            keep = true;
        else {
            bool ok = false;
            count = arg.toLongLong(&ok);
            if (!ok || count <= 0)
                return usage();
        }
    }
    QDir().mkpath(dir);
    const QString hubPath = dir + u"/p1-hub.sqlite"_s;
    const QString cachePath = dir + u"/p1-cache.sqlite"_s;
    const QString baselinePath = dir + u"/p1-baseline.sqlite"_s;
    for (const QString &path : {hubPath, cachePath, baselinePath})
        removeSqliteFiles(path);

    std::printf("P1 bootstrap: %s complaints; %s\n", qPrintable(grouped(count)), qPrintable(machineLine()));
    std::fflush(stdout);

    // 1. The hub store.
    const auto imported = buildDemoStore(u"sqlite:"_s + hubPath, count);
    if (!imported.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().message));
        return 1;
    }
    const ImportTiming &im = imported.value();
    std::printf("hub importDemo          %s complaints, %s events: import %.1f s, %.1f s CPU (%.0f complaints/s, "
                "%.0f events/s); generator %.1f s; load average %.1f\n",
                qPrintable(grouped(im.complaints)), qPrintable(grouped(im.events)), im.importSeconds,
                im.importCpuSeconds, im.complaints / im.importSeconds, im.events / im.importSeconds,
                im.generateSeconds, loadAverage());
    std::fflush(stdout);

    // 2. The hub, on loopback, in its own thread.
    const auto reference = loadBuiltinReferenceData();
    if (!reference.ok())
        return 1;
    HubThread hub(u"sqlite:"_s + hubPath, reference.value());
    const auto port = hub.start();
    if (!port.ok()) {
        std::fprintf(stderr, "hub failed: %s\n", qPrintable(port.error().message));
        return 1;
    }

    // 3. The bootstrap.
    SyncSettings settings;
    settings.hub = QUrl(u"http://127.0.0.1:%1"_s.arg(port.value()));
    settings.user = kBenchUser;
    settings.password = QString::fromLatin1(kBenchPassword);
    settings.cachePath = cachePath;
    settings.workstation = u"BENCH-01"_s;
    settings.snapshotLimit = snapshotLimit;
    settings.timeoutMs = 600'000;
    qint64 cachedComplaints = 0;
    qint64 cachedEvents = 0;
    double syncSeconds = 0;
    double hubCpu = 0;
    double clientCpu = 0;
    double processCpu = 0;
    {
        SyncEngine engine(settings);
        if (Status status = engine.open(u"bench-cache"_s)) {
            std::fprintf(stderr, "cache: %s\n", qPrintable(status->message));
            return 1;
        }
        const double processCpu0 = processCpuSeconds();
        const double hubCpu0 = hub.cpuSeconds();
        const double clientCpu0 = threadCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        if (Status status = engine.syncOnce()) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(status->message));
            return 1;
        }
        syncSeconds = timer.nsecsElapsed() / 1e9;
        hubCpu = hub.cpuSeconds() - hubCpu0;
        clientCpu = threadCpuSeconds() - clientCpu0;
        processCpu = processCpuSeconds() - processCpu0;
        cachedComplaints = scalar(engine.cache().database(), u"SELECT COUNT(*) FROM complaints"_s);
        cachedEvents = scalar(engine.cache().database(), u"SELECT COUNT(*) FROM events"_s);
    }
    hub.stop();
    if (cachedComplaints != im.complaints || cachedEvents != im.events) {
        std::fprintf(stderr, "the bootstrap is incomplete: %lld complaints, %lld events in the cache\n",
                     cachedComplaints, cachedEvents);
        return 1;
    }
    const qint64 rows = cachedComplaints + cachedEvents;
    std::printf("bootstrap               %.1f s: %.0f complaints/s, %.0f rows/s (snapshot pages of %d; CPU: hub thread "
                "%.1f s, client thread %.1f s, whole process %.1f s; load average %.1f)\n",
                syncSeconds, cachedComplaints / syncSeconds, rows / syncSeconds, snapshotLimit, hubCpu, clientCpu,
                processCpu, loadAverage());
    std::fflush(stdout);

    // 4. The baseline.
    const auto base = baseline(cachePath, baselinePath);
    if (!base.ok()) {
        std::fprintf(stderr, "baseline failed: %s\n", qPrintable(base.error().message));
        return 1;
    }
    const qint64 baseRows = base->complaints + base->events;
    std::printf("baseline: INSERTs       %.1f s, %.1f s CPU: %.0f complaints/s, %.0f rows/s (10,000 rows per "
                "transaction, same schema v2 with FTS triggers and pragmas; reading the rows back took %.1f s more, "
                "untimed; load average %.1f)\n",
                base->insertSeconds, base->insertCpuSeconds, base->complaints / base->insertSeconds,
                baseRows / base->insertSeconds, base->wallSeconds - base->insertSeconds, loadAverage());
    const double ratio = (rows / syncSeconds) / (baseRows / base->insertSeconds);
    const double cpuRatio = base->insertCpuSeconds / processCpu;
    std::printf("P1 figure               %.0f complaints/s = %.0f%% of the baseline's rows/s (target >= 50%%): %s; "
                "by CPU time (all threads of the bootstrap against the baseline's): %.0f%%\n",
                cachedComplaints / syncSeconds, ratio * 100, ratio >= 0.5 ? "met" : "NOT met", cpuRatio * 100);
    std::printf("RESULT p1_complaints=%lld p1_events=%lld import_s=%.2f import_cps=%.0f bootstrap_s=%.2f "
                "bootstrap_cps=%.0f bootstrap_rps=%.0f baseline_s=%.2f baseline_rps=%.0f ratio=%.3f hub_cpu_s=%.1f "
                "client_cpu_s=%.1f process_cpu_s=%.1f baseline_cpu_s=%.1f cpu_ratio=%.3f\n",
                cachedComplaints, cachedEvents, im.importSeconds, im.complaints / im.importSeconds, syncSeconds,
                cachedComplaints / syncSeconds, rows / syncSeconds, base->insertSeconds, baseRows / base->insertSeconds,
                ratio, hubCpu, clientCpu, processCpu, base->insertCpuSeconds, cpuRatio);
    if (!keep) {
        for (const QString &path : {hubPath, cachePath, baselinePath})
            removeSqliteFiles(path);
    }
    return 0;
}
