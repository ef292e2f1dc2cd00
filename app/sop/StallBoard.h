#pragma once

#include "Checklist.h"

#include <QHash>
#include <QList>
#include <QUuid>

#include <map>

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
    QList<QUuid> complaints; // sorted: the drill-down lists exactly these. Empty when the board was counted from
                             // groups (addStalledGroup: the cache's board, StallBoardQuery): the drill-down asks
                             // StallBoardQuery::cellIds for them then.

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
    // Adds `count` complaints stalled alike (the same OPD, step, title and working days at it) without their ids:
    // what the cache's board counts per group of its index (StallBoardQuery::board); the cells' counts, medians and
    // maxima are those of adding each one, their complaint lists stay empty.
    void addStalledGroup(const QString &opd, int stepNumber, const QString &stepKey, const QString &stepTitle,
                         int daysAtStep, int count);

    // The cells, ordered by OPD, then by step position and key.
    QList<StallCell> cells() const;
    int stalledCount() const { return m_stalled; }

private:
    struct Acc
    {
        QString opd;
        QString key;
        int number = 0;
        int count = 0;
        QHash<QString, int> titles;
        std::map<int, int> days; // working days at the step -> how many complaints
        QList<QUuid> complaints;
    };
    QHash<std::pair<QString, QString>, Acc> m_cells; // by (opd, step key)
    int m_stalled = 0;
};

} // namespace rabeg
