#pragma once

#include "Checklist.h"
#include "SopCatalog.h"
#include "deadline/WorkingCalendar.h"
#include "domain/Complaint.h"
#include "domain/Event.h"

#include <QDateTime>
#include <QList>

namespace rabeg {

// The checklist folded one event at a time with the complaint's state: the fold behind checklistProgress and
// checklistOf, and behind the weekly report's stall spans (ReportStalls.h), which read it after every event time so
// that they say what checklistOf says of the history cut there.
class ChecklistFold
{
public:
    explicit ChecklistFold(const SopCatalog &catalog) : m_catalog(catalog) { }

    void add(const Event &event);
    const Checklist &checklist() const { return m_checklist; }
    ComplaintState state() const { return m_state.state; }
    // An OPD is working the complaint (dispatched or in progress): only then can its current step stall.
    bool working() const;

private:
    const SopCatalog &m_catalog;
    Complaint m_state;
    Checklist m_checklist;
};

// The first open step of a checklist (its index in steps; -1 when every step is done or there is none) and when it
// became current: the latest of the dispatch, the completion of any step before it, and its own last reopen.
struct CurrentStep
{
    qsizetype index = -1;
    QDateTime since;
};
CurrentStep currentStepOf(const Checklist &checklist);

// What the history says about the checklist, without the clock: the template version of the current dispatch
// (recorded in the dispatched event; a dispatch recorded before checklists existed takes the version in force at
// its time), the steps done and reopened. A return cancels the checklist; a re-dispatch starts a new one.
// The lifecycle's respond gate uses this.
Checklist checklistProgress(const QList<Event> &history, const SopCatalog &catalog);

// The checklist at hub time `now`, derived by the shared core the same on hub and client (DESIGN.md, "Derived
// fields"). The convention (docs/sop.md):
//  - the current step is the first open one; it became current at the latest of the dispatch, the completion of
//    any step before it, and its own last reopen;
//  - a step expected to take N working days from a time t is due at 24:00 WIB of the N-th working day after t's
//    WIB day (the OPD's own calendar, as for SLA deadlines);
//  - each working day that begins after that is one day over; one day over makes the step stalled, so a step due
//    on a Friday stalls on Monday at 00:00 WIB, not during the weekend;
//  - only a complaint the OPD is working (dispatched or in progress) stalls.
Checklist checklistOf(const QList<Event> &history, const SopCatalog &catalog, const WorkingCalendar &calendar,
                      const QDateTime &now);

// "Stalled at step 3: Verifikasi data di SIAK, 4 working days over" (translatable); empty when not stalled.
QString describeStall(const Checklist &checklist);
// The same sentence from a stalled step's number and title and the working days over it.
QString describeStall(int stepNumber, const QString &stepTitle, int daysOver);

} // namespace rabeg
