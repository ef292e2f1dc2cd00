// bench_page_decode [N=20000] [--store sqlite:PATH] [--pages P=200] [--apply-pages A=40] [--rounds R=3]
//                   [--p1-rows-per-s X]                                   (P2, DESIGN.md "Performance targets")
//
// Real pull pages: a demo hub store of N complaints (or a given one, e.g. the store bench_sync_bootstrap --keep
// left), read through HubApi (GET /api/v1/events?limit=500, in this process, no socket), P pages from the start of
// the log; the pages' bytes are what a workstation receives.
// Figure: decoding those pages the way the sync engine does: QJsonDocument::fromJson (HubClient), then
// decodePulledItems (sync/PageDecoder.h: decodeEvent + decodeComplaint in DecodeMode::Tolerant, and the slicing of
// each event's text out of the page, PageSlices.h, which the sync stores). Items/s, median of
// R rounds.
// Baseline, same run: QJsonDocument::fromJson of the same bytes alone.
// Reference, same run: applying the first A of those pages to a fresh cache (SyncRepository::applyEventPage).
// Target: decoding runs at >= 3x P1's apply rate. P1's rate is the rows/s its bootstrap wrote (states + events),
// passed by run.sh as --p1-rows-per-s; each pull item holds two such objects (an event and a state), so comparing
// items/s with rows/s is the strict reading of the target.
#include "BenchCommon.h"

#include "Auth.h"
#include "HubApi.h"
#include "refdata/ReferenceLoader.h"
#include "store/LocalCache.h"
#include "store/SyncRepository.h"
#include "sync/PageDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::bench;

