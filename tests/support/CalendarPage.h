#pragma once

// A calendar version as a sync page brings it to a workstation: the admins' calendar_published reference event,
// applied with its cursor on the given connection (which adopts it, as the sync thread's does). Header-only.

#include <catch2/catch.hpp>

#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "deadline/PolicyJson.h"
#include "store/SyncRepository.h"

namespace rabeg::test {

inline void adoptCalendarByPage(LocalCache &cache, const QList<CalendarDay> &days, int version = 1)
{
    Event event;
    event.id = QUuid::createUuid();
    event.typeName = QString::fromUtf16(kCalendarPublishedType);
    event.known = false;
    event.actor = {QStringLiteral("admin.dewi"), Role::Admin, {}};
    event.at = parseWireTime(QStringLiteral("2026-11-27T02:00:00Z"));
    event.payload = {{QStringLiteral("version"), version},
                     {QStringLiteral("why"), QStringLiteral("Keppres libur tambahan")},
                     {QStringLiteral("days"), encodeCalendarDays(days)}};
    PulledItem item;
    item.seq = 900'000 + version;
    item.event = event;
    item.eventJson = encodeEvent(event); // kept in the cache's events, where the adoption folds it from
    REQUIRE_FALSE(SyncRepository(cache).applyEventPage({item}, item.seq));
}

} // namespace rabeg::test
