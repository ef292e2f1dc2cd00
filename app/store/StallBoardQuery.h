#pragma once

#include "SopProgressQuery.h"
#include "sop/StallBoard.h"

namespace rabeg {

// The stall board at one hub time: the core's OPD x step cells over every complaint an OPD is working.
struct StallBoardSnapshot
{
    QDateTime at;
    QList<StallCell> cells; // ordered by OPD, then step position and key (StallBoard::cells); their complaint
                            // lists empty: a drill-down reads them (StallBoardQuery::cellIds, cell)
    int working = 0; // complaints looked at: dispatched or in progress
    int stalled = 0;
};

// One complaint of a drill-down: what the list shows, and where it is stuck.
struct StalledComplaint
{
    QUuid id;
    QString trackingId;
    QString title;
    QString service;
    QString opd;
    int stepNumber = 0; // 0: not stalled (any more) at `at`
    QString stepKey;
    QString stepTitle;
    int daysAtStep = 0;
    int daysOver = 0;
    QString stall; // describeStall's sentence
};

// "Where services stall" over the local cache (DESIGN.md, "SOP checklists"). Each working complaint's checklist is
// derived by the shared core (checklistOf) whenever its history changes and kept with the WIB day its current step
// began (sop_progress.step_day, SopProgress.h; cache schema 19); the board reads, per (OPD, expected days) pair, the
// rows at or before the pair's limit day under the calendar in force (SopStallLimits.h), one statement per pair in
// the index's order, grouped by (OPD, step, title, start day), counts the working days once per group with the
// calendar and aggregates with the core's StallBoard, so the board, a complaint's detail and the hub agree without
// a history being read; a cell's complaints are read from its own index range when it is drilled down.
// BENCHMARKS.md, "Stall board".
class StallBoardQuery
{
public:
    StallBoardQuery(LocalCache &cache, const SopCatalog &catalog, const WorkingCalendar &calendar)
        : m_cache(cache), m_progress(cache, catalog, calendar)
    { }

    Result<StallBoardSnapshot> board(const QDateTime &now) const;
    // Exactly the ids of one cell (the OPD and step's index range; every step of the OPD when stepKey is empty),
    // sorted, as the core's StallCell::complaints would hold them.
    Result<QList<QUuid>> cellIds(const QString &opd, const QString &stepKey, const QDateTime &now) const;
    // Exactly the complaints of one cell (the OPD and step's index range), most days stuck first.
    Result<QList<StalledComplaint>> cell(const QString &opd, const QString &stepKey, const QDateTime &now) const;
    // The drill-down rows of complaints already known by id (a cell of a board), in the order given.
    Result<QList<StalledComplaint>> complaints(const QList<QUuid> &ids, const QDateTime &now) const;

private:
    LocalCache &m_cache;
    SopProgressQuery m_progress;
};

} // namespace rabeg
