#pragma once

#include "RoutingTable.h"
#include "core/Result.h"
#include "domain/Actor.h"
#include "domain/Event.h"
#include "domain/Refusal.h"
#include "refdata/ReferenceData.h"

#include <QJsonObject>

#include <utility>

namespace rabeg {

// Reference events of the category and service tree (docs/reference-admin.md), each with the admin's `reason`.
// The tree has two levels (a root and its children); services hang under any category. Nothing is deleted.
inline constexpr char16_t kCategoryAddedType[] = u"category_added";       // id, parent, name
inline constexpr char16_t kCategoryRenamedType[] = u"category_renamed";   // id, name
inline constexpr char16_t kCategoryMovedType[] = u"category_moved";       // id, parent
inline constexpr char16_t kCategoryDeactivatedType[] = u"category_deactivated"; // id, name
inline constexpr char16_t kServiceAddedType[] = u"service_added";         // code, category, name
inline constexpr char16_t kServiceRenamedType[] = u"service_renamed";     // code, name
inline constexpr char16_t kServiceMovedType[] = u"service_moved";         // code, category
inline constexpr char16_t kServiceDeactivatedType[] = u"service_deactivated"; // code, name

// The tree's part of ReferenceVersions: learning its events into the reference data, and deciding an admin's
// request {"action": add|rename|move|deactivate, "id"|"code", "name", "parent"|"category", "reason"}.
class CategoryTree
{
public:
    // Applies a tree event to `reference` (re-indexed); false when the event is not a tree event.
    static bool learn(ReferenceData &reference, const Event &event);
    // The event's wire type and payload, or the refusal as a sentence naming the field.
    static Result<std::pair<QString, QJsonObject>, Refusal> decide(const ReferenceData &reference,
                                                                   const RoutingTable &routing, int routingVersion,
                                                                   const QJsonObject &request, const Actor &actor,
                                                                   bool service);
};

} // namespace rabeg
