// bench_sync_bootstrap [N] [--dir DIR] [--snapshot-limit L] [--keep] [--reuse-hub] [--core-baseline]
//                                                                      (P1, DESIGN.md "Performance targets")
//
// 1. Builds a demo hub store on SQLite: N generated complaints through SqlHubStore::importDemo, in batches of 1000
//    as `rabeg-hub serve --demo` does (the import is timed apart from the generator). With --reuse-hub the store a
//    run with --keep left in DIR is served again instead.
// 2. Serves it with HubApi + HubServer on 127.0.0.1 in a thread of their own.
// 3. A SyncEngine bootstraps a fresh cache from it (login, paged snapshot, pull of what follows): complaints/s.
// 4. Baseline, same run: the very rows the bootstrap wrote, read back from the new cache, inserted by prepared
//    INSERTs, 10,000 rows per transaction, into a fresh cache made by LocalCache::open: the same schema (indexes,
//    the full-text index's and the dashboard's triggers) and the same pragmas. Since schema 6 a sync writes facts
//    derived per complaint beside its state and events (clock cycles, SOP progress, the weekly report's facts), so
//    the baseline inserts those rows too, and both sides count every row of those tables; --core-baseline also
//    times the older baseline of complaints and events alone.
// Target: the bootstrap reaches at least 50% of the baseline's rows/s.
#include "BenchCommon.h"

#include "refdata/ReferenceLoader.h"
#include "store/LocalCache.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::bench;

namespace {

constexpr int kRowsPerTransaction = 10'000;

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u","_s);
}

// The tables a sync writes rows into itself, in the order it writes a complaint's rows: complaints first, events,
// then every table of facts derived per complaint (clock cycles, SOP progress, the weekly report's facts; whatever
// a later schema adds: any table with a complaint_id column). Tables that triggers fill (the full-text index, the
// dashboard's) are left out: the baseline's INSERTs fire the same triggers. The outbox is no sync's.
struct CopiedTable
{
    QString name;
    QStringList columns; // list_key is left out: a trigger sets it, for the sync's rows and the baseline's alike
    int keyColumn = 0;   // the complaint's id
};

QList<CopiedTable> syncedTables(const QSqlDatabase &db, bool coreOnly)
{
    QSqlQuery q(db);
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
           u" AND name NOT LIKE 'complaints_fts%' ORDER BY name"_s);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QString triggers;
    q.exec(u"SELECT group_concat(sql, ' ') FROM sqlite_master WHERE type = 'trigger'"_s);
    if (q.next())
        triggers = q.value(0).toString();
    QList<CopiedTable> tables;
    for (const QString &name : std::as_const(names)) {
        if (name == u"outbox"_s || triggers.contains(u"INTO "_s + name + u' ')
            || triggers.contains(u"INTO "_s + name + u'('))
            continue;
        CopiedTable table{name, {}, -1};
        QSqlQuery info(db);
        info.exec(u"PRAGMA table_info("_s + name + u')');
        while (info.next()) {
            const QString column = info.value(1).toString();
            if (column == u"list_key"_s)
                continue;
            if (column == (name == u"complaints"_s ? u"id"_s : u"complaint_id"_s))
                table.keyColumn = int(table.columns.size());
            table.columns.append(column);
        }
        const bool core = name == u"complaints"_s || name == u"events"_s;
        if (table.keyColumn >= 0 && (core || !coreOnly))
            tables.append(table);
    }
    // complaints, events, then the derived tables by name
    std::stable_sort(tables.begin(), tables.end(), [](const CopiedTable &a, const CopiedTable &b) {
        const auto rank = [](const QString &n) { return n == u"complaints"_s ? 0 : n == u"events"_s ? 1 : 2; };
        return rank(a.name) < rank(b.name);
    });
    return tables;
}

struct BaselineResult
{
    qint64 complaints = 0;
    qint64 events = 0;
    qint64 rows = 0;        // every row inserted, derived tables included
    double insertSeconds = 0; // inside the transactions only
    double insertCpuSeconds = 0;
    double wallSeconds = 0;   // with reading the rows back
    QStringList tables;
};

