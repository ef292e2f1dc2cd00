#pragma once

#include <QStringList>

namespace rabeg {

// Cache schema step 4 -> 5 (LocalCache::migrate): what the supervisor's dashboard reads instead of scanning a
// million complaints at each refresh (BENCHMARKS.md, P6; docs/reports.md, "Dashboard").
//  - dashboard_events: one row per arrival, response and follow-up breach (the hub's escalation, user "system"),
//    with its WIB week (the Monday), the OPD holding the complaint when the cache recorded it, and for a response
//    whether it came before the hub escalated its cycle (met). Kept by triggers on events, idempotent (the primary
//    key is the event's), so a page applied twice or a complaint written again counts once; a deleted event (a
//    complaint leaving the scope, a re-bootstrap) takes its row with it.
//  - dashboard_weeks: those rows counted per week and OPD, kept by triggers on dashboard_events: the trend and
//    compliance read a few hundred rows.
//  - two covering indexes on complaints for the figures judged "now": overdue by OPD, open complaints by OPD and
//    arrival (aging).
// The statements fill the tables from the events already cached. Never edit them once released: a new step
// changes what this one made.
QStringList dashboardSchemaStep();

// The covering indexes' names, for the benchmark's baseline ("the same aggregates without covering indexes"). Since
// cache schema 12 the overdue are counted in complaint_due's (next_due_at, opd) index (DueTables.h), which replaced
// this step's dashboard_overdue.
QStringList dashboardIndexNames();

} // namespace rabeg
