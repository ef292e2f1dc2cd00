#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "deadline/WorkingCalendar.h"
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

// The weekly report's facts (ReportFacts.h, cache schema 6) as at an instant: index ranges, no history folded.
// Every method judges the complaints on their events before `asOf` and counts in the week [from, asOf).
class ReportFactsQuery
{
public:
    explicit ReportFactsQuery(LocalCache &cache) : m_cache(cache) { }

    // The facts are there and were derived under the deadline policy with this fingerprint (the report's).
    bool derivedUnder(const QString &policyFingerprint) const;

    // Leaves out of overdueByOpd, compliance and the stalled steps the complaints whose facts may be of an earlier
    // calendar (staleReportComplaints, ReportFactsStale.h): the report folds their histories for those figures
    // instead (refoldSql). Kept in a temporary table of the connection; an empty list reads every complaint's facts
    // again.
    Status excludeStaleFactsOf(const QList<QUuid> &ids);
    // A SELECT of the complaints excludeStaleFactsOf left out (for ReportQuery::forEachOf).
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

    // The complaints stalled at asOf counted by groups alike (OPD, step, title, working days at the step with
    // `calendar`), from the stall spans (ReportStalls.h, cache schema 15), without a row per complaint reaching here.
    using StallGroupSink = std::function<void(const QString &opd, int stepNumber, const QString &stepKey,
                                              const QString &stepTitle, int daysAtStep, int count)>;
    Status forEachStalledGroup(const QDateTime &asOf, const WorkingCalendar &calendar,
                               const StallGroupSink &sink) const;
    // The complaints with a stall span holding asOf whose template version was not known when derived: the report
    // folds their checklists with its catalogue.
    Result<QList<QUuid>> unknownTemplateStalls(const QDateTime &asOf) const;
    // The SQL of received() and milestoneCounts() (:from, :asOf), for the tests to see their plans.
    static QString receivedSql();
    static QString milestoneCountsSql();
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
