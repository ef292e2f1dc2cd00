#include "CategoryTree.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qsizetype kMaxReason = 500;
constexpr qsizetype kMaxName = 200;

Refusal invalid(const QString &code, const QString &message)
{
    return {Refusal::Kind::InvalidPayload, code, message};
}

Refusal wrongState(const QString &code, const QString &message)
{
    return {Refusal::Kind::WrongState, code, message};
}

bool is(const Event &event, const char16_t *type)
{
    return event.typeName == QStringView(type);
}

// The active categories whose parent is `id`, and the active services under `id`.
std::pair<int, int> contentsOf(const ReferenceData &reference, const QString &id)
{
    int children = 0;
    int services = 0;
    for (const Category &c : reference.categories)
        children += c.active && c.parent == id ? 1 : 0;
    for (const Service &s : reference.services)
        services += s.active && s.category == id ? 1 : 0;
    return {children, services};
}

} // namespace

bool CategoryTree::learn(ReferenceData &reference, const Event &event)
{
    const QJsonObject &p = event.payload;
    const QString id = p.value(u"id"_s).toString();
    const QString code = p.value(u"code"_s).toString();
    if (is(event, kCategoryAddedType)) {
        if (!reference.hasCategory(id))
            reference.categories.append(Category {id, p.value(u"parent"_s).toString(), p.value(u"name"_s).toString()});
    } else if (is(event, kServiceAddedType)) {
        if (!reference.hasService(code))
            reference.services.append(Service {code, p.value(u"category"_s).toString(), p.value(u"name"_s).toString(),
                                               QString(), {}, true});
    } else if (is(event, kCategoryRenamedType) || is(event, kCategoryMovedType)
               || is(event, kCategoryDeactivatedType)) {
        for (Category &c : reference.categories) {
            if (c.id != id)
                continue;
            if (is(event, kCategoryRenamedType))
                c.name = p.value(u"name"_s).toString();
            else if (is(event, kCategoryMovedType))
                c.parent = p.value(u"parent"_s).toString();
            else
                c.active = false;
        }
    } else if (is(event, kServiceRenamedType) || is(event, kServiceMovedType) || is(event, kServiceDeactivatedType)) {
        for (Service &s : reference.services) {
            if (s.code != code)
                continue;
            if (is(event, kServiceRenamedType))
                s.name = p.value(u"name"_s).toString();
            else if (is(event, kServiceMovedType))
                s.category = p.value(u"category"_s).toString();
            else
                s.active = false;
        }
    } else {
        return false;
    }
    reference.index();
    return true;
}

