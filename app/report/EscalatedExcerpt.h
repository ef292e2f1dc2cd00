#pragma once

#include "WeeklyReport.h"

#include <QList>
#include <QString>

namespace rabeg {

// What the printed report lists of the week's escalations (docs/reports.md, "Isi laporan"): per OPD, in the per-OPD
// table's order (by code, the command center last), the earliest `perOpd` escalations, and how many more that OPD
// has. A city's week can hold thousands (12,896 at 1,000,000 complaints: some 300 pages nobody signs); the full
// list stays in the report's data, so the CSV export (and the preview's data) keep every row.
struct EscalatedExcerpt
{
    struct Group
    {
        QString opd; // empty: the command center
        QList<EscalatedComplaint> listed; // by escalation time, at most perOpd
        int more = 0; // escalations of this OPD not listed
    };
    QList<Group> groups;
    int total = 0;

    bool cut() const;
    static EscalatedExcerpt of(const QList<EscalatedComplaint> &escalated, int perOpd);
};

} // namespace rabeg
