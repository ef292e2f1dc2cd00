#include "RoutingEvaluateCommand.h"

#include "refdata/ReferenceLoader.h"
#include "routing/RoutingEvaluation.h"
#include "routing/RoutingSuggester.h"
#include "store/LocalCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr int kConfusionsShown = 10;

QString percent(int part, int total)
{
    return QString::number(total ? 100.0 * part / total : 0, 'f', 1) + u'%';
}

} // namespace

int RoutingEvaluateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the routing suggestion on labelled complaints."_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The local cache whose resolved history trains it."_s, u"PATH"_s);
    const QCommandLineOption minimumOption(u"min-top1"_s, u"Exit with 3 when top-1 accuracy is below this (0-1)."_s,
                                           u"FRACTION"_s);
    parser.addOptions({cacheOption, minimumOption});
    parser.addPositionalArgument(u"routing"_s, u"routing"_s);
    parser.addPositionalArgument(u"evaluate"_s, u"evaluate"_s);
    parser.addPositionalArgument(u"FILE"_s, u"Lines of {\"title\",\"body\",\"route\"}."_s);
    const QString usage = u"usage: rabeg routing evaluate --cache PATH [--min-top1 FRACTION] FILE.jsonl"_s;
    if (!parser.parse(arguments)) {
        err << "rabeg routing: " << parser.errorText() << "\n" << usage << "\n";
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.at(0) != u"routing"_s || positional.at(1) != u"evaluate"_s
        || !parser.isSet(cacheOption)) {
        err << usage << "\n";
        return Usage;
    }
    double minimum = 0;
    if (parser.isSet(minimumOption)) {
        bool ok = false;
        minimum = parser.value(minimumOption).toDouble(&ok);
        if (!ok || minimum < 0 || minimum > 1) {
            err << "rabeg routing: --min-top1 must be a number between 0 and 1\n";
            return Usage;
        }
    }

    const auto reference = loadBuiltinReferenceData();
    if (!reference) {
        err << "rabeg routing: " << reference.error().message << "\n";
        return Failed;
    }
    const QString file = positional.at(2);
    const auto labelled = readLabelledComplaints(file, reference.value());
    if (!labelled) {
        err << "rabeg routing: " << labelled.error().message << "\n";
        return Failed;
    }
    const QString cachePath = parser.value(cacheOption);
    if (!QFileInfo(cachePath).isFile()) {
        err << "rabeg routing: " << cachePath << ": no such cache file\n";
        return Failed;
    }
    RoutingSuggester suggester(reference.value());
    QElapsedTimer timer;
    timer.start();
    {
        LocalCache cache;
        if (Status status = cache.open(cachePath, u"rabeg-routing-evaluate"_s)) {
            err << "rabeg routing: " << cachePath << ": " << status->message << "\n";
            return Failed;
        }
        const auto learned = suggester.learnFromCache(cache);
        if (!learned) {
            err << "rabeg routing: " << cachePath << ": " << learned.error().message << "\n";
            return Failed;
        }
        out << "Trained on " << learned.value() << " resolved complaints of " << cachePath
            << " plus the reference data's service keywords, in " << timer.elapsed() << " ms.\n";
    }
    timer.restart();
    const RoutingEvaluationResult result = evaluateRouting(suggester, labelled.value());
    const double perSuggestion = result.total ? double(timer.nsecsElapsed()) / 1000.0 / result.total : 0;
    out << "Evaluated " << result.total << " labelled complaints of " << file << " with the service hidden ("
        << QString::number(perSuggestion, 'f', 0) << " us per suggestion).\n";
    out << "Top-1 accuracy: " << percent(result.top1, result.total) << " (" << result.top1 << "/" << result.total
        << ")\n";
    out << "Top-3 accuracy: " << percent(result.top3, result.total) << " (" << result.top3 << "/" << result.total
        << ")\n";
    if (result.confusions.isEmpty()) {
        out << "No confusions.\n";
    } else {
        out << "Most frequent confusions (labelled -> suggested first):\n";
        for (qsizetype i = 0; i < result.confusions.size() && i < kConfusionsShown; ++i) {
            const ConfusionPair &pair = result.confusions.at(i);
            out << "  " << QString::number(pair.count).rightJustified(4) << "  " << pair.expected << " -> "
                << pair.suggested << "\n";
        }
    }
    if (parser.isSet(minimumOption) && result.top1Accuracy() < minimum) {
        err << "rabeg routing: top-1 accuracy " << percent(result.top1, result.total) << " is below "
            << percent(int(minimum * 1000), 1000) << "\n";
        return BelowThreshold;
    }
    return Done;
}

int RoutingEvaluateCommand::main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), out, err);
}

} // namespace rabeg
