#pragma once

#include "IsoWeek.h"
#include "domain/Enums.h"
#include "sop/StallBoard.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace rabeg {

// Follow-up clock cycles decided in the week (docs/reports.md, "Compliance"): met when the clock stopped on time
// inside the week, breached when its due time passed inside the week without a stop before it.
struct ComplianceCount
{
    int met = 0;
    int breached = 0;

    // met / (met + breached), in percent; nothing when no cycle was decided.
    std::optional<double> percent() const
    {
        return met + breached > 0 ? std::optional<double>(100.0 * met / (met + breached)) : std::nullopt;
    }
    friend bool operator==(const ComplianceCount &, const ComplianceCount &) = default;
};

// The cover's figures. Counts are of complaints, each counted once per figure however many such events it had.
struct ReportFigures
{
    int received = 0; // arrival time (received_at) in the week
    int verified = 0; // a verified event in the week
    int dispatched = 0; // a dispatched event in the week (a re-dispatch counts the complaint once)
    int responded = 0; // a responded event in the week
    int closed = 0; // a closed event in the week (by people or by the hub's auto-close)
    int overdue = 0; // open at the report's instant with a clock past its due time (not auto-close)
    int escalated = 0; // an escalated event in the week
    ComplianceCount compliance;
    // Working days from the start of a follow-up cycle to its response, over responses in the week (the median's
    // sample size is followupResponses).
    std::optional<double> medianFollowupDays;
    int followupResponses = 0;

    friend bool operator==(const ReportFigures &, const ReportFigures &) = default;
};

// One OPD's line of the per-OPD table. The empty OPD is the command center: complaints not dispatched.
struct OpdReportRow
{
    QString opd;
    int dispatched = 0; // dispatched to this OPD in the week ("received by the OPD")
    int responded = 0;
    int overdue = 0; // overdue at the report's instant while with this OPD
    int escalated = 0; // escalated in the week while with this OPD
    ComplianceCount compliance;
    std::optional<double> medianFollowupDays;
    int followupResponses = 0;

    friend bool operator==(const OpdReportRow &, const OpdReportRow &) = default;
};

struct EscalatedComplaint
{
    QUuid id;
    QString trackingId;
    QString title;
    QString opd; // the OPD it was with when escalated (empty: the command center)
    QDateTime escalatedAt;
    QString reason;
    ComplaintState stateAtEnd = ComplaintState::Received;

    friend bool operator==(const EscalatedComplaint &, const EscalatedComplaint &) = default;
};

// One week of the trend: arrivals and responses, counted as the cover counts them.
struct TrendPoint
{
    IsoWeek week;
    int received = 0;
    int responded = 0;

    friend bool operator==(const TrendPoint &, const TrendPoint &) = default;
};

// Where the figures come from: the cache's scope and how far it was synced.
struct ReportSource
{
    QString role; // the cache user's role ("liaison", "supervisor", ...); empty for a cache never synced
    QString opd; // a liaison's OPD: the report covers that OPD only
    qint64 hubSeq = 0; // the hub log's seq the cache had pulled up to (meta "cursor")
    QDateTime syncedAt; // hub time of the last page pulled (meta "synced_at"); invalid when not recorded
    QDateTime latestEvent; // the newest event in the cache, a lower bound when syncedAt is unknown
    QString storeKind; // production, training, demo

    bool liaison() const { return role == QLatin1String("liaison") && !opd.isEmpty(); }
    friend bool operator==(const ReportSource &, const ReportSource &) = default;
};

// The weekly report's data (issue 9, docs/reports.md): computed from the local cache with the shared core's
// deadlines and checklists, so it agrees with every other screen and with the hub.
struct WeeklyReport
{
    IsoWeek week;
    QDateTime asOf; // the instant "at the end of the week" is judged at: the week's end, or now if earlier
    ReportSource source;
    ReportFigures figures;
    QList<OpdReportRow> opds; // by OPD code; the command center (empty code) last
    QList<EscalatedComplaint> escalated; // by escalation time
    QList<StallCell> stalledSteps; // the most stalled steps at asOf, most complaints first
    int stalledComplaints = 0; // every stalled complaint at asOf, not only the listed steps
    QList<TrendPoint> trend; // oldest first; the last is the report's week

    // The cache was synced after the instant judged: nothing that happened before it is missing.
    bool complete() const { return source.syncedAt.isValid() && source.syncedAt >= asOf; }
};

} // namespace rabeg
