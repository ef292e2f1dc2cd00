#pragma once

#include "deadline/WorkingCalendar.h"
#include "domain/Event.h"
#include "sop/SopCatalog.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace rabeg {

// Where a complaint's SOP checklist stood between two of its event times, for the weekly report's stalled steps
// (cache schema 15, docs/reports.md "How it is computed"). The report judges a complaint on its events before asOf
// (checklistOf of the history cut there); between two consecutive distinct event times that cut, and so the current
// step and the instant it stalls, do not change. A span (lo, hi] (hi invalid: open-ended) is kept while an OPD is
// working the complaint under a checklist at one current step, and only if the step stalls within it: the complaint
// is stalled at asOf in (lo, hi] exactly when stalledAt <= asOf, with the working days at the step counted from
// stepSince's WIB day to asOf's, as the stall board counts them. The report then counts the stalls at asOf as one
// range of an index, grouped, instead of folding the checklists of the complaints changed since.
struct ReportStallSpan
{
    QDateTime lo, hi;
    QString opd;
    // false: the catalogue had not learnt the dispatch's template version when derived (no step is known); the
    // report folds such a complaint's checklist with its own catalogue when a span of it holds asOf.
    bool templateKnown = true;
    QString templateId; // the dispatch's template version (what a writer learns when it was not known)
    int version = 0;
    int stepNumber = 0;
    QString stepKey;
    QString stepTitle;
    int expectedDays = 0;
    QDateTime stepSince; // when the step became current
    QDateTime stalledAt; // sopStalledAt(stepSince, expectedDays, opd): at or before hi (else no span is kept)

    friend bool operator==(const ReportStallSpan &, const ReportStallSpan &) = default;
};

// The spans of a history (in version order), folded once event by event with the fold checklistOf uses
// (ChecklistFold), so that a span says what checklistOf says of the history cut at any instant it holds. None when
// the event times go back (the report folds such a complaint whole, ReportFacts::irregular).
QList<ReportStallSpan> reportStallSpansOf(const QList<Event> &history, const SopCatalog &catalog,
                                          const WorkingCalendar &calendar);

// Cache schema step 14 -> 15 (LocalCache::migrate): the table, its indexes, and a meta row saying the existing
// complaints' spans are still to be derived (fillReportStalls, ReportStallsWriter.h), which the open after the
// migration does under the policy it adopts. Released: never edited.
QStringList reportStallsSchemaStep();

// The stalled at :asOf grouped as the stall board groups them (OPD, step key, title, the step's WIB start day as days
// since 1970-01-01 WIB; min(step_number), count), read from the covering index of the spans by their end; `extra` is
// appended to the WHERE clause (the stale complaints left out).
QString reportStalledGroupsSql(const QString &extra = {});
// The complaints with a span holding :asOf whose template was not known when derived.
QString reportStallsUnknownSql();

} // namespace rabeg
