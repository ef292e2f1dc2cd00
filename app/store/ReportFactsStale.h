#pragma once

#include "LocalCache.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace rabeg {

// The weekly report's facts (ReportFacts.h, ReportStalls.h) after a calendar-only change. The clock cycles' recompute
// (NextDueRecompute.h) moves next due times without reading any history, but the facts keep the due times of every
// span of a history, which only a history can give again (about a millisecond a complaint: minutes for the 150,000
// complaints a day off two days ahead touches at 1,000,000). So the change only marks them: meta
// `report_facts_stale_from` holds F, the start (UTC) of the earliest changed WIB day of the changes not yet
// refreshed, and `report_facts_stale_after` how far refreshStaleReportFacts has come (complaint ids in order).
//
// Which facts can be wrong (docs/reports.md, "After a calendar change"): a due time moves only when a changed day
// lies in its cycle's span (start day, due day] or in one of its pauses. For a complaint with no event at or after
// F every pause of a judged cycle ended before F, so a moved due time was at or after F before and is after it
// still; hence its overdue spans and follow-up cycles can differ only where a stored due or decided time is at or
// after F, in a span ending after F, and only for an instant judged after F. Likewise the instant an SOP step stalls
// moves only when a changed day lies in (the step's start day, its stall day], so only a stored stalled-at at or
// after F moves, and never to before F; a stall span is kept only where its step stalls before its end
// (ReportStalls.h), and one dropped may stall before its end now only if that end, an event time, is at or after F.
// The stale complaints are those, plus every complaint with an event at or after F: index ranges
// (report_overdue_hi, report_compliance_decided, report_stalls_hi, the events' (type, at) index), never a history.

// Records a calendar change on `changedDays` (in the caller's transaction): two meta rows, no complaint read.
Status markReportFactsStale(LocalCache &cache, const QList<QDate> &changedDays);
// Forgets the mark (every complaint's facts were derived again, ReportFactsWriter::clearAll).
Status clearReportFactsStale(LocalCache &cache);
// F, when some facts may still be of an earlier calendar.
std::optional<QDateTime> reportFactsStaleFrom(const LocalCache &cache);

// The complaints whose overdue and follow-up facts a report judged at `asOf` must not read (the report folds their
// histories for those figures instead): none when nothing is stale or asOf < F (a moved due time is after F, but a
// moved stall instant may be F itself: 00:00 WIB of a changed day, and a week's report is judged at a Monday 00:00). Irregular complaints (folded whole
// anyway) are left out. In complaint id order.
Result<QList<QUuid>> staleReportComplaints(LocalCache &cache, const QDateTime &asOf);

// The idle pass: derives again the facts of at most `maxComplaints` stale complaints from their histories, in a
// transaction of its own, and forgets the mark once none is left. Returns how many it derived.
Result<int> refreshStaleReportFacts(LocalCache &cache, int maxComplaints);

} // namespace rabeg
