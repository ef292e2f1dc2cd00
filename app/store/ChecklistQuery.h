#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "deadline/WorkingCalendar.h"
#include "sop/Checklist.h"
#include "sop/SopCatalog.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>

#include <functional>

namespace rabeg {

// SOP checklists of cached complaints, derived by the shared core (checklistOf) at hub time, so that a complaint's
// detail, the inbox and the stall board never disagree with each other nor with the hub (docs/sop.md).
//
// A checklist depends only on the events from the complaint's last dispatch on, and only on those of a few types
// (the dispatch, acknowledge, respond, reopen, close, return, and the ticks): the dispatched event names the
// template version and the cycle, and the later ones of those types decide the state. So the query reads just
// those, with their payload alone, instead of decoding whole histories. A dispatch recorded before checklists
// existed (no template in its payload) needs the complaint's service from the whole history: that complaint's
// history is read in full. tests/sopui checks the result equals checklistOf over the whole history.
class ChecklistQuery
{
public:
    ChecklistQuery(LocalCache &cache, const SopCatalog &catalog, const WorkingCalendar &calendar)
        : m_cache(cache), m_catalog(catalog), m_calendar(calendar)
    { }

    using Sink = std::function<void(const QUuid &complaint, const Checklist &checklist)>;

    // One complaint's checklist at hub time `now` (no checklist, exists() == false, when it is not cached).
    Result<Checklist> checklist(const QUuid &id, const QDateTime &now) const;
    // Several complaints at once (an inbox page), in one query; complaints not cached are left out.
    Result<QHash<QUuid, Checklist>> checklists(const QList<QUuid> &ids, const QDateTime &now) const;
    // Every complaint an OPD is working (dispatched or in progress; only `opd`'s when given), with its checklist at
    // `now`, read in one pass over the complaints' state index and their events' primary key.
    Status forEachWorking(const QDateTime &now, const Sink &sink, const QString &opd = {}) const;

private:
    Status run(const QString &where, const QVariantList &binds, const QDateTime &now, const Sink &sink) const;

    LocalCache &m_cache;
    const SopCatalog &m_catalog;
    const WorkingCalendar &m_calendar;
};

} // namespace rabeg
