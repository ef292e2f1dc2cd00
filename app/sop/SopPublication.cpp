#include "SopPublication.h"

#include "SopTemplateJson.h"
#include "domain/ReferenceActivity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

struct PublicationText
{
    Q_DECLARE_TR_FUNCTIONS(SopPublication)
};

// The checks a draft and a publication share: a valid template, as the next version of its template.
Result<QJsonObject, Refusal> checkNextVersion(const SopCatalog &catalog, const QJsonObject &payload,
                                              const ReferenceLookup *reference)
{
    const auto sop = decodeSopTemplate(payload, u"payload"_s, DecodeMode::Strict, reference);
    if (!sop.ok())
        return Refusal {Refusal::Kind::InvalidPayload, sop.error().code, sop.error().message};
    if (auto refusal = inactiveSopOpd(sop->opd, reference))
        return *refusal;
    const int next = catalog.latestVersion(sop->opd, sop->service) + 1;
    if (sop->version != next)
        return Refusal {Refusal::Kind::WrongState, u"sop_version_taken"_s,
                        PublicationText::tr("%1: the next version to publish is %2, not %3. Someone may have "
                                            "published meanwhile: reload the template and publish again.")
                            .arg(sopTemplateId(sop->opd, sop->service))
                            .arg(next)
                            .arg(sop->version)};
    return encodeSopTemplate(sop.value());
}

} // namespace

Refusal sopOpdDeactivated(const QString &opd)
{
    return Refusal {Refusal::Kind::InvalidPayload, u"inactive_opd"_s,
                    PublicationText::tr("The OPD %1 was deactivated by an administrator and takes no new "
                                        "complaints, so no new SOP template version is published for it; its "
                                        "published versions stay with the complaints that use them.")
                        .arg(opd)};
}

std::optional<Refusal> inactiveSopOpd(const QString &opd, const ReferenceLookup *reference)
{
    // As the lifecycle asks (Lifecycle.cpp): only a lookup with the admins' changes folded in knows of any.
    const auto *activity = dynamic_cast<const ReferenceActivity *>(reference);
    if (!activity || opd == QStringView(kSopAny) || !reference->hasOpd(opd) || activity->isActiveOpd(opd))
        return std::nullopt;
    return sopOpdDeactivated(opd);
}

Result<QJsonObject, Refusal> decideSopPublication(const SopCatalog &catalog, const QJsonObject &payload,
                                                  const Actor &actor, const ReferenceLookup *reference)
{
    if (actor.role != Role::Admin && actor.role != Role::Supervisor)
        return Refusal {Refusal::Kind::RoleNotAllowed, u"role_not_allowed"_s,
                        PublicationText::tr("Only an admin or a supervisor publishes SOP templates; a liaison may "
                                            "prepare a draft for an admin to publish.")};
    return checkNextVersion(catalog, payload, reference);
}

Result<QJsonObject, Refusal> decideSopDraft(const SopCatalog &catalog, const QJsonObject &payload, const Actor &actor,
                                            const ReferenceLookup *reference)
{
    if (actor.role != Role::Liaison)
        return Refusal {Refusal::Kind::RoleNotAllowed, u"role_not_allowed"_s,
                        PublicationText::tr("Only an OPD liaison submits SOP drafts; admins and supervisors "
                                            "publish directly.")};
    if (payload.value(u"opd"_s).toString() != actor.opd)
        return Refusal {Refusal::Kind::OutOfScope, u"not_your_opd"_s,
                        PublicationText::tr("You may draft SOP templates for your own OPD (%1) only.").arg(actor.opd)};
    return checkNextVersion(catalog, payload, reference);
}

} // namespace rabeg
