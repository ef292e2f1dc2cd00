#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rabeg {

// What the inbox lists: every filter is applied in SQL (InboxQuery), never in a proxy model. Empty means "any".
struct InboxCriteria
{
    QString state;          // a ComplaintState code
    QString opd;            // an OPD code
    QStringList categories; // category ids (a root category is expanded to its children by the caller)
    QString kecamatan;      // a kecamatan code
    bool escalatedOnly = false;
    bool pendingOnly = false; // complaints with a command in this workstation's outbox (pending, conflict, refused)
    // Complaints with a running clock past its due time at hub time `hubNow` (the stored next due time; NextDue.h).
    // The filter bar sets overdueOnly; the model stamps hubNow once per load, so every page is judged at one time.
    bool overdueOnly = false;
    QDateTime hubNow;
    QString text;             // words people type; searched with FTS5 over title and body
    bool oldestFirst = false;

    bool isEmpty() const { return *this == InboxCriteria{}; }
    bool operator==(const InboxCriteria &) const = default;
};

// The FTS5 query for what a person typed: each word a prefix term, "quoted words" a phrase, all required.
// Empty when nothing searchable is left (punctuation only).
QString ftsQueryFor(const QString &typed);

} // namespace rabeg
