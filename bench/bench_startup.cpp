// bench_startup CACHE [--runs R=5] [--cold] [--rabeg PATH]: DESIGN.md "startup to an interactive inbox with
// 1,000,000 cached" (target <= 1 s), measured on the real client binary.
//
// Each run starts `rabeg --cache COPY --language id` as its own process (offline: no hub; the offscreen platform;
// RABEG_STARTUP_PROBE=1, ui/StartupProbe.h), and times from the start of the process to the line the client prints
// once the inbox has painted its first rows and its event loop is idle. Printed: that wall time (exec, dynamic
// linking, Qt, opening the cache, the workspace, the first screen) and the client's own figure from its main.
// Baseline, same run: the same binary over a cache of 1,000 demo complaints made here (everything but the scale).
// --cold drops the kernel's page cache before each run (root only): the first start of the day. Otherwise the
// first run warms the file and the median is of warm starts.
// CACHE is opened by the client, which may write to it (migrations, alert state): pass a copy.
#include "BenchStats.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg::bench;

namespace {

struct Start
{
    double wallMs = -1;
    double mainMs = -1;
    qint64 rows = 0;
    QString failure;
};

bool dropPageCache()
{
    QFile drop(u"/proc/sys/vm/drop_caches"_s);
    ::sync();
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

Start startOnce(const QString &rabeg, const QString &cache, const QString &home)
{
    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"RABEG_STARTUP_PROBE"_s, u"1"_s);
    env.insert(u"RABEG_NO_DIALOGS"_s, u"1"_s);
    env.insert(u"HOME"_s, home); // its own settings, not the user's
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    client.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    client.start(rabeg, {u"--cache"_s, cache, u"--language"_s, u"id"_s});
    Start result;
    static const QRegularExpression line(uR"(startup-probe: interactive after (\d+) ms \((\d+) rows\))"_s);
    QByteArray out;
    while (client.state() != QProcess::NotRunning || client.bytesAvailable() > 0) {
        client.waitForReadyRead(50);
        out += client.readAllStandardOutput();
        const auto match = line.match(QString::fromUtf8(out));
        if (match.hasMatch() && result.wallMs < 0) {
            result.wallMs = double(timer.nsecsElapsed()) / 1e6;
            result.mainMs = match.captured(1).toDouble();
            result.rows = match.captured(2).toLongLong();
        }
        if (timer.elapsed() > 120'000) {
            client.kill();
            result.failure = u"no interactive inbox within 120 s"_s;
            break;
        }
    }
    client.waitForFinished(10'000);
    if (result.wallMs < 0 && result.failure.isEmpty())
        result.failure = u"the client exited (%1) without the probe's line: %2"_s.arg(client.exitCode())
                             .arg(QString::fromUtf8(client.readAllStandardError().right(400)));
    return result;
}

bool series(const char *label, const QString &rabeg, const QString &cache, const QString &home, int runs,
            bool cold)
{
    QList<double> wall, main;
    qint64 rows = 0;
    for (int i = 0; i < runs; ++i) {
        if (cold && !dropPageCache()) {
            std::fprintf(stderr, "bench_startup: --cold needs root (/proc/sys/vm/drop_caches)\n");
            return false;
        }
        const Start start = startOnce(rabeg, cache, home);
        if (!start.failure.isEmpty()) {
            std::fprintf(stderr, "bench_startup: %s: %s\n", label, qPrintable(start.failure));
            return false;
        }
        std::printf("   %s run %d: %.0f ms wall, %.0f ms from main, %lld rows in the model\n", label, i + 1,
                    start.wallMs, start.mainMs, static_cast<long long>(start.rows));
        wall << start.wallMs;
        main << start.mainMs;
        rows = start.rows;
    }
    // Warm runs: all but the first, unless every run is cold.
    const QList<double> counted = cold || runs < 2 ? wall : wall.mid(1);
    std::printf("RESULT startup_%s %s_median_ms=%.0f max_ms=%.0f from_main_median_ms=%.0f rows=%lld load=%.2f\n",
                label, cold ? "cold" : "warm", medianOf(counted), *std::max_element(counted.begin(), counted.end()),
                medianOf(cold || runs < 2 ? main : main.mid(1)), static_cast<long long>(rows), loadAverage());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    bool cold = false;
    QString rabeg = QStringLiteral(RABEG_CLIENT_BINARY);
    QString cache;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--runs"_s && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == u"--cold"_s)
            cold = true;
        else if (args[i] == u"--rabeg"_s && i + 1 < args.size())
            rabeg = args[++i];
        else if (cache.isEmpty() && !args[i].startsWith(u"--"_s))
            cache = args[i];
        else {
            cache.clear();
            break;
        }
    }
    if (cache.isEmpty() || !QFile::exists(cache)) {
        std::fputs("usage: bench_startup CACHE.sqlite (a copy) [--runs R] [--cold] [--rabeg PATH]\n", stderr);
        return 2;
    }
    QTemporaryDir home;
    const QString small = home.filePath(u"small-cache.sqlite"_s);
    {
        const auto reference = rabeg::loadBuiltinReferenceData();
        const auto corpus = rabeg::DemoCorpus::loadBuiltin();
        rabeg::LocalCache baseline;
        rabeg::DemoOptions options;
        options.count = 1000;
        if (!reference.ok() || !corpus.ok() || baseline.open(small, u"bench-startup-small"_s)
            || rabeg::fillWithDemoData(baseline, reference.value(), corpus.value(), options)) {
            std::fprintf(stderr, "bench_startup: cannot make the baseline's cache of 1,000 complaints\n");
            return 1;
        }
    }
    std::printf("bench_startup: %s, %d runs%s; load %.2f\n", qPrintable(cache), runs, cold ? ", cold" : "",
                loadAverage());
    const bool measured = series("baseline_1000", rabeg, small, home.path(), runs, cold)
        && series("full", rabeg, cache, home.path(), runs, cold);
    return measured ? 0 : 1;
}
