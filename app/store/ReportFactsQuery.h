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
#include <optional>

namespace rabeg {

// An escalation of the week as the report lists it (ReportFacts::Milestone), with the complaint's state at asOf.
struct ReportEscalationRow
{
    QUuid complaint;
    QDateTime at;
    QString opd; // the OPD that had it then (empty: the command center)
    QString reason;
    QString trackingId; // from the complaint's row
    QString title; // the title then
    std::optional<ComplaintState> stateAtAsOf; // none when no state span holds asOf
};

// The week's verified, dispatched, responded and closed events (ReportFacts::Milestone) counted by SQL as the fold
// counts them (WeeklyTally::add): each complaint once per figure, and once per OPD for dispatches and responses.
struct ReportMilestoneCounts
{
    // Responses with a follow-up cycle, by the cycle's OPD, the WIB day the cycle started and the response's day.
    struct Followup
    {
        QString opd;
        QDate startDay;
        QDate day;
        int responses = 0;
    };
    QHash<EventType, int> complaints; // distinct complaints with an event of the type in the week
    QHash<QString, int> dispatchedTo; // distinct complaints per OPD they were dispatched to
    QHash<QString, int> respondedBy; // distinct complaints per OPD that responded
    QList<Followup> followups;
};

struct ReportComplianceRow
{
    QString opd;
    bool met = false;
    int cycles = 0;
};

// Where the stalled SOP steps at asOf come from. sop_progress (SopProgress.h) keeps where each complaint an OPD is
// working stands after its last event; that is where it stood at asOf unless it has an event at or after asOf that
// the checklist's fold reads (a dispatch, a return, a step ticked or reopened), or it was not worked at asOf (an
// event since made it worked). Those rows are not read; the core folds the stalls of the complaints worked at asOf
// whose row cannot say (such an event since, or no row now: answered or closed since).
struct ReportStallSources
{
    // Their sop_progress rows are not read (irregular complaints included); only those that have a row now matter.
    QList<QUuid> notFromProgress;
    QList<QUuid> folded; // worked at asOf: their checklists at asOf are folded by the core
};

// The weekly report's facts (ReportFacts.h, cache schema 6) as at an instant: index ranges, no history folded.
// Every method judges the complaints on their events before `asOf` and counts in the week [from, asOf).
class ReportFactsQuery
{
public:
    explicit ReportFactsQuery(LocalCache &cache) : m_cache(cache) { }

    // The facts are there and were derived under the deadline policy with this fingerprint (the report's).
    bool derivedUnder(const QString &policyFingerprint) const;

    // Leaves out of overdueByOpd and compliance the complaints whose deadline facts may be of an earlier calendar
    // (staleReportComplaints, ReportFactsStale.h): the report folds their histories for those figures instead
    // (refoldSql). Kept in a temporary table of the connection; an empty list reads every complaint's facts again.
    Status excludeDeadlinesOf(const QList<QUuid> &ids);
    // A SELECT of the complaints excludeDeadlinesOf left out (for ReportQuery::forEachOf).
    static QString refoldSql();

    // Arrivals in the week (of complaints whose received event the cache holds from before asOf).
    Result<int> received(const QDateTime &from, const QDateTime &asOf) const;
    // The verified, dispatched, responded and closed events in the week, counted: `from` is an ISO week's start
    // (Monday 00:00 WIB; an error else), asOf at most its end.
    Result<ReportMilestoneCounts> milestoneCounts(const QDateTime &from, const QDateTime &asOf) const;
    // The escalations in the week, in no particular order.
    Status forEachEscalation(const QDateTime &from, const QDateTime &asOf,
                             const std::function<void(const ReportEscalationRow &)> &sink) const;
    // Complaints overdue at asOf, by the OPD that has them (empty: the command center).
    Result<QHash<QString, int>> overdueByOpd(const QDateTime &asOf) const;
    // Follow-up cycles decided in the week, by the OPD at their start and met or breached.
    Result<QList<ReportComplianceRow>> compliance(const QDateTime &from, const QDateTime &asOf) const;

    // Complaints with a response in [from, until) (the trend), as ReportQuery::respondedBetween counts them.
    Result<int> respondedBetween(const QDateTime &from, const QDateTime &until) const;

    // Where the stalls at asOf come from (ReportStallSources).
    Result<ReportStallSources> stallSources(const QDateTime &asOf) const;
    // The same on any connection to a cache (the report's read-ahead, ReportPrefetch.h, reads it on its own).
    static Result<ReportStallSources> stallSources(const QSqlDatabase &db, const QDateTime &asOf);
    // The SQL of received(), milestoneCounts() (:from, :asOf) and stallSources() (:asOf), for the tests to see their
    // plans.
    static QString receivedSql();
    static QString milestoneCountsSql();
    static QString stallSourcesSql();
    // A SELECT of the given complaint ids (for ReportQuery::forEachOf).
    static QString idsSql(const QList<QUuid> &ids);
    // The SQL (a SELECT of complaint ids) of the complaints the report folds with the core whatever the week (their
    // event times go back).
    static QString irregularSql();

private:
    // The condition overdueByOpd and compliance add while some complaints are left out.
    QString excluded() const;

    LocalCache &m_cache;
    bool m_excluding = false;
};

} // namespace rabeg
