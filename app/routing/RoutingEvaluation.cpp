#include "RoutingEvaluation.h"

#include "RoutingSuggester.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

Error lineError(const QString &file, int line, const QString &problem)
{
    return {u"bad_labelled_line"_s, u"%1:%2: %3"_s.arg(file).arg(line).arg(problem)};
}

} // namespace

Result<QList<RoutingExample>> readLabelledComplaints(const QString &path, const ReferenceData &reference)
{
    QFile file(path);
    if (!file.exists())
        return Error {u"file_missing"_s, u"%1: no such file"_s.arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"file_unreadable"_s, u"%1: cannot read: %2"_s.arg(path, file.errorString())};
    const QString name = QFileInfo(path).fileName();
    QList<RoutingExample> out;
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parse);
        if (parse.error != QJsonParseError::NoError)
            return lineError(name, number, u"not JSON: %1"_s.arg(parse.errorString()));
        if (!document.isObject())
            return lineError(name, number, u"not a JSON object"_s);
        const QJsonObject object = document.object();
        RoutingExample example;
        for (const QString &key : {u"title"_s, u"body"_s, u"route"_s}) {
            if (!object.value(key).isString())
                return lineError(name, number, u"\"%1\" is missing or not a string"_s.arg(key));
        }
        example.title = object.value(u"title"_s).toString();
        example.body = object.value(u"body"_s).toString();
        example.route = object.value(u"route"_s).toString().trimmed();
        if (example.title.trimmed().isEmpty() && example.body.trimmed().isEmpty())
            return lineError(name, number, u"title and body are both empty"_s);
        if (!reference.hasOpd(example.route) && !reference.hasAgency(example.route))
            return lineError(name, number, u"unknown route \"%1\" (not an OPD or agency code)"_s.arg(example.route));
        out.append(example);
    }
    if (out.isEmpty())
        return Error {u"file_empty"_s, u"%1: no labelled complaint in the file"_s.arg(path)};
    return out;
}

RoutingEvaluationResult evaluateRouting(const RoutingSuggester &suggester, const QList<RoutingExample> &examples)
{
    RoutingEvaluationResult result;
    QHash<QPair<QString, QString>, int> confusions;
    for (const RoutingExample &example : examples) {
        SuggestInput input;
        input.title = example.title;
        input.body = example.body;
        const QList<RouteSuggestion> suggestions = suggester.suggest(input, 3);
        ++result.total;
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            if (suggestions.at(i).route == example.route) {
                result.top1 += i == 0;
                ++result.top3;
                break;
            }
        }
        const QString first = suggestions.isEmpty() ? u"-"_s : suggestions.first().route;
        if (first != example.route)
            confusions[{example.route, first}] += 1;
    }
    for (auto it = confusions.cbegin(); it != confusions.cend(); ++it)
        result.confusions.append({it.key().first, it.key().second, it.value()});
    std::sort(result.confusions.begin(), result.confusions.end(), [](const ConfusionPair &a, const ConfusionPair &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.expected != b.expected ? a.expected < b.expected : a.suggested < b.suggested;
    });
    return result;
}

} // namespace rabeg
