#include "SopRoute.h"

#include "core/VisibleText.h"
#include "HubApi.h"
#include "ReferenceRequest.h"
#include "json/JsonParser.h"
#include "sop/SopPublication.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qsizetype kMaxReason = 500;

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}};
}

CommandOutcome refused(const Refusal &refusal)
{
    const int status = refusal.isForbidden() ? 403 : 422;
    return {status, errorBody(refusal.code, refusal.message)};
}

// The draft an admin publishes: the same template, submitted earlier and not published since.
std::optional<CommandOutcome> checkDraft(const QList<Event> &stream, const QUuid &draftId, const QJsonObject &sop)
{
    for (const Event &event : stream) {
        if (event.id != draftId || event.typeName != QStringView(kSopDraftSubmittedType))
            continue;
        QJsonObject submitted = event.payload;
        submitted.remove(u"reason"_s);
        if (submitted != sop)
            return CommandOutcome {422,
                                   errorBody(u"draft_differs"_s,
                                             u"The template differs from the draft it names; publish it "
                                             u"without \"draft\", or send the draft as it was submitted."_s)};
        return std::nullopt;
    }
    return CommandOutcome {422, errorBody(u"unknown_draft"_s, u"There is no submitted SOP draft with this id."_s)};
}

} // namespace

HubResponse SopRoute::post(const HubRequest &request, const Actor &actor, const QDateTime &now, bool &appended)
{
    appended = false;
    const auto parsed = json::parseStrict(request.body);
    if (!parsed.ok())
        return HubResponse::error(400, u"malformed_json"_s, parsed.error().message);
    if (!parsed.value().isObject())
        return HubResponse::error(400, u"malformed_json"_s, u"Send the publication as a JSON object."_s);
    const QJsonObject body = parsed.value().toObject();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != u"command_id"_s && it.key() != u"template"_s && it.key() != u"reason"_s
            && it.key() != u"draft"_s)
            return HubResponse::error(422, u"invalid_field"_s, u"%1: not a field of a publication"_s.arg(it.key()));
    }
    const QUuid commandId = QUuid::fromString(body.value(u"command_id"_s).toString());
    if (commandId.isNull())
        return HubResponse::error(422, u"invalid_field"_s, u"command_id: expected a UUID made by the client"_s);
    if (!body.value(u"template"_s).isObject())
        return HubResponse::error(422, u"invalid_field"_s, u"template: expected the template version as an object"_s);
    const QString reason = body.value(u"reason"_s).toString().trimmed();
    if (!hasVisibleText(reason) || reason.size() > kMaxReason)
        return HubResponse::error(422, u"reason_required"_s,
                                  u"Say why this version is published (reason: 1 to %1 characters)."_s.arg(kMaxReason));
    QUuid draftId;
    if (body.contains(u"draft"_s)) {
        draftId = QUuid::fromString(body.value(u"draft"_s).toString());
        if (draftId.isNull())
            return HubResponse::error(422, u"invalid_field"_s,
                                      u"draft: expected the id of a sop_draft_submitted event"_s);
        if (actor.role == Role::Liaison)
            return HubResponse::error(403, u"role_not_allowed"_s,
                                      u"A liaison submits drafts; an admin publishes them."_s);
    }
    const QJsonObject sopJson = body.value(u"template"_s).toObject();

    ReferenceAppend append = referenceAppend(request, commandId, actor, now, body);
    append.decide = [&](const QList<Event> &stream) -> std::variant<ReferenceDraft, CommandOutcome> {
        if (Status status = m_inForce.catchUp(stream))
            return CommandOutcome {500, errorBody(u"damaged_log"_s, status->message)};
        const bool draft = actor.role == Role::Liaison;
        const auto decided = draft ? decideSopDraft(m_inForce.catalog(), sopJson, actor, &m_inForce)
                                   : decideSopPublication(m_inForce.catalog(), sopJson, actor, &m_inForce);
        if (!decided.ok())
            return refused(decided.error());
        if (!draftId.isNull()) {
            if (auto problem = checkDraft(stream, draftId, decided.value()))
                return *problem;
        }
        QJsonObject payload = decided.value();
        payload.insert(u"reason"_s, reason);
        if (!draftId.isNull())
            payload.insert(u"draft"_s, draftId.toString(QUuid::WithoutBraces));
        return ReferenceDraft {draft ? QString::fromUtf16(kSopDraftSubmittedType)
                                     : QString::fromUtf16(kSopPublishedType),
                               payload, draft ? actor.opd : QString()};
    };
    const auto outcome = m_store.appendReference(append);
    if (!outcome.ok())
        return storageFailure(outcome.error());
    appended = outcome->status == 200 && !outcome->replayed;
    return HubResponse::json(outcome->status, outcome->body);
}

} // namespace rabeg
