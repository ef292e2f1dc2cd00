#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace rabeg {

// What the inbox lists: every filter is applied in SQL (InboxQuery), never in a proxy model. Empty means "any".
struct InboxCriteria
{
    QString state;          // a ComplaintState code
    QString opd;            // an OPD code
    QStringList categories; // category ids (a root category is expanded to its children by the caller)
    QString kecamatan;      // a kecamatan code
    bool escalatedOnly = false;
    // Complaints the command center user of this name owns (the cached assignee; "assigned to me" sets the
    // workstation's user). Found in the assignee index (schema 8) in the list's order.
    QString assignedTo;
    bool pendingOnly = false; // complaints with a command in this workstation's outbox (pending, conflict, refused)
    // Complaints with a running clock past its due time at hub time `hubNow` (the stored next due time; NextDue.h).
    // The filter bar sets overdueOnly; the model stamps hubNow once per load, so every page is judged at one time.
    bool overdueOnly = false;
    QDateTime hubNow;
    // Complaints an OPD is working whose SOP checklist is stalled at hub time `hubNow`: the range of the stalled-at
    // index the stall board reads (sop_progress, derived by the core's checklistOf; SopProgress.h).
    bool stalledOnly = false;
    QString text;             // words people type; searched with FTS5 over title and body
    bool oldestFirst = false;
    // A drill-down's complaints (a dashboard cell, a stall board cell): only these, under a label the filter bar
    // shows as a removable chip. The restriction holds while either is set, so an empty cell lists nothing. Joined
    // in SQL through a temporary table (InboxQuery), so tens of thousands of ids page like any other filter. Never
    // saved with a named filter.
    QList<QUuid> onlyIds;
    QString onlyLabel;

    bool restrictedToIds() const { return !onlyIds.isEmpty() || !onlyLabel.isEmpty(); }

    bool isEmpty() const { return *this == InboxCriteria{}; }
    bool operator==(const InboxCriteria &) const = default;
};

// The FTS5 query for what a person typed: each word a prefix term, "quoted words" a phrase, all required.
// Empty when nothing searchable is left (punctuation only).
QString ftsQueryFor(const QString &typed);

} // namespace rabeg