namespace {

constexpr int kPageItems = 500;

// The sync engine's own tolerant path over one page's bytes: parse, then decodePulledItems (app/sync).
Result<QList<PulledItem>> decodePage(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"bad_reply"_s, parseError.errorString()};
    return decodePulledItems(document.object().value(u"items"_s).toArray(), false, bytes);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quietLogs();
    QStringList args = QCoreApplication::arguments().mid(1);
    qint64 count = 20'000;
    int rounds = 3;
    int maxPages = 200;
    int applyPages = 40;
    QString givenStore;
    double p1RowsPerSecond = 0;
    QString dir = QDir::tempPath() + u"/rabeg-bench"_s;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--rounds"_s && i + 1 < args.size())
            rounds = std::max(1, args.at(++i).toInt());
        else if (arg == u"--store"_s && i + 1 < args.size())
            givenStore = args.at(++i);
        else if (arg == u"--pages"_s && i + 1 < args.size())
            maxPages = std::max(1, args.at(++i).toInt());
        else if (arg == u"--apply-pages"_s && i + 1 < args.size())
            applyPages = std::max(1, args.at(++i).toInt());
        else if (arg == u"--p1-rows-per-s"_s && i + 1 < args.size())
            p1RowsPerSecond = args.at(++i).toDouble();
        else if (arg == u"--dir"_s && i + 1 < args.size())
            dir = args.at(++i);
        else {
            bool ok = false;
            count = arg.toLongLong(&ok);
            if (!ok || count <= 0) {
                std::fputs("usage: bench_page_decode [N=20000] [--store SPEC] [--pages P] [--apply-pages A] [--rounds R] "
                           "[--p1-rows-per-s X] [--dir DIR]\n",
                           stderr);
                return 2;
            }
        }
    }
    QDir().mkpath(dir);
    const QString hubPath = dir + u"/p2-hub.sqlite"_s;
    const QString cachePath = dir + u"/p2-cache.sqlite"_s;
    const QString hubSpec = givenStore.isEmpty() ? u"sqlite:"_s + hubPath : givenStore;
    removeSqliteFiles(cachePath);
    if (givenStore.isEmpty()) {
        removeSqliteFiles(hubPath);
        std::printf("P2 event-page decode: pages of %d from a new demo hub of %s complaints; %s\n", kPageItems,
                    qPrintable(grouped(count)), qPrintable(machineLine()));
        std::fflush(stdout);
        const auto imported = buildDemoStore(hubSpec, count, 0);
        if (!imported.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().message));
            return 1;
        }
    } else {
        std::printf("P2 event-page decode: pages of %d from %s; %s\n", kPageItems, qPrintable(hubSpec),
                    qPrintable(machineLine()));
    }
    const auto reference = loadBuiltinReferenceData();
    QList<QByteArray> pages;
    qint64 totalItems = 0;
    qint64 totalBytes = 0;
    {
        auto store = SqlHubStore::open(hubSpec, StoreKind::Demo, u"bench-p2-hub"_s);
        if (!store.ok())
            return 1;
        HubApi api(*store.value(), reference.value(), HubClock::real());
        HubRequest login;
        login.method = "POST";
        login.path = u"/api/v1/session"_s;
        login.body = QJsonDocument(QJsonObject{{u"username"_s, kBenchUser},
                                               {u"password"_s, QString::fromLatin1(kBenchPassword)}})
                         .toJson(QJsonDocument::Compact);
        const HubResponse session = api.handle(login);
        const QByteArray token = session.object().value(u"token"_s).toString().toLatin1();
        qint64 after = 0;
        for (;;) {
            HubRequest request;
            request.method = "GET";
            request.path = u"/api/v1/events"_s;
            request.query.addQueryItem(u"after"_s, QString::number(after));
            request.query.addQueryItem(u"limit"_s, QString::number(kPageItems));
            request.headers.insert("authorization", "Bearer " + token);
            const HubResponse response = api.handle(request);
            const QJsonObject body = response.object();
            if (response.status != 200) {
                std::fprintf(stderr, "GET /api/v1/events: %d %s\n", response.status, response.body.constData());
                return 1;
            }
            const qsizetype items = body.value(u"items"_s).toArray().size();
            if (items > 0) {
                pages.append(response.body);
                totalItems += items;
                totalBytes += response.body.size();
            }
            after = qint64(body.value(u"next"_s).toDouble());
            if (!body.value(u"more"_s).toBool() || pages.size() >= maxPages)
                break;
        }
    }
    std::printf("pages                   %lld pages, %s items, %.1f MB (%.0f bytes per item)\n",
                qint64(pages.size()), qPrintable(grouped(totalItems)), totalBytes / 1e6,
                double(totalBytes) / double(totalItems));

    // Rounds alternate baseline and figure, so that a busy moment of the machine hits both alike.
    QList<double> baselineSeconds;
    QList<double> decodeSeconds;
    qint64 sink = 0;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        timer.start();
        for (const QByteArray &page : std::as_const(pages)) {
            const QJsonDocument document = QJsonDocument::fromJson(page);
            sink += document.object().size();
        }
        baselineSeconds.append(timer.nsecsElapsed() / 1e9);
        timer.start();
        for (const QByteArray &page : std::as_const(pages)) {
            const auto items = decodePage(page);
            if (!items.ok()) {
                std::fprintf(stderr, "decode failed: %s\n", qPrintable(items.error().message));
                return 1;
            }
            sink += items->size();
        }
        decodeSeconds.append(timer.nsecsElapsed() / 1e9);
    }

    // The same pages applied to a fresh cache, page by page with their cursor, as a pull does.
    double applySeconds = 0;
    {
        LocalCache cache;
        if (Status status = cache.open(cachePath, u"bench-p2-cache"_s)) {
            std::fprintf(stderr, "cache: %s\n", qPrintable(status->message));
            return 1;
        }
        SyncRepository repository(cache);
        QList<QList<PulledItem>> decoded;
        qint64 appliedItems = 0;
        for (const QByteArray &page : pages.mid(0, applyPages)) {
            decoded.append(decodePage(page).value());
            appliedItems += decoded.constLast().size();
        }
        timer.start();
        qint64 cursor = 0;
        for (const QList<PulledItem> &items : std::as_const(decoded)) {
            cursor = items.constLast().seq;
            if (Status status = repository.applyEventPage(items, cursor)) {
                std::fprintf(stderr, "apply failed: %s\n", qPrintable(status->message));
                return 1;
            }
        }
        applySeconds = timer.nsecsElapsed() / 1e9 * double(totalItems) / double(appliedItems);
    }
    if (givenStore.isEmpty())
        removeSqliteFiles(hubPath);
    removeSqliteFiles(cachePath);

    const double baselineRate = totalItems / median(baselineSeconds);
    const double decodeRate = totalItems / median(decodeSeconds);
    const double applyRate = totalItems / applySeconds;
    std::printf("baseline: fromJson only %.0f items/s (%.1f MB/s; median of %d rounds)\n", baselineRate,
                totalBytes / median(baselineSeconds) / 1e6, rounds);
    std::printf("decode (tolerant path)  %.0f items/s (%.1f MB/s; %.2fx the baseline's time)\n", decodeRate,
                totalBytes / median(decodeSeconds) / 1e6, median(decodeSeconds) / median(baselineSeconds));
    std::printf("apply the same pages    %.0f items/s (the first %d pages; SyncRepository::applyEventPage, one "
                "transaction per page); decode = %.1fx apply; load average %.1f\n",
                applyRate, std::min<int>(applyPages, pages.size()), decodeRate / applyRate, loadAverage());
    if (p1RowsPerSecond > 0) {
        const double ratio = decodeRate / p1RowsPerSecond;
        std::printf("P2 figure               %.0f items/s = %.1fx P1's apply rate of %.0f rows/s (target >= 3x): %s\n",
                    decodeRate, ratio, p1RowsPerSecond, ratio >= 3 ? "met" : "NOT met");
    } else {
        std::printf("P2 figure               %.0f items/s (give --p1-rows-per-s to compare with P1; run.sh does)\n",
                    decodeRate);
    }
    std::printf("RESULT p2_items=%lld p2_pages=%lld decode_ips=%.0f baseline_ips=%.0f apply_ips=%.0f p1_rps=%.0f "
                "ratio=%.2f sink=%lld\n",
                totalItems, qint64(pages.size()), decodeRate, baselineRate, applyRate, p1RowsPerSecond,
                p1RowsPerSecond > 0 ? decodeRate / p1RowsPerSecond : 0.0, sink);
    return 0;
}
