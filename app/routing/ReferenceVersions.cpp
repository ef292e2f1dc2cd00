#include "ReferenceVersions.h"

#include "core/VisibleText.h"
#include "CategoryTree.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qsizetype kMaxReason = 500;
constexpr qsizetype kMaxName = 200;
constexpr qsizetype kMaxRules = 5000;

Refusal invalid(const QString &code, const QString &message)
{
    return {Refusal::Kind::InvalidPayload, code, message};
}

std::optional<Refusal> checkReason(const QJsonObject &request)
{
    const QJsonValue reason = request.value(u"reason"_s);
    if (!reason.isString() || !hasVisibleText(reason.toString()) || reason.toString().size() > kMaxReason)
        return invalid(u"reason_required"_s, u"reason: say what changes and why (1 to %1 characters)."_s.arg(kMaxReason));
    return std::nullopt;
}

std::optional<Refusal> checkFields(const QJsonObject &request, const QStringList &allowed)
{
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return invalid(u"invalid_field"_s,
                           u"%1: not a field of this request (%2)."_s.arg(it.key(), allowed.join(u", "_s)));
    }
    return std::nullopt;
}

bool isEvent(const Event &event, const char16_t *type)
{
    return event.typeName == QStringView(type);
}

} // namespace

ReferenceVersions::ReferenceVersions(ReferenceData shipped)
    : m_reference(std::move(shipped)), m_routing(RoutingTable::fromReferenceData(m_reference))
{ }

Result<ReferenceVersions> ReferenceVersions::fold(const ReferenceData &shipped, const QList<Event> &stream)
{
    ReferenceVersions versions(shipped);
    for (const Event &event : stream) {
        if (Status status = versions.learn(event))
            return *status;
    }
    return versions;
}

Status ReferenceVersions::learn(const Event &event)
{
    if (CategoryTree::learn(m_reference, event))
        return std::nullopt;
    const QJsonObject &p = event.payload;
    const QString code = p.value(u"code"_s).toString();
    const QString name = p.value(u"name"_s).toString();
    if (isEvent(event, kOpdAddedType) || isEvent(event, kAgencyAddedType)) {
        if (m_reference.hasOpd(code) || m_reference.hasAgency(code))
            return std::nullopt; // learnt twice (a page applied again)
        if (isEvent(event, kOpdAddedType))
            m_reference.opds.append(Opd {code, name, false, false, true});
        else
            m_reference.agencies.append(Agency {code, name, p.value(u"handles"_s).toString(), true});
        m_reference.index();
        return std::nullopt;
    }
    const bool opdRenamed = isEvent(event, kOpdRenamedType);
    const bool opdOff = isEvent(event, kOpdDeactivatedType);
    for (qsizetype i = 0; (opdRenamed || opdOff) && i < m_reference.opds.size(); ++i) {
        if (m_reference.opds.at(i).code != code)
            continue;
        if (opdRenamed)
            m_reference.opds[i].name = name;
        else
            m_reference.opds[i].active = false;
    }
    const bool agencyRenamed = isEvent(event, kAgencyRenamedType);
    const bool agencyOff = isEvent(event, kAgencyDeactivatedType);
    for (qsizetype i = 0; (agencyRenamed || agencyOff) && i < m_reference.agencies.size(); ++i) {
        if (m_reference.agencies.at(i).code != code)
            continue;
        if (agencyRenamed)
            m_reference.agencies[i].name = name;
        else
            m_reference.agencies[i].active = false;
    }
    if (isEvent(event, kRoutingTablePublishedType)) {
        const int version = p.value(u"version"_s).toInt();
        if (version <= m_routingVersion)
            return std::nullopt; // learnt twice
        if (version != m_routingVersion + 1)
            return Error {u"damaged_log"_s, u"routing table version %1 follows version %2"_s.arg(version).arg(
                                                m_routingVersion)};
        RoutingTable table;
        for (RoutingRule rule : decodeRules(p.value(u"rules"_s).toArray())) {
            rule.version = version;
            table.add(rule);
        }
        m_routing = table;
        m_routingVersion = version;
        m_routingBy = event.actor.user;
        m_routingReason = p.value(u"reason"_s).toString();
    }
    return std::nullopt;
}

