#include "AuditExportCommand.h"

#include "Language.h"
#include "packet/AuditExportPdf.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace rabeg {

int AuditExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption inOption(u"in"_s, u"The JSON written by rabeg-hub audit export."_s, u"FILE"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PDF file to write."_s, u"FILE"_s);
    const QCommandLineOption languageOption(u"language"_s, u"id (default) or en."_s, u"CODE"_s, u"id"_s);
    parser.addOptions({inOption, outOption, languageOption});
    parser.addPositionalArgument(u"audit-export"_s, u"audit-export"_s);
    const QString usage = u"usage: rabeg audit-export --in EXPORT.json --out FILE.pdf [--language id|en]"_s;
    if (!parser.parse(arguments)) {
        err << "rabeg audit-export: " << parser.errorText() << "\n" << usage << "\n";
        return Usage;
    }
    if (parser.positionalArguments() != QStringList{u"audit-export"_s} || !parser.isSet(inOption)
        || !parser.isSet(outOption)) {
        err << usage << "\n";
        return Usage;
    }
    Language language;
    if (!language.use(parser.value(languageOption))) {
        err << "rabeg audit-export: unknown language \"" << parser.value(languageOption) << "\": use id or en\n";
        return Usage;
    }
    QFile in(parser.value(inOption));
    if (!in.open(QIODevice::ReadOnly)) {
        err << "rabeg audit-export: cannot read " << in.fileName() << ": " << in.errorString() << "\n";
        return Failed;
    }
    const auto pdf = AuditExportPdf::fromJson(in.readAll());
    if (!pdf.ok()) {
        err << "rabeg audit-export: " << pdf.error().message << "\n";
        return Failed;
    }
    if (Status status = pdf->write(parser.value(outOption))) {
        err << "rabeg audit-export: " << status->message << "\n";
        return Failed;
    }
    out << "Wrote " << parser.value(outOption) << "\n";
    return Done;
}

int AuditExportCommand::main(int argc, char *argv[])
{
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
