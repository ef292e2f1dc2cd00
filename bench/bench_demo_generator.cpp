// bench_demo_generator [N]: time and peak memory of generating N demo complaints (default 1,000,000).
// Figures printed: the generator alone; the generator writing JSON lines (what `rabeg-hub demo-data` does);
// and, as the baseline measured in the same run, encoding the same JSON without generating (pre-made states
// re-encoded N times), so the generator's own cost can be read off. Peak memory is the process's max RSS,
// which must stay flat as N grows (streaming).
#include "codec/DomainCodec.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <sys/resource.h>

#include <cstdio>

using namespace rabeg;

namespace {

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QByteArray line(const DemoComplaint &demo)
{
    QJsonArray events;
    for (const Event &event : demo.events)
        events.append(encodeEvent(event));
    return QJsonDocument(QJsonObject{{QStringLiteral("complaint"), encodeComplaint(demo.complaint)},
                                     {QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const ReferenceData reference = loadBuiltinReferenceData().value();
    const DemoCorpus corpus = DemoCorpus::loadBuiltin().value();
    DemoOptions options;
    options.count = count;

    QElapsedTimer timer;
    qint64 events = 0;
    timer.start();
    const Status plain = DemoGenerator(reference, corpus, options).run([&events](const DemoComplaint &demo) {
        events += demo.events.size();
        return true;
    });
    const double generateSeconds = timer.nsecsElapsed() / 1e9;
    const long rssAfterGenerate = peakRssMiB();

    qint64 bytes = 0;
    QList<DemoComplaint> sample;
    timer.restart();
    const Status encoded = DemoGenerator(reference, corpus, options).run([&](const DemoComplaint &demo) {
        bytes += line(demo).size() + 1;
        if (sample.size() < 1000)
            sample.append(demo);
        return true;
    });
    const double encodeSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    qint64 baselineBytes = 0;
    for (qint64 i = 0; i < count; ++i)
        baselineBytes += line(sample.at(i % sample.size())).size() + 1;
    const double baselineSeconds = timer.nsecsElapsed() / 1e9;

    if (plain || encoded) {
        std::fprintf(stderr, "failed: %s\n", qPrintable((plain ? plain : encoded)->message));
        return 1;
    }
    std::printf("complaints            %lld (%lld events)\n", count, events);
    std::printf("generate              %.1f s  (%.0f complaints/s)\n", generateSeconds, count / generateSeconds);
    std::printf("generate + JSON lines %.1f s  (%.1f MB)\n", encodeSeconds, bytes / 1e6);
    std::printf("baseline: JSON only   %.1f s  (%.1f MB, the same encoding without generating)\n", baselineSeconds,
                baselineBytes / 1e6);
    std::printf("peak RSS              %ld MiB after generating, %ld MiB at the end\n", rssAfterGenerate,
                peakRssMiB());
    std::printf("RESULT generator n=%lld generate_s=%.1f encode_s=%.1f baseline_json_s=%.1f peak_rss_mib=%ld\n", count,
                generateSeconds, encodeSeconds, baselineSeconds, peakRssMiB());
    return 0;
}