Result<ReferenceVersions::Decision, Refusal> ReferenceVersions::decideRouteHolder(const QJsonObject &request,
                                                                                  const Actor &actor,
                                                                                  bool agency) const
{
    const QString what = agency ? u"external agency"_s : u"OPD"_s;
    if (actor.role != Role::Admin)
        return Refusal {Refusal::Kind::RoleNotAllowed, u"role_not_allowed"_s,
                        u"Only an administrator adds, renames or deactivates OPDs and external agencies."_s};
    if (auto refusal = checkFields(request, {u"action"_s, u"code"_s, u"name"_s, u"reason"_s}))
        return *refusal;
    const QString action = request.value(u"action"_s).toString();
    if (action != u"add"_s && action != u"rename"_s && action != u"deactivate"_s)
        return invalid(u"invalid_field"_s, u"action: expected add, rename or deactivate."_s);
    const QString code = request.value(u"code"_s).toString().trimmed();
    const QString name = request.value(u"name"_s).toString().trimmed();
    if (action != u"deactivate"_s && (!hasVisibleText(name) || name.size() > kMaxName))
        return invalid(u"name_required"_s,
                       u"name: give the %1's full name (1 to %2 characters)."_s.arg(what).arg(kMaxName));
    if (auto refusal = checkReason(request))
        return *refusal;
    const Opd *opd = m_reference.opd(code);
    const Agency *other = m_reference.agency(code);
    if (action == u"add"_s) {
        static const QRegularExpression codeForm(u"^[A-Z0-9][A-Z0-9-]{1,31}$"_s);
        if (!codeForm.match(code).hasMatch())
            return invalid(u"invalid_code"_s, u"code: give the new %1 a short code of capital letters, digits and "
                                              u"dashes, such as DISKOMINFO."_s.arg(what));
        if (opd || other)
            return invalid(u"code_taken"_s,
                           u"code: %1 is already the %2 \"%3\"; choose another code, or rename that one."_s.arg(
                               code, opd ? u"OPD"_s : u"external agency"_s, opd ? opd->name : other->name));
        QJsonObject payload {{u"code"_s, code}, {u"name"_s, name}, {u"reason"_s, request.value(u"reason"_s)}};
        return Decision {QString::fromUtf16(agency ? kAgencyAddedType : kOpdAddedType), payload};
    }
    const bool known = agency ? other != nullptr : opd != nullptr;
    if (!known)
        return invalid(agency ? u"unknown_agency"_s : u"unknown_opd"_s,
                       u"code: there is no %1 with the code \"%2\"."_s.arg(what, code));
    const bool active = agency ? other->active : opd->active;
    const QString current = agency ? other->name : opd->name;
    if (!active)
        return Refusal {Refusal::Kind::WrongState, u"already_deactivated"_s,
                        u"%1 (%2) is deactivated; it can no longer be changed."_s.arg(code, current)};
    if (action == u"rename"_s) {
        if (name == current)
            return invalid(u"same_name"_s, u"name: %1 is already called \"%2\"."_s.arg(code, name));
        QJsonObject payload {{u"code"_s, code}, {u"name"_s, name}, {u"reason"_s, request.value(u"reason"_s)}};
        return Decision {QString::fromUtf16(agency ? kAgencyRenamedType : kOpdRenamedType), payload};
    }
    int routed = 0;
    for (const RoutingRule &rule : m_routing.rules())
        routed += rule.route == code ? 1 : 0;
    if (routed > 0)
        return Refusal {Refusal::Kind::WrongState, u"still_routed"_s,
                        u"%1 still receives complaints under routing table version %2 (%3 rules); publish a table "
                        u"that routes them elsewhere first, then deactivate it."_s.arg(code)
                            .arg(m_routingVersion)
                            .arg(routed)};
    QJsonObject payload {{u"code"_s, code}, {u"name"_s, current}, {u"reason"_s, request.value(u"reason"_s)}};
    return Decision {QString::fromUtf16(agency ? kAgencyDeactivatedType : kOpdDeactivatedType), payload};
}

