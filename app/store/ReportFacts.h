#pragma once

#include "deadline/WorkingCalendar.h"
#include "domain/Enums.h"
#include "domain/Event.h"
#include "refdata/ReferenceTypes.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace rabeg {

// What the weekly report needs of one complaint, derived by the core from its whole history once (cache schema 6,
// docs/reports.md "How it is computed"), so that "as at the instant asOf" is answered by index ranges instead of
// folding the history again. The report judges a complaint on its events before asOf; between two consecutive
// distinct event times T(k) < T(k+1) that set of events does not change, so every answer that depends on asOf is
// kept per span (lo, hi] = (T(k), T(k+1)] (hi invalid: open-ended), with the only thing time alone still changes
// (a due time) as a column compared with asOf at query time.
struct ReportFacts
{
    // An event the cover or the per-OPD table counts, as the fold (WeeklyTally::add) sees it at its time.
    struct Milestone
    {
        EventType type = EventType::Received;
        QDateTime at; // the figure's time: the event's, or for a received event the complaint's arrival time
        QDateTime eventAt; // the event's own time (the fold sees only events before asOf)
        QString opd; // after the event; for a response, before it (the OPD that responded)
        QDateTime cycleStart; // a response: its follow-up cycle's start (invalid: none) and that cycle's OPD
        QString cycleOpd;
        QString reason; // an escalation's reason
        QString title; // an escalation: the title then, when a verification changed it (else empty)
        // The complaint's first milestone of this type in `at`'s ISO week (WIB), and of this type and OPD: the
        // week's distinct complaints per type (and OPD) are then counts of flagged rows (cache schema 14).
        bool firstInWeek = true;
        bool firstInWeekAtOpd = true;
    };
    // The state and OPD after the events up to lo.
    struct StateSpan
    {
        QDateTime lo, hi;
        ComplaintState state = ComplaintState::Received;
        QString opd;
    };
    // Open with a running clock (not the auto-close one) due at `due`: overdue at asOf in (lo, hi] if asOf >= due.
    // `opd` is the overdue table's row: the OPD while it has the complaint, else the command center (empty).
    struct OverdueSpan
    {
        QDateTime lo, hi;
        QDateTime due;
        QString opd;
    };
    // A follow-up cycle as judged at asOf in (lo, hi]: decided at `decided` (met at its stop, or breached at its due
    // time), counted in a week when decided lies in [week start, asOf). `opd` is the OPD at the cycle's start.
    struct ComplianceSpan
    {
        QDateTime lo, hi;
        QDateTime decided;
        bool met = false;
        QString opd;
    };

    // The event times go back somewhere in version order: the events before asOf are then not a prefix of the
    // history, and the report folds this complaint's history with the core instead (no other facts are kept).
    bool irregular = false;
    QList<Milestone> milestones;
    QList<StateSpan> states;
    QList<OverdueSpan> overdue;
    QList<ComplianceSpan> compliance;
};

// The SLA clocks the report reads: every clock but those whose breach closes the complaint (overdue), and the
// follow-up clock (compliance, days to follow-up), chosen as WeeklyTally chooses them.
struct ReportClocks
{
    QList<SlaClock> overdue;
    std::optional<SlaClock> followup;

    static ReportClocks of(const QList<SlaClock> &clocks);
};

ReportFacts deriveReportFacts(const QList<Event> &history, const ReportClocks &clocks, const WorkingCalendar &calendar);

// The tables (cache schema step 6, DerivedFacts.cpp) and the open end of a span, as stored.
QStringList reportFactsSchema();

// Cache schema step 13 -> 14 (LocalCache::migrate): each milestone row says whether it is its complaint's first of
// its type in its ISO week (WIB), and of its type and OPD (Milestone::firstInWeek), filled for the existing rows by
// one UPDATE that ranks them as deriveReportFacts does (by time, then by the order written), and the week's covering
// index made again with both. The weekly report then counts the week's complaints per type and per type and OPD as
// flagged rows of one index range instead of COUNT(DISTINCT complaint_id), which sorted some 200,000 text ids into
// temporary b-trees at 1,000,000 complaints (0.42 s against 0.05 s in the sqlite3 shell; BENCHMARKS.md P6).
// Released: never edited.
QStringList reportMilestonesWeekFirstSchemaStep();

// The Monday 00:00 WIB that begins the ISO week holding `at`, as SQLite's date() text of that Monday: the week key
// of the flags above, in SQL (over a column of wire times) and in C++.
QString wibWeekMondaySql(const QString &column);
QDate wibWeekMonday(const QDateTime &at);
inline constexpr auto kReportFactsOpenEnd = u"9999-12-31T23:59:59.999Z";

} // namespace rabeg
