#include "DataCommands.h"

#include "codec/DomainCodec.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceLoader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace rabeg {
namespace {

// Parses options after the subcommand; prints the problem and returns false when they are wrong.
bool parse(QCommandLineParser &parser, const QString &name, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{name} + args)) {
        std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(parser.errorText()));
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "rabeg-hub: unexpected argument \"%s\"\n", qPrintable(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

} // namespace

int refdataCommand(const QStringList &args)
{
    if (args.value(0) != QLatin1String("check")) {
        std::fputs("usage: rabeg-hub refdata check [--dir DIR]\n", stderr);
        return 2;
    }
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QString(), QStringLiteral("DIR"));
    parser.addOption(dirOption);
    if (!parse(parser, QStringLiteral("refdata"), args.mid(1)))
        return 2;
    const auto data =
        parser.isSet(dirOption) ? loadReferenceData(parser.value(dirOption)) : loadBuiltinReferenceData();
    if (!data.ok()) {
        std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(data.error().message));
        return 1;
    }
    int provisional = 0;
    for (const CalendarDay &day : data->calendar)
        provisional += day.provisional ? 1 : 0;
    std::printf("ok: %lld OPDs, %lld external agencies, %lld kecamatan, %lld kelurahan, %lld categories, "
                "%lld services, %lld SLA clocks, %lld calendar days (%d provisional), %lld SOP templates\n",
                qint64(data->opds.size()), qint64(data->agencies.size()), qint64(data->kecamatan.size()),
                qint64(data->kelurahan.size()), qint64(data->categories.size()), qint64(data->services.size()),
                qint64(data->sla.size()), qint64(data->calendar.size()), provisional,
                qint64(data->sopTemplates.size()));
    return 0;
}

int demoDataCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("count"), QString(), QStringLiteral("N"),
                                         QStringLiteral("2000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("S"),
                                        QStringLiteral("20261130"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    parser.addOptions({countOption, seedOption, outOption});
    if (!parse(parser, QStringLiteral("demo-data"), args))
        return 2;
    bool countOk = false;
    bool seedOk = false;
    DemoOptions options;
    options.count = parser.value(countOption).toLongLong(&countOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!countOk || options.count < 0 || !seedOk) {
        std::fputs("rabeg-hub: --count and --seed take whole numbers\n", stderr);
        return 2;
    }
    const auto reference = loadBuiltinReferenceData();
    const auto corpus = DemoCorpus::loadBuiltin();
    if (!reference.ok() || !corpus.ok()) {
        std::fprintf(stderr, "rabeg-hub: %s\n",
                     qPrintable(!reference.ok() ? reference.error().message : corpus.error().message));
        return 1;
    }
    QFile out;
    const bool toFile = parser.isSet(outOption);
    if (toFile) {
        out.setFileName(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "rabeg-hub: cannot write %s: %s\n", qPrintable(out.fileName()),
                         qPrintable(out.errorString()));
            return 1;
        }
    } else if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 1;
    }
    DemoGenerator generator(reference.value(), corpus.value(), options);
    const Status status = generator.run([&out](const DemoComplaint &demo) {
        QJsonArray events;
        for (const Event &event : demo.events)
            events.append(encodeEvent(event));
        const QJsonObject line{{QStringLiteral("complaint"), encodeComplaint(demo.complaint)},
                               {QStringLiteral("events"), events}};
        out.write(QJsonDocument(line).toJson(QJsonDocument::Compact));
        return out.write("\n", 1) == 1;
    });
    out.close();
    if (status) {
        std::fprintf(stderr, "rabeg-hub: %s\n", qPrintable(status->message));
        return 1;
    }
    return 0;
}

} // namespace rabeg
