#include "RoutingDryRun.h"

#include "codec/WireTime.h"
#include "store/ComplaintRepository.h"

#include <algorithm>

namespace rabeg {

DryRunRow RoutingDryRun::judge(const InboxRow &complaint, const RoutingTable &draft)
{
    DryRunRow row;
    row.trackingId = complaint.trackingId;
    row.title = complaint.title;
    row.service = complaint.service;
    row.kecamatan = complaint.kecamatan;
    row.receivedAt = complaint.receivedAt;
    row.wentTo = complaint.opd;
    if (const auto rule = draft.find(complaint.service, complaint.kecamatan))
        row.draftPick = rule->route;
    row.changed = !row.wentTo.isEmpty() && row.draftPick != row.wentTo;
    return row;
}

Result<DryRunResult> RoutingDryRun::run(LocalCache &cache, const WibWeek &week, const RoutingTable &draft, int limit)
{
    ComplaintRepository complaints(cache);
    DryRunResult result;
    // Newest first from the end of the week (the inbox's keyset: every row received before it), until the week's
    // first instant; an empty id sorts before every id, so the cursor excludes exactly what is at or after toUtc.
    std::optional<InboxCursor> cursor = InboxCursor {toWireTime(week.toUtc), QString()};
    constexpr int kPage = 500;
    bool done = false;
    while (!done) {
        const auto page = complaints.page(cursor, kPage);
        if (!page.ok())
            return page.error();
        for (const InboxRow &row : page.value()) {
            if (row.receivedAt < week.fromUtc) {
                done = true;
                break;
            }
            if (result.rows.size() >= limit) {
                result.truncated = true;
                done = true;
                break;
            }
            result.rows.append(judge(row, draft));
        }
        if (page->size() < kPage)
            break;
        cursor = InboxCursor {toWireTime(page->constLast().receivedAt), page->constLast().id};
    }
    std::reverse(result.rows.begin(), result.rows.end());
    for (const DryRunRow &row : std::as_const(result.rows)) {
        result.changed += row.changed ? 1 : 0;
        result.unrouted += row.draftPick.isEmpty() && !row.service.isEmpty() ? 1 : 0;
    }
    return result;
}

} // namespace rabeg