Result<std::pair<QString, QJsonObject>, Refusal> CategoryTree::decide(const ReferenceData &reference,
                                                                      const RoutingTable &routing, int routingVersion,
                                                                      const QJsonObject &request, const Actor &actor,
                                                                      bool service)
{
    if (actor.role != Role::Admin)
        return Refusal {Refusal::Kind::RoleNotAllowed, u"role_not_allowed"_s,
                        u"Only an administrator changes the category and service tree."_s};
    const QString key = service ? u"code"_s : u"id"_s;
    const QString place = service ? u"category"_s : u"parent"_s;
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        if (it.key() != u"action"_s && it.key() != key && it.key() != u"name"_s && it.key() != place
            && it.key() != u"reason"_s)
            return invalid(u"invalid_field"_s, u"%1: not a field of this request (action, %2, name, %3, reason)."_s.arg(
                                                   it.key(), key, place));
    }
    const QString action = request.value(u"action"_s).toString();
    if (action != u"add"_s && action != u"rename"_s && action != u"move"_s && action != u"deactivate"_s)
        return invalid(u"invalid_field"_s, u"action: expected add, rename, move or deactivate."_s);
    const QJsonValue reason = request.value(u"reason"_s);
    if (!reason.isString() || reason.toString().trimmed().isEmpty() || reason.toString().size() > kMaxReason)
        return invalid(u"reason_required"_s, u"reason: say what changes and why (1 to %1 characters)."_s.arg(kMaxReason));
    const QString what = service ? u"service"_s : u"category"_s;
    const QString id = request.value(key).toString().trimmed();
    const QString name = request.value(u"name"_s).toString().trimmed();
    const QString target = request.value(place).toString().trimmed();
    if ((action == u"add"_s || action == u"rename"_s) && (name.isEmpty() || name.size() > kMaxName))
        return invalid(u"name_required"_s, u"name: give the %1's name (1 to %2 characters)."_s.arg(what).arg(kMaxName));
    const QJsonObject base {{key, id}, {u"reason"_s, reason.toString().trimmed()}};

    // Where it goes (add, move): an active category; a category's parent must be a root (two levels).
    const auto checkPlace = [&]() -> std::optional<Refusal> {
        if (!service && target.isEmpty())
            return std::nullopt; // a root
        const Category *into = reference.category(target);
        if (!into)
            return invalid(u"unknown_category"_s, u"%1: there is no category \"%2\"."_s.arg(place, target));
        if (!into->active)
            return invalid(u"inactive_category"_s, u"%1: %2 is deactivated; choose an active category."_s.arg(place, target));
        if (!service && !into->parent.isEmpty())
            return invalid(u"too_deep"_s, u"parent: %1 is itself under %2; the tree has two levels, so choose a root "
                                          u"category."_s.arg(target, into->parent));
        if (!service && target == id)
            return invalid(u"invalid_field"_s, u"parent: a category cannot be under itself."_s);
        return std::nullopt;
    };

    if (action == u"add"_s) {
        static const QRegularExpression form(u"^[a-z0-9][a-z0-9-]{1,47}$"_s);
        if (!form.match(id).hasMatch())
            return invalid(u"invalid_code"_s, u"%1: give the new %2 a short %1 of small letters, digits and dashes, "
                                              u"such as pju-taman."_s.arg(key, what));
        const bool taken = service ? reference.hasService(id) : reference.hasCategory(id);
        if (taken)
            return invalid(u"code_taken"_s, u"%1: %2 is already a %3; choose another, or rename that one."_s.arg(key, id, what));
        if (service && target.isEmpty())
            return invalid(u"invalid_field"_s, u"category: say which category the service belongs to."_s);
        if (auto refusal = checkPlace())
            return *refusal;
        QJsonObject payload = base;
        payload.insert(u"name"_s, name);
        payload.insert(place, target);
        return std::pair {QString::fromUtf16(service ? kServiceAddedType : kCategoryAddedType), payload};
    }

    const Service *s = service ? reference.service(id) : nullptr;
    const Category *c = service ? nullptr : reference.category(id);
    if (!s && !c)
        return invalid(service ? u"unknown_service"_s : u"unknown_category"_s,
                       u"%1: there is no %2 \"%3\"."_s.arg(key, what, id));
    if (!(s ? s->active : c->active))
        return wrongState(u"already_deactivated"_s, u"%1 is deactivated; it can no longer be changed."_s.arg(id));
    if (action == u"rename"_s) {
        if (name == (s ? s->name : c->name))
            return invalid(u"same_name"_s, u"name: %1 is already called \"%2\"."_s.arg(id, name));
        QJsonObject payload = base;
        payload.insert(u"name"_s, name);
        return std::pair {QString::fromUtf16(service ? kServiceRenamedType : kCategoryRenamedType), payload};
    }
    if (action == u"move"_s) {
        if (target == (s ? s->category : c->parent))
            return invalid(u"same_place"_s, u"%1: %2 is already there."_s.arg(place, id));
        if (auto refusal = checkPlace())
            return *refusal;
        if (c && !target.isEmpty() && contentsOf(reference, id).first > 0)
            return wrongState(u"has_children"_s, u"%1 has categories under it; the tree has two levels, so it stays a "
                                                 u"root. Move its categories first."_s.arg(id));
        QJsonObject payload = base;
        payload.insert(place, target);
        return std::pair {QString::fromUtf16(service ? kServiceMovedType : kCategoryMovedType), payload};
    }
    // deactivate
    if (c) {
        const auto [children, services] = contentsOf(reference, id);
        if (children + services > 0)
            return wrongState(u"not_empty"_s, u"%1 still holds %2 active categories and %3 active services; move or "
                                              u"deactivate them first."_s.arg(id)
                                                  .arg(children)
                                                  .arg(services));
    } else {
        int routed = 0;
        for (const RoutingRule &rule : routing.rules())
            routed += rule.service == id ? 1 : 0;
        if (routed > 0)
            return wrongState(u"still_routed"_s, u"%1 still has %2 rules in routing table version %3; publish a table "
                                                 u"without them first, then deactivate it."_s.arg(id)
                                                     .arg(routed)
                                                     .arg(routingVersion));
    }
    QJsonObject payload = base;
    payload.insert(u"name"_s, s ? s->name : c->name);
    return std::pair {QString::fromUtf16(service ? kServiceDeactivatedType : kCategoryDeactivatedType), payload};
}

} // namespace rabeg
