#include "LaporExportCommand.h"

#include "HeadlessCache.h"
#include "lapor/LaporCsvSink.h"
#include "lapor/LaporExporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// A day is its start in WIB; a time without an offset is WIB too.
QDateTime parseSince(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return QDateTime(day, QTime(0, 0), QTimeZone(7 * 3600)).toUTC();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), QTimeZone(7 * 3600));
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

int LaporExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the city's follow-ups of LAPOR! reports for upload to LAPOR!."_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The local cache to read."_s, u"PATH"_s);
    const QCommandLineOption sinceOption(u"since"_s, u"From this day (WIB) or time on."_s, u"DATE"_s);
    const QCommandLineOption outOption(u"out"_s, u"The CSV file to write."_s, u"FILE"_s);
    parser.addOptions({cacheOption, sinceOption, outOption});
    parser.addPositionalArgument(u"lapor-export"_s, u"lapor-export"_s);
    const QString usage = u"usage: rabeg lapor-export [--cache PATH] --since YYYY-MM-DD --out FILE.csv"_s;
    if (!parser.parse(arguments)) {
        err << "rabeg lapor-export: " << parser.errorText() << "\n" << usage << "\n";
        return Usage;
    }
    if (parser.positionalArguments() != QStringList {u"lapor-export"_s} || !parser.isSet(sinceOption)
        || !parser.isSet(outOption)) {
        err << usage << "\n";
        return Usage;
    }
    const QDateTime since = parseSince(parser.value(sinceOption));
    if (!since.isValid()) {
        err << "rabeg lapor-export: --since " << parser.value(sinceOption)
            << " is not a day (2026-11-01) or an ISO 8601 time\n";
        return Usage;
    }
    const HeadlessCache opened
        = HeadlessCache::open(u"lapor-export"_s, parser.value(cacheOption), u"rabeg-lapor-export"_s, err);
    if (!opened.ok())
        return opened.exitCode;
    LaporCsvSink sink(parser.value(outOption));
    const auto written = LaporExporter(*opened.cache, opened.reference).exportSince(since, sink);
    if (!written.ok()) {
        err << "rabeg lapor-export: " << written.error().message << "\n";
        return Failed;
    }
    out << written.value() << " follow-ups of LAPOR! reports since " << parser.value(sinceOption) << " written to "
        << sink.description() << ".\n";
    return Done;
}

int LaporExportCommand::main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), out, err);
}

} // namespace rabeg
