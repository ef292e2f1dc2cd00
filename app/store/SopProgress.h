#pragma once

#include "deadline/WorkingCalendar.h"
#include "domain/Event.h"
#include "sop/SopCatalog.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace rabeg {

// One complaint's SOP progress as the cache keeps it (table sop_progress, cache schema 6): where its running
// checklist stands, derived by the core from the whole history. The stall board, its drill-down and the inbox's
// stalled filter read index ranges of these rows instead of folding every working complaint's history at each
// computation (BENCHMARKS.md, "Stall board"; docs/sop.md).
//
// A row exists while an OPD is working the complaint (dispatched or in progress) under a checklist; only such a
// complaint can stall (checklistOf). Stalled at hub time `now` exactly when stalledAt <= now, that is when its step's
// WIB start day is at most sopStallLimit of now's WIB day: the table keeps that start day (step_day, cache schema
// 19), which no calendar change moves, and the readers compute the limits (SopStallLimits.h).
struct SopProgressRow
{
    QString opd;
    QString templateId;
    int version = 0;
    bool templateKnown = true; // false: the catalogue had not learnt the version (no step known, never stalls here)
    int stepNumber = 0; // the current (first open) step; 0 when every step is done
    QString stepKey;
    QString stepTitle;
    int expectedDays = 0;
    bool critical = false;
    QDateTime stepSince; // when the current step became current
    QDateTime stalledAt; // invalid when it cannot stall (no open step, or template unknown)

    friend bool operator==(const SopProgressRow &, const SopProgressRow &) = default;
};

// The row of a complaint from its whole history (nullopt: no row, nobody is working it under a checklist), by
// checklistOf: the same current step, since and due day as the complaint's detail.
std::optional<SopProgressRow> sopProgressOf(const QList<Event> &history, const SopCatalog &catalog,
                                            const WorkingCalendar &calendar);

// The instant a step current since `since` and expected to take `expectedDays` working days stalls: 00:00 WIB of
// the first working day after its due day, that is of the (expectedDays + 1)-th working day after since's WIB day
// (checklistOf: one working day begun after the due day makes it stalled).
QDateTime sopStalledAt(const QDateTime &since, int expectedDays, const QString &opd, const WorkingCalendar &calendar);

// The latest WIB start day of a step expected to take `expectedDays` working days that has stalled on `nowDay` (at
// any instant of it). A step stalls at 00:00 WIB of the (expectedDays + 1)-th working day after its start day
// (sopStalledAt), so it has stalled on nowDay exactly when expectedDays + 1 working days lie in (start day, nowDay]:
// when it started before the (expectedDays + 1)-th working day counted back from nowDay, nowDay itself counted.
QDate sopStallLimit(const QDate &nowDay, int expectedDays, const QString &opd, const WorkingCalendar &calendar);

// A WIB day as days since 1970-01-01 (sop_progress.step_day).
qint64 sopEpochDay(const QDate &day);

// The cache schema statements of the table and its indexes (part of derivedFactsSchemaStep, 5 -> 6). Released:
// never edited (LocalCache::migrate); later changes are steps of their own.
QStringList sopProgressSchema();

// The WIB day a row's current step began, as days since 1970-01-01 (WIB), in SQL: step_since is in UTC
// milliseconds and WIB is UTC+7 without daylight saving. Part of released schema steps (the index of schema 7, the
// step_day fill of schema 19), never changed.
QString sopStepDaySql();

// Cache schema step 6 -> 7: each row keeps its complaint's received_at (the inbox's order key, the same text as
// complaints.received_at), filled for the existing rows by one UPDATE, with an index in the inbox's order, so that
// the stalled filter chooses its page of 200 in that index and reads only those complaint rows (InboxQuery;
// BENCHMARKS.md, "Stall board"); and an index in the stall board's groups (sopStepDaySql). A trigger keeps
// received_at when a complaint's changes; SopProgressWriter writes it for every row it stores.
QStringList sopProgressListSchemaStep();

// Cache schema step 18 -> 19: the row keeps its step's WIB start day (step_day, days since 1970-01-01; NULL when it
// cannot stall) instead of the instant it stalls, which a calendar change moved for every step whose span held a
// changed day (123,359 rows with four indexes each for a day off recognised five days late at 1,000,000
// complaints). The column stalled_at is renamed and filled from step_since; the four indexes holding the instant
// give way to two: sop_progress_due (opd, expected_days, step_day, ...), in whose ranges the readers find the
// stalled rows of each (OPD, expected days) from a limit day (SopStallLimits.h), and sop_progress_list in the
// inbox's order with what a row's stall is judged by.
QStringList sopStepDaySchemaStep();

} // namespace rabeg
