#include "ReportCommand.h"

#include "HeadlessCache.h"
#include "Language.h"
#include "report/ReportCsv.h"
#include "report/ReportPdf.h"
#include "deadline/PolicyReference.h"
#include "report/WeeklyReportMaker.h"
#include "store/LocalCache.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rabeg {
int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the weekly report of a local cache."_s);
    const QCommandLineOption weekOption(u"week"_s, u"The ISO week, e.g. 2026-W48 (default: the last whole week)."_s,
                                        u"WEEK"_s);
    const QCommandLineOption formatOption(u"format"_s, u"pdf or csv."_s, u"FORMAT"_s);
    const QCommandLineOption outOption(u"out"_s, u"The file to write."_s, u"FILE"_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The local cache file."_s, u"PATH"_s);
    const QCommandLineOption nameOption(u"signer-name"_s, u"The Kepala Dinas's name."_s, u"NAME"_s);
    const QCommandLineOption nipOption(u"signer-nip"_s, u"The Kepala Dinas's NIP."_s, u"NIP"_s);
    const QCommandLineOption notesOption(u"notes"_s, u"Notes printed on the last page."_s, u"TEXT"_s);
    const QCommandLineOption languageOption(u"language"_s, u"id (default) or en."_s, u"CODE"_s, u"id"_s);
    parser.addOptions(
        {weekOption, formatOption, outOption, cacheOption, nameOption, nipOption, notesOption, languageOption});
    parser.addPositionalArgument(u"report"_s, u"report"_s);
    parser.addPositionalArgument(u"weekly"_s, u"weekly"_s);
    const QString usage = u"usage: rabeg report weekly [--week 2026-W48] --format pdf|csv --out FILE [--cache PATH] "
                          u"[--signer-name NAME] [--signer-nip NIP] [--notes TEXT] [--language id|en]"_s;
    if (!parser.parse(arguments)) {
        err << "rabeg report: " << parser.errorText() << "\n" << usage << "\n";
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(formatOption);
    if (positional != QStringList {u"report"_s, u"weekly"_s} || !parser.isSet(outOption)
        || (format != u"pdf"_s && format != u"csv"_s)) {
        err << usage << "\n";
        return Usage;
    }
    Language language;
    if (!language.use(parser.value(languageOption))) {
        err << "rabeg report: unknown language \"" << parser.value(languageOption) << "\": use id or en\n";
        return Usage;
    }
    // Hub time is the only time; without a hub at hand the machine's clock stands in for it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WeeklyReportRequest request;
    request.now = now;
    if (parser.isSet(weekOption)) {
        const auto week = IsoWeek::parse(parser.value(weekOption));
        if (!week) {
            err << "rabeg report: \"" << parser.value(weekOption) << "\" is not an ISO week such as 2026-W48\n";
            return Usage;
        }
        request.week = *week;
    } else {
        request.week = IsoWeek::containingInstant(now).addWeeks(-1);
    }

    const HeadlessCache opened =
        HeadlessCache::open(u"report"_s, parser.value(cacheOption), u"rabeg-report"_s, err);
    if (!opened.ok())
        return opened.exitCode;
    LocalCache &cache = *opened.cache;
    const QString &cachePath = opened.path;
    // Under the SLA policy and calendar the cache adopted (published versions), not the shipped ones.
    const ReferenceData reference = referenceUnderPolicy(opened.reference, cache.deadlinePolicy());
    const auto report = makeWeeklyReport(cache, reference, request);
    if (!report) {
        err << "rabeg report: " << cachePath << ": " << report.error().message << "\n";
        return Failed;
    }

    const QString path = parser.value(outOption);
    if (format == u"csv"_s) {
        const auto written = ReportCsv::write(report.value(), path);
        if (!written) {
            err << "rabeg report: " << written.error().message << "\n";
            return Failed;
        }
        for (const QString &file : written.value())
            out << "Wrote " << file << "\n";
        return Done;
    }
    const QSettings settings;
    ReportSignOff signOff;
    signOff.signerName
        = parser.isSet(nameOption) ? parser.value(nameOption) : settings.value(u"report/signer_name"_s).toString();
    signOff.signerNip
        = parser.isSet(nipOption) ? parser.value(nipOption) : settings.value(u"report/signer_nip"_s).toString();
    signOff.signerTitle = settings.value(u"report/signer_title"_s).toString();
    signOff.notes = parser.value(notesOption);
    signOff.printedAt = now;
    if (Status status = writeReportPdf(report.value(), signOff, &reference, path)) {
        err << "rabeg report: " << status->message << "\n";
        return Failed;
    }
    out << "Wrote " << path << " (" << report->week.code() << ", hub seq " << report->source.hubSeq << ")\n";
    return Done;
}

int ReportCommand::main(int argc, char *argv[])
{
    // For cron: no display needed. A platform given on the command line or in the environment still wins.
    bool platformGiven = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    for (int i = 1; i < argc; ++i)
        platformGiven = platformGiven || qstrcmp(argv[i], "-platform") == 0;
    if (!platformGiven)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Rabeg"_s);
    QGuiApplication::setOrganizationName(u"Diskominfo Kota Serang"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), out, err);
}

} // namespace rabeg