Result<ReferenceVersions::Decision, Refusal> ReferenceVersions::decideRoutingTable(const QJsonObject &request,
                                                                                   const Actor &actor) const
{
    if (actor.role != Role::Admin)
        return Refusal {Refusal::Kind::RoleNotAllowed, u"role_not_allowed"_s,
                        u"Only an administrator publishes the routing table."_s};
    if (auto refusal = checkFields(request, {u"version"_s, u"reason"_s, u"rules"_s}))
        return *refusal;
    const QJsonValue version = request.value(u"version"_s);
    const int next = m_routingVersion + 1;
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return invalid(u"invalid_field"_s, u"version: expected the whole number of the version published (%1)."_s.arg(next));
    if (version.toInt() != next)
        return Refusal {Refusal::Kind::WrongState, u"routing_version_taken"_s,
                        u"version: version %1 is in force, so this one is %2; someone published in between. Reload, "
                        u"check the changes, and publish again."_s.arg(m_routingVersion)
                            .arg(next)};
    if (auto refusal = checkReason(request))
        return *refusal;
    if (!request.value(u"rules"_s).isArray())
        return invalid(u"invalid_field"_s, u"rules: expected the whole table as a list of rules."_s);
    const QJsonArray array = request.value(u"rules"_s).toArray();
    if (array.size() > kMaxRules)
        return invalid(u"invalid_field"_s, u"rules: at most %1 rules."_s.arg(kMaxRules));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject rule = array.at(i).toObject();
        if (!array.at(i).isObject() || rule.value(u"service"_s).toString().trimmed().isEmpty()
            || rule.value(u"route"_s).toString().trimmed().isEmpty()
            || (rule.contains(u"kecamatan"_s) && !rule.value(u"kecamatan"_s).isString()) || rule.size() > 3)
            return invalid(u"invalid_field"_s,
                           u"rules[%1]: expected {\"service\", \"kecamatan\" (optional), \"route\"}."_s.arg(i));
    }
    const QList<RoutingRule> rules = decodeRules(array);
    if (auto refusal = checkRules(rules))
        return *refusal;
    QJsonObject payload {{u"version"_s, next}, {u"reason"_s, request.value(u"reason"_s).toString().trimmed()},
                         {u"rules"_s, encodeRules(rules)}};
    return Decision {QString::fromUtf16(kRoutingTablePublishedType), payload};
}

Result<ReferenceVersions::Decision, Refusal> ReferenceVersions::decideTreeChange(const QJsonObject &request,
                                                                                 const Actor &actor, bool service) const
{
    const auto decided = CategoryTree::decide(m_reference, m_routing, m_routingVersion, request, actor, service);
    if (!decided.ok())
        return decided.error();
    return Decision {decided->first, decided->second};
}

std::optional<Refusal> ReferenceVersions::checkRules(const QList<RoutingRule> &rules) const
{
    if (rules.isEmpty())
        return invalid(u"invalid_field"_s, u"rules: a routing table needs at least one rule."_s);
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const RoutingRule &rule = rules.at(i);
        const QString at = u"rules[%1]"_s.arg(i);
        if (!m_reference.hasService(rule.service))
            return invalid(u"unknown_service"_s, u"%1.service: there is no service \"%2\"."_s.arg(at, rule.service));
        if (!m_reference.service(rule.service)->active)
            return invalid(u"inactive_service"_s,
                           u"%1.service: %2 is deactivated; leave it out of the table."_s.arg(at, rule.service));
        if (!rule.kecamatan.isEmpty() && !m_reference.hasKecamatan(rule.kecamatan))
            return invalid(u"unknown_kecamatan"_s,
                           u"%1.kecamatan: there is no kecamatan \"%2\"."_s.arg(at, rule.kecamatan));
        const Opd *opd = m_reference.opd(rule.route);
        const Agency *agency = m_reference.agency(rule.route);
        if (!opd && !agency)
            return invalid(u"unknown_route"_s,
                           u"%1.route: there is no OPD or external agency \"%2\"."_s.arg(at, rule.route));
        if ((opd && !opd->active) || (agency && !agency->active))
            return invalid(u"inactive_route"_s, u"%1.route: %2 is deactivated; route service %3 to an active OPD or "
                                                u"agency."_s.arg(at, rule.route, rule.service));
        const QString key = rule.service + u'|' + rule.kecamatan;
        if (const auto first = seen.constFind(key); first != seen.cend())
            return invalid(u"duplicate_rule"_s, u"%1: service %2 in %3 already has rules[%4]; keep one."_s.arg(
                                                    at, rule.service,
                                                    rule.kecamatan.isEmpty() ? u"every kecamatan"_s : rule.kecamatan)
                                                    .arg(*first));
        seen.insert(key, i);
    }
    return std::nullopt;
}

QJsonArray ReferenceVersions::encodeRules(const QList<RoutingRule> &rules)
{
    QJsonArray out;
    for (const RoutingRule &rule : rules) {
        QJsonObject json {{u"service"_s, rule.service}, {u"route"_s, rule.route}};
        if (!rule.kecamatan.isEmpty())
            json.insert(u"kecamatan"_s, rule.kecamatan);
        out.append(json);
    }
    return out;
}

QList<RoutingRule> ReferenceVersions::decodeRules(const QJsonArray &rules)
{
    QList<RoutingRule> out;
    for (const QJsonValue &value : rules) {
        const QJsonObject json = value.toObject();
        RoutingRule rule;
        rule.service = json.value(u"service"_s).toString().trimmed();
        rule.kecamatan = json.value(u"kecamatan"_s).toString().trimmed();
        rule.route = json.value(u"route"_s).toString().trimmed();
        if (!rule.service.isEmpty() && !rule.route.isEmpty())
            out.append(rule);
    }
    return out;
}

} // namespace rabeg