// The same rows, the same schema and pragmas; prepared INSERTs, 10,000 rows per transaction, each complaint's row
// followed by its events and derived rows as a bootstrap page writes them.
Result<BaselineResult> baseline(const QString &sourcePath, const QString &targetPath, bool coreOnly)
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
        const QList<CopiedTable> tables = syncedTables(source, coreOnly);
        if (tables.size() < 2 || tables.at(0).name != u"complaints"_s || tables.at(1).name != u"events"_s)
            return Error{u"schema"_s, u"no complaints or events table"_s};
        struct Stream
        {
            const CopiedTable *table;
            std::unique_ptr<QSqlQuery> read;
            std::unique_ptr<QSqlQuery> insert;
            bool pending = false;
        };
        std::vector<Stream> streams;
        for (const CopiedTable &table : tables) {
            Stream stream{&table, std::make_unique<QSqlQuery>(source), std::make_unique<QSqlQuery>(out)};
            stream.read->setForwardOnly(true);
            const QString columns = table.columns.join(u", "_s);
            if (!stream.read->exec(u"SELECT "_s + columns + u" FROM "_s + table.name + u" ORDER BY "_s
                                   + table.columns.at(table.keyColumn)))
                return Error{u"read"_s, stream.read->lastError().text()};
            if (!stream.insert->prepare(u"INSERT INTO "_s + table.name + u" ("_s + columns + u") VALUES ("_s
                                        + placeholders(table.columns.size()) + u")"_s))
                return Error{u"prepare"_s, stream.insert->lastError().text()};
            stream.pending = stream.read->next();
            result.tables.append(table.name);
            streams.push_back(std::move(stream));
        }

        // One complaint's rows, table by table (stream index, values).
        QList<std::pair<int, QVariantList>> batch;
        bool done = false;
        qint64 insertNs = 0;
        double insertCpu = 0;
        QElapsedTimer timer;
        while (!done) {
            batch.clear();
            qint64 complaints = 0;
            qint64 events = 0;
            // Read (untimed) complaints and their rows until 10,000 rows are due.
            while (batch.size() < kRowsPerTransaction) {
                Stream &first = streams.front();
                if (!first.pending) {
                    done = true;
                    break;
                }
                const QString id = first.read->value(first.table->keyColumn).toString();
                for (int s = 0; s < int(streams.size()); ++s) {
                    Stream &stream = streams.at(s);
                    while (stream.pending && stream.read->value(stream.table->keyColumn).toString() <= id) {
                        QVariantList row;
                        row.reserve(stream.table->columns.size());
                        for (int i = 0; i < stream.table->columns.size(); ++i)
                            row.append(stream.read->value(i));
                        batch.append({s, row});
                        complaints += s == 0;
                        events += s == 1;
                        stream.pending = stream.read->next();
                        if (s == 0)
                            break; // one complaint at a time
                    }
                }
            }
            if (batch.isEmpty())
                break;
            timer.start();
            const double cpu0 = threadCpuSeconds();
            if (!out.transaction())
                return Error{u"begin"_s, out.lastError().text()};
            for (const auto &[s, row] : std::as_const(batch)) {
                QSqlQuery &insert = *streams.at(s).insert;
                for (int i = 0; i < row.size(); ++i)
                    insert.bindValue(i, row.at(i));
                if (!insert.exec())
                    return Error{u"insert"_s, streams.at(s).table->name + u": "_s + insert.lastError().text()};
            }
            if (!out.commit())
                return Error{u"commit"_s, out.lastError().text()};
            insertNs += timer.nsecsElapsed();
            insertCpu += threadCpuSeconds() - cpu0;
            result.complaints += complaints;
            result.events += events;
            result.rows += batch.size();
        }
        result.insertSeconds = insertNs / 1e9;
        result.insertCpuSeconds = insertCpu;
        streams.clear();
    }
    QSqlDatabase::removeDatabase(u"bench-baseline-source"_s);
    result.wallSeconds = wall.nsecsElapsed() / 1e9;
    return result;
}

int usage()
{
    std::fputs("usage: bench_sync_bootstrap [N=1000000] [--dir DIR] [--snapshot-limit L] [--keep] [--reuse-hub]"
               " [--core-baseline]\n",
               stderr);
    return 2;
}

