#include "TraineeScore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

std::optional<int> percent(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return (2 * part * 100 + whole) / (2 * whole);
}

QJsonValue optionalInt(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> intOrNothing(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

} // namespace

QJsonObject Handling::toJson() const
{
    QJsonObject json;
    for (const auto &[key, value] :
         {std::pair {u"decision"_s, decision}, std::pair {u"route"_s, route}, std::pair {u"route_name"_s, routeName},
          std::pair {u"reason"_s, reason}, std::pair {u"original"_s, original},
          std::pair {u"original_title"_s, originalTitle}}) {
        if (!value.isEmpty())
            json.insert(key, value);
    }
    return json;
}

Handling Handling::fromJson(const QJsonObject &json)
{
    return {json.value(u"decision"_s).toString(),      json.value(u"route"_s).toString(),
            json.value(u"route_name"_s).toString(),    json.value(u"reason"_s).toString(),
            json.value(u"original"_s).toString(),      json.value(u"original_title"_s).toString()};
}

std::optional<int> TraineeScore::decisionPercent() const
{
    return percent(correctDecisions, handled);
}

std::optional<int> TraineeScore::opdPercent() const
{
    return percent(correctOpds, opdCases);
}

QJsonObject TraineeScore::toJson(bool withResults) const
{
    const auto pct = [](std::optional<int> p) { return p ? QJsonValue(*p) : QJsonValue(QJsonValue::Null); };
    QJsonObject json {{u"trainee"_s, trainee},
                      {u"name"_s, name},
                      {u"arrived"_s, arrived},
                      {u"handled"_s, handled},
                      {u"correct_decisions"_s, correctDecisions},
                      {u"correct_decision_percent"_s, pct(decisionPercent())},
                      {u"opd_cases"_s, opdCases},
                      {u"correct_opds"_s, correctOpds},
                      {u"correct_opd_percent"_s, pct(opdPercent())},
                      {u"median_triage_seconds"_s, optionalInt(medianTriageSeconds)},
                      {u"deadlines_missed"_s, deadlinesMissed}};
    if (withResults) {
        QJsonArray lines;
        for (const ComplaintResult &r : results) {
            lines.append(QJsonObject {{u"key"_s, r.key},
                                      {u"title"_s, r.title},
                                      {u"expected"_s, r.expected},
                                      {u"actual"_s, r.actual},
                                      {u"expected_handling"_s, r.expectedHandling.toJson()},
                                      {u"actual_handling"_s, r.actualHandling.toJson()},
                                      {u"arrived"_s, r.arrived},
                                      {u"handled"_s, r.handled},
                                      {u"decision_correct"_s, r.decisionCorrect},
                                      {u"opd_correct"_s, r.opdCorrect ? QJsonValue(*r.opdCorrect) : QJsonValue()},
                                      {u"triage_seconds"_s, optionalInt(r.triageSeconds)},
                                      {u"deadline_missed"_s, r.deadlineMissed}});
        }
        json.insert(u"results"_s, lines);
    }
    return json;
}

TraineeScore TraineeScore::fromJson(const QJsonObject &json)
{
    TraineeScore s;
    s.trainee = json.value(u"trainee"_s).toString();
    s.name = json.value(u"name"_s).toString();
    s.arrived = json.value(u"arrived"_s).toInt();
    s.handled = json.value(u"handled"_s).toInt();
    s.correctDecisions = json.value(u"correct_decisions"_s).toInt();
    s.opdCases = json.value(u"opd_cases"_s).toInt();
    s.correctOpds = json.value(u"correct_opds"_s).toInt();
    s.medianTriageSeconds = intOrNothing(json.value(u"median_triage_seconds"_s));
    s.deadlinesMissed = json.value(u"deadlines_missed"_s).toInt();
    for (const QJsonValue &value : json.value(u"results"_s).toArray()) {
        const QJsonObject r = value.toObject();
        ComplaintResult line;
        line.key = r.value(u"key"_s).toString();
        line.title = r.value(u"title"_s).toString();
        line.expected = r.value(u"expected"_s).toString();
        line.actual = r.value(u"actual"_s).toString();
        line.expectedHandling = Handling::fromJson(r.value(u"expected_handling"_s).toObject());
        line.actualHandling = Handling::fromJson(r.value(u"actual_handling"_s).toObject());
        line.arrived = r.value(u"arrived"_s).toBool();
        line.handled = r.value(u"handled"_s).toBool();
        line.decisionCorrect = r.value(u"decision_correct"_s).toBool();
        if (r.value(u"opd_correct"_s).isBool())
            line.opdCorrect = r.value(u"opd_correct"_s).toBool();
        line.triageSeconds = intOrNothing(r.value(u"triage_seconds"_s));
        line.deadlineMissed = r.value(u"deadline_missed"_s).toBool();
        s.results.append(line);
    }
    return s;
}

} // namespace rabeg
