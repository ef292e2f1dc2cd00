#pragma once

#include "SopProgressQuery.h"
#include "sop/StallBoard.h"

namespace rabeg {

// The stall board at one hub time: the core's OPD x step cells over every complaint an OPD is working.
struct StallBoardSnapshot
{
    QDateTime at;
    QList<StallCell> cells; // ordered by OPD, then step position and key (StallBoard::cells)
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
// derived by the shared core (checklistOf) whenever its history changes and kept with the instant its current step
// stalls (sop_progress, SopProgress.h); the board reads the range stalled at hub time from one index, counts the
// working days at each step with the calendar and aggregates with the core's StallBoard, so the board, a
// complaint's detail and the hub agree without a history being read. BENCHMARKS.md, "Stall board".
class StallBoardQuery
{
public:
    StallBoardQuery(LocalCache &cache, const SopCatalog &catalog, const WorkingCalendar &calendar)
        : m_cache(cache), m_progress(cache, catalog, calendar)
    { }

    Result<StallBoardSnapshot> board(const QDateTime &now) const;
    // Exactly the complaints of one cell (the OPD and step's index range), most days stuck first.
    Result<QList<StalledComplaint>> cell(const QString &opd, const QString &stepKey, const QDateTime &now) const;
    // The drill-down rows of complaints already known by id (a cell of a board), in the order given.
    Result<QList<StalledComplaint>> complaints(const QList<QUuid> &ids, const QDateTime &now) const;

private:
    LocalCache &m_cache;
    SopProgressQuery m_progress;
};

} // namespace rabeg
