#pragma once

#include "refdata/ReferenceData.h"

#include <QHash>
#include <QList>

#include <optional>

namespace rabeg {

// The versioned routing table: service (optionally in one kecamatan) -> OPD or agency. A kecamatan-specific rule
// beats the service's default. Admin edits arrive as rules with a higher version; the highest version of the same
// (service, kecamatan) wins.
class RoutingTable
{
public:
    RoutingTable() = default;

    // Version-1 rules from services.csv's `route` column; a service whose default is a kecamatan office
    // (pelayanan-kecamatan) also gets one rule per kecamatan to that kecamatan's own office.
    static RoutingTable fromReferenceData(const ReferenceData &reference);

    void add(const RoutingRule &rule);
    const QList<RoutingRule> &rules() const { return m_rules; }

    // The rule that applies to a service in a kecamatan (kecamatan may be empty), if any.
    std::optional<RoutingRule> find(const QString &service, const QString &kecamatan = {}) const;
    // The distinct routes of the services of one category (the id or any child of it), most services first.
    QStringList routesOfCategory(const ReferenceData &reference, const QString &category) const;

private:
    QList<RoutingRule> m_rules;
    QHash<QString, qsizetype> m_index; // "service|kecamatan" -> position in m_rules
};

} // namespace rabeg
