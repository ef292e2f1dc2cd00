#pragma once

#include "RoutingTable.h"
#include "core/Result.h"
#include "domain/Actor.h"
#include "domain/Event.h"
#include "domain/Refusal.h"
#include "refdata/ReferenceData.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rabeg {

// Reference events of the admin screens (docs/reference-admin.md). Every payload carries the admin's `reason`.
// OPDs and external agencies are never deleted (complaints name them): added, renamed, deactivated.
inline constexpr char16_t kOpdAddedType[] = u"opd_added";
inline constexpr char16_t kOpdRenamedType[] = u"opd_renamed";
inline constexpr char16_t kOpdDeactivatedType[] = u"opd_deactivated";
inline constexpr char16_t kAgencyAddedType[] = u"agency_added";
inline constexpr char16_t kAgencyRenamedType[] = u"agency_renamed";
inline constexpr char16_t kAgencyDeactivatedType[] = u"agency_deactivated";
// The whole routing table, versioned: {"version", "reason", "rules": [{"service", "kecamatan", "route"}]}.
inline constexpr char16_t kRoutingTablePublishedType[] = u"routing_table_published";

// The OPDs, agencies and routing table in force: the shipped reference data (version 0 of the routing table is
// RoutingTable::fromReferenceData) with the reference events of the admin screens folded in stream order. The hub
// folds its log to decide the next change under the append lock; a workstation folds the events its cache learnt
// by sync, so every workstation converges on what the hub published. Events of other types are skipped.
class ReferenceVersions
{
public:
    explicit ReferenceVersions(ReferenceData shipped);

    static Result<ReferenceVersions> fold(const ReferenceData &shipped, const QList<Event> &stream);
    Status learn(const Event &event);

    const ReferenceData &reference() const { return m_reference; }
    const RoutingTable &routing() const { return m_routing; }
    int routingVersion() const { return m_routingVersion; }
    QString routingPublishedBy() const { return m_routingBy; }
    QString routingReason() const { return m_routingReason; }

    // The hub's decisions on an admin's request (the payload without command_id): the reference event's wire type
    // and payload, or a refusal whose message is a sentence naming the field. `agency` picks agencies over OPDs.
    struct Decision
    {
        QString type;
        QJsonObject payload;
    };
    Result<Decision, Refusal> decideRouteHolder(const QJsonObject &request, const Actor &actor, bool agency) const;
    Result<Decision, Refusal> decideRoutingTable(const QJsonObject &request, const Actor &actor) const;
    // The category and service tree (CategoryTree.h); `service` picks services over categories.
    Result<Decision, Refusal> decideTreeChange(const QJsonObject &request, const Actor &actor, bool service) const;

    // The same checks of a draft's rules the hub makes when it is published; the first problem as a sentence.
    std::optional<Refusal> checkRules(const QList<RoutingRule> &rules) const;

    static QJsonArray encodeRules(const QList<RoutingRule> &rules);
    // Tolerant: what cannot be read is left out (the hub refused it before it was published).
    static QList<RoutingRule> decodeRules(const QJsonArray &rules);

private:
    ReferenceData m_reference;
    RoutingTable m_routing;
    int m_routingVersion = 0;
    QString m_routingBy;
    QString m_routingReason;
};

} // namespace rabeg
