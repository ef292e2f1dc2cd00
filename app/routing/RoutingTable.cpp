#include "RoutingTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString keyOf(const QString &service, const QString &kecamatan)
{
    return service + u'|' + kecamatan;
}

} // namespace

RoutingTable RoutingTable::fromReferenceData(const ReferenceData &reference)
{
    RoutingTable table;
    for (const Service &service : reference.services) {
        table.add({service.code, {}, service.route, 1});
        const Opd *office = reference.opd(service.route);
        if (!office || !office->kecamatanOffice)
            continue;
        // A kecamatan service goes to the office of the complaint's own kecamatan (KEC-<code>), when it exists.
        for (const Kecamatan &kecamatan : reference.kecamatan) {
            const QString own = u"KEC-"_s + kecamatan.code;
            if (reference.hasOpd(own))
                table.add({service.code, kecamatan.code, own, 1});
        }
    }
    return table;
}

void RoutingTable::add(const RoutingRule &rule)
{
    const QString key = keyOf(rule.service, rule.kecamatan);
    const auto found = m_index.constFind(key);
    if (found == m_index.cend()) {
        m_index.insert(key, m_rules.size());
        m_rules.append(rule);
    } else if (m_rules.at(*found).version <= rule.version) {
        m_rules[*found] = rule;
    }
}

std::optional<RoutingRule> RoutingTable::find(const QString &service, const QString &kecamatan) const
{
    if (service.isEmpty())
        return std::nullopt;
    if (!kecamatan.isEmpty()) {
        const auto specific = m_index.constFind(keyOf(service, kecamatan));
        if (specific != m_index.cend())
            return m_rules.at(*specific);
    }
    const auto general = m_index.constFind(keyOf(service, {}));
    if (general != m_index.cend())
        return m_rules.at(*general);
    return std::nullopt;
}

QStringList RoutingTable::routesOfCategory(const ReferenceData &reference, const QString &category) const
{
    QHash<QString, int> services;
    for (const Service &service : reference.services) {
        const Category *own = reference.category(service.category);
        if (service.category != category && !(own && own->parent == category))
            continue;
        if (const auto rule = find(service.code))
            services[rule->route] += 1;
    }
    QStringList routes = services.keys();
    std::sort(routes.begin(), routes.end(), [&services](const QString &a, const QString &b) {
        return services.value(a) != services.value(b) ? services.value(a) > services.value(b) : a < b;
    });
    return routes;
}

} // namespace rabeg
