#include "TrainingReference.h"

#include "HubStore.h"
#include "ReferenceStream.h"
#include "json/CanonicalJson.h"
#include "routing/ReferenceVersions.h"
#include "training/TrainingIds.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace rabeg {

Status publishScenarioReference(HubStore &store, const TrainingScenario &scenario, const QString &classId,
                                const QDateTime &now)
{
    const Actor actor {u"system"_s, Role::System, QString()};
    for (const ReferenceOverride &override : scenario.reference) {
        const QString added = QString::fromUtf16(override.agency ? kAgencyAddedType : kOpdAddedType);
        const QString renamed = QString::fromUtf16(override.agency ? kAgencyRenamedType : kOpdRenamedType);
        const QJsonObject payload {{u"code"_s, override.code},
                                   {u"name"_s, override.name},
                                   {u"reason"_s, u"Skenario pelatihan %1"_s.arg(scenario.id)}};
        for (const QString &type : {added, renamed}) {
            ReferenceAppend append;
            append.commandId = trainingIds::referenceCommand(classId, type, override.code);
            append.actor = actor;
            append.workstation = u"rabeg-training"_s;
            append.now = now;
            append.requestDigest
                = QCryptographicHash::hash(json::canonicalBytesUnchecked(payload), QCryptographicHash::Sha256);
            append.decide = [&type, &payload](const QList<Event> &) -> std::variant<ReferenceDraft, CommandOutcome> {
                return ReferenceDraft {type, payload, QString()};
            };
            const auto outcome = store.appendReference(append);
            if (!outcome.ok())
                return outcome.error();
            if (outcome->status != 200)
                return Error {u"storage_error"_s,
                              u"the scenario's reference override %1 was not published (%2)"_s.arg(
                                  override.code, QString::number(outcome->status))};
        }
    }
    return std::nullopt;
}

} // namespace rabeg
