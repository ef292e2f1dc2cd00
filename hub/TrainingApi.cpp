#include "TrainingApi.h"

#include "HubApi.h"
#include "TrainingHub.h"
#include "codec/WireTime.h"
#include "json/JsonParser.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rabeg {

std::optional<HubResponse> TrainingApi::route(const HubRequest &request, const UserRecord &user)
{
    const QString &path = request.path;
    if (path != u"/api/v1/training"_s && !path.startsWith(u"/api/v1/training/"_s))
        return std::nullopt;
    if (user.role != Role::Trainer)
        return HubResponse::error(403, u"trainer_only"_s, u"Only a trainer runs the class."_s);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == u"/api/v1/training"_s && get)
        return status(request.query.queryItemValue(u"results"_s) == u"true"_s);
    if (path == u"/api/v1/training/clock"_s && post)
        return postClock(request);
    if (path == u"/api/v1/training/reset"_s && post) {
        if (Status failed = m_hub.reset())
            return storageFailure(*failed);
        return status(false);
    }
    if (path == u"/api/v1/training"_s || path == u"/api/v1/training/clock"_s || path == u"/api/v1/training/reset"_s)
        return HubResponse::error(405, u"method_not_allowed"_s,
                                  u"This route does not take "_s + QString::fromLatin1(request.method) + u"."_s);
    return HubResponse::error(404, u"not_found"_s, u"There is no such route."_s);
}

HubResponse TrainingApi::status(bool withResults)
{
    const auto scores = m_hub.scores();
    if (!scores.ok())
        return storageFailure(scores.error());
    const TrainingScenario &scenario = m_hub.scenario();
    QJsonObject body = m_api.envelope();
    body.insert(u"scenario"_s,
                QJsonObject {{u"id"_s, scenario.id},
                             {u"title"_s, scenario.title},
                             {u"start"_s, toWireTime(scenario.start)},
                             {u"complaints"_s, scenario.complaints.size()},
                             {u"trainees"_s, scenario.trainees.size()}});
    body.insert(u"class"_s, m_hub.classNumber());
    body.insert(u"arrived"_s, m_hub.arrivedCount());
    const auto next = m_hub.nextArrival();
    body.insert(u"next_arrival"_s, next ? QJsonValue(toWireTime(*next)) : QJsonValue());
    QJsonArray list;
    for (const TraineeScore &score : scores.value())
        list.append(score.toJson(withResults));
    body.insert(u"scores"_s, list);
    return HubResponse::json(200, body);
}

HubResponse TrainingApi::postClock(const HubRequest &request)
{
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok() || !parsed.value().isObject())
        return HubResponse::error(400, u"malformed_json"_s,
                                  parsed.ok() ? u"Send a JSON object {\"speed\", \"jump_to\"}."_s
                                              : parsed.error().message);
    const QJsonObject body = parsed.value().toObject();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"speed"_s && it.key() != u"jump_to"_s)
            return HubResponse::error(422, u"invalid_field"_s, it.key() + u": unknown field"_s);
    }
    if (body.isEmpty())
        return HubResponse::error(422, u"invalid_field"_s, u"Send \"speed\", \"jump_to\" or both."_s);
    // A jump happens at the old speed's pace (it is instantaneous); the new speed runs from the instant jumped to.
    if (body.contains(u"jump_to"_s)) {
        const QDateTime target = parseWireTime(body.value(u"jump_to"_s).toString());
        if (!target.isValid())
            return HubResponse::error(422, u"invalid_field"_s,
                                      u"jump_to: an ISO 8601 time with a zone, e.g. 2026-11-02T10:00:00+07:00"_s);
        if (Status failed = m_hub.jumpTo(target))
            return failed->code == u"jump_backwards"_s ? HubResponse::error(422, failed->code, failed->message)
                                                       : storageFailure(*failed);
    }
    if (body.contains(u"speed"_s)) {
        const QJsonValue speed = body.value(u"speed"_s);
        if (!speed.isDouble())
            return HubResponse::error(422, u"invalid_field"_s, u"speed: a number, 0 (paused) or 1 to 600"_s);
        if (Status failed = m_hub.setSpeed(speed.toDouble()))
            return failed->code == u"bad_speed"_s ? HubResponse::error(422, failed->code, failed->message)
                                                  : storageFailure(*failed);
    }
    return status(false);
}

} // namespace rabeg
