#pragma once

#include "domain/Enums.h"

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
    QString text;             // words people type; searched with FTS5 over title and body
    bool oldestFirst = false;

    bool isEmpty() const { return *this == InboxCriteria{}; }
    bool operator==(const InboxCriteria &) const = default;
};

// The FTS5 query for what a person typed: each word a prefix term, "quoted words" a phrase, all required.
// Empty when nothing searchable is left (punctuation only).
QString ftsQueryFor(const QString &typed);

} // namespace rabeg
