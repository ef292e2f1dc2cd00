#pragma once

#include "RoutingTable.h"
#include "WibWeek.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace rabeg {

class LocalCache;
struct InboxRow;

// One complaint of the week under a draft routing table: where it went and where the draft would send it.
struct DryRunRow
{
    QString trackingId;
    QString title;
    QString service;
    QString kecamatan;
    QDateTime receivedAt;
    QString wentTo;    // the OPD it was dispatched to; empty if it never was
    QString draftPick; // the draft's OPD or agency for its service and kecamatan; empty if the draft has no rule
    bool changed = false; // dispatched, and the draft would have picked another OPD or agency
};

struct DryRunResult
{
    QList<DryRunRow> rows; // oldest first
    int changed = 0;
    int unrouted = 0; // complaints with a service the draft has no rule for (not those without a service yet)
    bool truncated = false; // more complaints than the limit: the rows are the newest `limit`
};

// The routing dry run (docs/reference-admin.md): how the complaints received in `week` would have been routed by
// `draft`. Computed from the workstation's cache, so it runs offline; nothing is written.
class RoutingDryRun
{
public:
    static DryRunRow judge(const InboxRow &complaint, const RoutingTable &draft);
    static Result<DryRunResult> run(LocalCache &cache, const WibWeek &week, const RoutingTable &draft,
                                    int limit = 20000);
};

} // namespace rabeg
