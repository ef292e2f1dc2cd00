#pragma once

#include "Checklist.h"

#include <QHash>
#include <QList>
#include <QUuid>

namespace rabeg {

// One cell of the stall board: the complaints of one OPD stalled at one step.
struct StallCell
{
    QString opd;
    QString stepKey;   // templates of one OPD share step keys ("cek-siak" for KTP-el and KK): one column each
    QString stepTitle; // the title most of the cell's complaints show (ties: the smaller)
    int stepNumber = 0; // the smallest position the step has in the cell's checklists, to order the columns
    int count = 0;
    double medianDaysStuck = 0; // working days at the step (Checklist::daysAtStep); the mean of the middle two
                                // for an even count
    int maxDaysStuck = 0;
    QList<QUuid> complaints; // sorted: the drill-down lists exactly these

    friend bool operator==(const StallCell &, const StallCell &) = default;
};

// "Where services stall" (DESIGN.md, "SOP checklists"): OPD x step over the stalled complaints, built from the
// per-complaint checklists of the shared core, so that the board and a complaint's detail never disagree.
class StallBoard
{
public:
    // Adds one complaint's checklist (derived at the board's hub time); one that is not stalled adds nothing.
    void add(const QUuid &complaint, const Checklist &checklist);
    // Adds one complaint stalled at step `stepNumber` (key, title) of an OPD's checklist, `daysAtStep` working days
    // at it (Checklist::daysAtStep): what the cache keeps per complaint (SopProgress.h).
    void addStalled(const QUuid &complaint, const QString &opd, int stepNumber, const QString &stepKey,
                    const QString &stepTitle, int daysAtStep);

    // The cells, ordered by OPD, then by step position and key.
    QList<StallCell> cells() const;
    int stalledCount() const { return m_stalled; }

private:
    struct Acc
    {
        QString opd;
        QString key;
        int number = 0;
        QHash<QString, int> titles;
        QList<int> days;
        QList<QUuid> complaints;
    };
    QHash<std::pair<QString, QString>, Acc> m_cells; // by (opd, step key)
    int m_stalled = 0;
};

} // namespace rabeg