QString perTable(const QSqlDatabase &db, const QStringList &tables, qint64 &total)
{
    QStringList parts;
    total = 0;
    for (const QString &table : tables) {
        const qint64 n = scalar(db, u"SELECT COUNT(*) FROM "_s + table);
        total += n;
        parts.append(table + u' ' + grouped(n));
    }
    return parts.join(u", "_s);
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
    bool reuseHub = false;
    bool coreBaseline = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--dir"_s && i + 1 < args.size())
            dir = args.at(++i);
        else if (arg == u"--snapshot-limit"_s && i + 1 < args.size())
            snapshotLimit = args.at(++i).toInt();
        else if (arg == u"--keep"_s)
            keep = true;
        else if (arg == u"--reuse-hub"_s)
            reuseHub = true;
        else if (arg == u"--core-baseline"_s)
            coreBaseline = true;
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
    reuseHub = reuseHub && QFile::exists(hubPath);
    for (const QString &path : {cachePath, baselinePath})
        removeSqliteFiles(path);
    if (!reuseHub)
        removeSqliteFiles(hubPath);

    std::printf("P1 bootstrap: %s complaints; %s\n", qPrintable(grouped(count)), qPrintable(machineLine()));
    std::fflush(stdout);

    // 1. The hub store (or the one a run with --keep left, with --reuse-hub).
    ImportTiming im;
    if (reuseHub) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-hub-count"_s);
        db.setDatabaseName(hubPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            im.complaints = scalar(db, u"SELECT COUNT(*) FROM complaints"_s);
            im.events = scalar(db, u"SELECT COUNT(*) FROM events"_s);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"bench-hub-count"_s);
        std::printf("hub store               reused %s: %s complaints, %s events\n", qPrintable(hubPath),
                    qPrintable(grouped(im.complaints)), qPrintable(grouped(im.events)));
    } else {
        const auto imported = buildDemoStore(u"sqlite:"_s + hubPath, count);
        if (!imported.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().message));
            return 1;
        }
        im = imported.value();
        std::printf("hub importDemo          %s complaints, %s events: import %.1f s, %.1f s CPU (%.0f complaints/s, "
                    "%.0f events/s); generator %.1f s; load average %.1f\n",
                    qPrintable(grouped(im.complaints)), qPrintable(grouped(im.events)), im.importSeconds,
                    im.importCpuSeconds, im.complaints / im.importSeconds, im.events / im.importSeconds,
                    im.generateSeconds, loadAverage());
    }
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
    // The hub store is not needed any more unless kept: at 1,000,000 the store, the cache and the baseline's cache
    // would otherwise take ~35 GB at once.
    if (!keep)
        removeSqliteFiles(hubPath);

    // 4. The baseline: the rows of every table the sync wrote; with --core-baseline also the older baseline of
    //    complaints and events alone (before schema 6 a sync wrote nothing else).
    const auto base = baseline(cachePath, baselinePath, false);
    if (!base.ok()) {
        std::fprintf(stderr, "baseline failed: %s\n", qPrintable(base.error().message));
        return 1;
    }
    qint64 rows = 0;
    QString tableCounts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-cache-count"_s);
        db.setDatabaseName(cachePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open())
            tableCounts = perTable(db, base->tables, rows);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"bench-cache-count"_s);
    }
    const qint64 objects = cachedComplaints + cachedEvents;
    std::printf("rows the sync wrote     %s: %s (the baseline inserted %s)\n", qPrintable(grouped(rows)),
                qPrintable(tableCounts), qPrintable(grouped(base->rows)));
    std::printf("bootstrap               %.1f s: %.0f complaints/s, %.0f rows/s, %.0f complaints+events/s (snapshot "
                "pages of %d; CPU: hub thread %.1f s, client thread %.1f s, whole process %.1f s; load average %.1f)\n",
                syncSeconds, cachedComplaints / syncSeconds, rows / syncSeconds, objects / syncSeconds, snapshotLimit,
                hubCpu, clientCpu, processCpu, loadAverage());
    std::printf("baseline: INSERTs       %.1f s, %.1f s CPU: %.0f complaints/s, %.0f rows/s (10,000 rows per "
                "transaction, same schema %d with its triggers and pragmas; reading the rows back took %.1f s more, "
                "untimed; load average %.1f)\n",
                base->insertSeconds, base->insertCpuSeconds, base->complaints / base->insertSeconds,
                base->rows / base->insertSeconds, LocalCache::kSchemaVersion, base->wallSeconds - base->insertSeconds,
                loadAverage());
    const double ratio = (rows / syncSeconds) / (base->rows / base->insertSeconds);
    const double cpuRatio = base->insertCpuSeconds / processCpu;
    std::printf("P1 figure               %.0f complaints/s = %.0f%% of the baseline's rows/s (target >= 50%%): %s; "
                "by CPU time (all threads of the bootstrap against the baseline's): %.0f%%\n",
                cachedComplaints / syncSeconds, ratio * 100, ratio >= 0.5 ? "met" : "NOT met", cpuRatio * 100);
    double coreRatio = 0;
    if (coreBaseline) {
        const auto core = baseline(cachePath, baselinePath, true);
        if (!core.ok()) {
            std::fprintf(stderr, "baseline failed: %s\n", qPrintable(core.error().message));
            return 1;
        }
        coreRatio = (objects / syncSeconds) / (core->rows / core->insertSeconds);
        std::printf("older baseline          complaints and events alone: %.1f s, %.1f s CPU, %.0f rows/s; the "
                    "bootstrap's complaints+events/s = %.0f%% of it\n",
                    core->insertSeconds, core->insertCpuSeconds, core->rows / core->insertSeconds, coreRatio * 100);
    }
    std::printf("RESULT p1_complaints=%lld p1_events=%lld p1_rows=%lld bootstrap_s=%.2f bootstrap_cps=%.0f "
                "bootstrap_rps=%.0f bootstrap_objects_ps=%.0f baseline_s=%.2f baseline_rps=%.0f ratio=%.3f "
                "hub_cpu_s=%.1f client_cpu_s=%.1f process_cpu_s=%.1f baseline_cpu_s=%.1f cpu_ratio=%.3f "
                "core_ratio=%.3f\n",
                cachedComplaints, cachedEvents, rows, syncSeconds, cachedComplaints / syncSeconds, rows / syncSeconds,
                objects / syncSeconds, base->insertSeconds, base->rows / base->insertSeconds, ratio, hubCpu, clientCpu,
                processCpu, base->insertCpuSeconds, cpuRatio, coreRatio);
    if (!keep) {
        for (const QString &path : {hubPath, cachePath, baselinePath})
            removeSqliteFiles(path);
    }
    return 0;
}
