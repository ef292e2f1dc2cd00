#include "LaporImportCommand.h"

#include "HeadlessCache.h"
#include "lapor/LaporCsvSource.h"
#include "lapor/LaporImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

Result<LaporMapping> readMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"unreadable"_s, path + u": "_s + file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error {u"invalid_mapping"_s, path + u": not a JSON object ("_s + parseError.errorString() + u')'};
    auto mapping = LaporMapping::fromJson(doc.object());
    if (!mapping.ok())
        return Error {mapping.error().code, path + u": "_s + mapping.error().message};
    return mapping;
}

QString where(int row, int line, const QString &field)
{
    QString text = u"row %1 (line %2)"_s.arg(row).arg(line);
    if (!field.isEmpty())
        text += u", column \""_s + field + u'"';
    return text;
}

} // namespace

int LaporImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                            const std::function<QDateTime()> &hubNow)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Queues the reports of a LAPOR! export (CSV) for the hub."_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The local cache whose outbox receives them."_s, u"PATH"_s);
    const QCommandLineOption mappingOption(u"mapping"_s, u"Which column is which field (JSON, docs/lapor.md)."_s,
                                           u"FILE"_s);
    parser.addOptions({cacheOption, mappingOption});
    parser.addPositionalArgument(u"lapor-import"_s, u"lapor-import"_s);
    parser.addPositionalArgument(u"FILE"_s, u"The LAPOR! export, CSV in UTF-8."_s);
    const QString usage = u"usage: rabeg lapor-import [--cache PATH] [--mapping FILE.json] FILE.csv"_s;
    if (!parser.parse(arguments)) {
        err << "rabeg lapor-import: " << parser.errorText() << "\n" << usage << "\n";
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != u"lapor-import"_s) {
        err << usage << "\n";
        return Usage;
    }
    const HeadlessCache opened
        = HeadlessCache::open(u"lapor-import"_s, parser.value(cacheOption), u"rabeg-lapor-import"_s, err);
    if (!opened.ok())
        return opened.exitCode;
    auto source = LaporCsvSource::fromFile(positional.at(1), opened.reference, hubNow);
    if (!source.ok()) {
        err << "rabeg lapor-import: " << source.error().message << "\n";
        return Failed;
    }
    if (parser.isSet(mappingOption)) {
        const auto mapping = readMapping(parser.value(mappingOption));
        if (!mapping.ok()) {
            err << "rabeg lapor-import: " << mapping.error().message << "\n";
            return Failed;
        }
        source.value().setMapping(mapping.value());
    }
    LaporImporter importer(*opened.cache, opened.reference, hubNow);
    const auto result = importer.import(source.value());
    if (!result.ok()) {
        err << "rabeg lapor-import: " << result.error().message << "\n";
        return Failed;
    }
    using Kind = LaporRowOutcome::Kind;
    const LaporImportResult &r = result.value();
    out << r.source << ": " << r.rowsRead << " rows read; " << r.count(Kind::Intake) << " new complaints and "
        << r.count(Kind::Change) << " status changes queued, " << r.count(Kind::Unchanged) << " unchanged, "
        << r.count(Kind::Skipped) << " not applied, " << r.problems.size() << " problems.\n";
    for (const LaporRowOutcome &o : r.outcomes) {
        if (o.kind == Kind::Skipped)
            out << "not applied: row " << o.row << " " << o.trackingId << ": " << o.message << "\n";
    }
    for (const LaporProblem &p : r.problems)
        err << "problem: " << where(p.row, p.line, p.field) << ": " << p.message << "\n";
    if (r.reportersLeftOut > 0)
        out << r.reportersLeftOut << " reporters' names not imported: a headless import has no sync to hand them to, "
            << "and they are never written to the outbox (docs/lapor.md); the GUI's import sends them.\n";
    if (!r.queued.isEmpty())
        out << "Queued in " << opened.path << "; the next sync sends them to the hub.\n";
    return r.problems.isEmpty() ? Done : RowsLeftOut;
}

int LaporImportCommand::main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), out, err, [] { return QDateTime::currentDateTimeUtc(); });
}

} // namespace rabeg
