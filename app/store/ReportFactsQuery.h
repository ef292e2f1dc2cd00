#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

#include <functional>

namespace rabeg {

// A milestone of the week as the report counts it (ReportFacts::Milestone), with what the escalated list shows.
struct ReportMilestoneRow
{
    EventType type = EventType::Received;
    QUuid complaint;
    QDateTime at;
    QString opd;
    QDateTime cycleStart; // a response's follow-up cycle (invalid: none)
    QString cycleOpd;
    QString reason; // an escalation's
    QString trackingId; // an escalation's, from the complaint's row
    QString title; // an escalation's: the title then
};

struct ReportComplianceRow
{
    QString opd;
    bool met = false;
    int cycles = 0;
};

// The weekly report's facts (ReportFacts.h, cache schema 6) as at an instant: index ranges, no history folded.
// Every method judges the complaints on their events before `asOf` and counts in the week [from, asOf).
class ReportFactsQuery
{
public:
    explicit ReportFactsQuery(LocalCache &cache) : m_cache(cache) { }

    // The facts are there and were derived under the deadline policy with this fingerprint (the report's).
    bool derivedUnder(const QString &policyFingerprint) const;

    // Arrivals in the week (of complaints whose received event the cache holds from before asOf).
    Result<int> received(const QDateTime &from, const QDateTime &asOf) const;
    // The verified, dispatched, responded, closed and escalated events in the week, in no particular order.
    Status forEachMilestone(const QDateTime &from, const QDateTime &asOf,
                            const std::function<void(const ReportMilestoneRow &)> &sink) const;
    // Complaints overdue at asOf, by the OPD that has them (empty: the command center).
    Result<QHash<QString, int>> overdueByOpd(const QDateTime &asOf) const;
    // Follow-up cycles decided in the week, by the OPD at their start and met or breached.
    Result<QList<ReportComplianceRow>> compliance(const QDateTime &from, const QDateTime &asOf) const;
    // The state of each complaint at asOf (those with no event before asOf are left out).
    Result<QHash<QUuid, ComplaintState>> statesAt(const QList<QUuid> &ids, const QDateTime &asOf) const;

    // The complaints with an event at or after asOf, and those whose event times go back: what the cache derived
    // from their whole history (sop_progress) is not what held at asOf.
    Result<QSet<QUuid>> changedSince(const QDateTime &asOf) const;

    // The SQL (a SELECT of complaint ids) of the complaints an OPD is working at :asOf that have an event since
    // (their stall at asOf is folded by the core), and of those the report folds with the core whatever the week
    // (their event times go back).
    static QString workingThenChangedSql();
    static QString irregularSql();

private:
    LocalCache &m_cache;
};

} // namespace rabeg
