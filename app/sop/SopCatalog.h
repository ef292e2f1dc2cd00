#pragma once

#include "core/Result.h"
#include "domain/Event.h"
#include "refdata/ReferenceTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace rabeg {

// The wire type of the reference-data event that publishes a template version (DESIGN.md, "Event log": reference
// data changes are events too). It is not a complaint event: it belongs to no complaint's history and the
// projection never sees it; complaint decoders keep it raw (known == false) and SopCatalog::learn reads it.
inline constexpr char16_t kSopPublishedType[] = u"sop_published";

// "*" in both opd and service: the generic template, used where an OPD has none for a service.
inline constexpr char16_t kSopAny[] = u"*";

// A template's id on the wire and in events: "DISDUKCAPIL/ktp-el", or "generic" for the generic template.
QString sopTemplateId(const QString &opd, const QString &service);

// The generic three-step template (version 1), shipped in code because it belongs to no OPD and no service.
const SopTemplate &genericSopTemplate();

// Every published version of every SOP template of a store (DESIGN.md, "SOP checklists"). A version never
// changes once published; a new one applies to dispatches from its publication on, never to running checklists,
// which keep the version they started with. Templates shipped with the reference data count as published before
// any complaint existed. Value type; the hub and every workstation hold the same one, learnt from the same log.
class SopCatalog
{
public:
    SopCatalog(); // the generic template only
    static SopCatalog fromShipped(const QList<SopTemplate> &shipped);

    // Adds a version published at `at` (invalid: in force since always). It must be the next version of its
    // template and published no earlier than the previous one.
    Status publish(const SopTemplate &version, const QDateTime &at);
    // Learns from a sop_published event; any other event is ignored (nullopt). A version learnt twice (a page
    // pulled again) is ignored too.
    Status learn(const Event &event);

    // What a dispatch at `at` to `opd` about `service` instantiates: the newest version of (opd, service)
    // published at or before `at`, else the newest generic version.
    const SopTemplate &inForce(const QString &opd, const QString &service, const QDateTime &at) const;
    // One exact version, as a checklist refers to it; nullptr when this catalog has not learnt it (yet).
    const SopTemplate *find(const QString &templateId, int version) const;
    int latestVersion(const QString &opd, const QString &service) const; // 0 when never published
    // The newest version of each template, ordered by id: what the editor lists and an export writes.
    QList<SopTemplate> latest() const;

private:
    struct Published
    {
        SopTemplate sop;
        QDateTime since; // invalid: shipped, in force since always
    };
    const SopTemplate *newestAt(const QString &id, const QDateTime &at) const;

    QHash<QString, QList<Published>> m_templates; // by template id, versions ascending
};

} // namespace rabeg
