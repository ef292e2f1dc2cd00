#include "StallBoard.h"

#include <algorithm>

namespace rabeg {

void StallBoard::add(const QUuid &complaint, const Checklist &checklist)
{
    if (!checklist.stalled())
        return;
    const ChecklistStep &step = checklist.steps.at(checklist.stalledStep - 1);
    addStalled(complaint, checklist.opd, step.number, step.key, step.title, checklist.daysAtStep);
}

void StallBoard::addStalled(const QUuid &complaint, const QString &opd, int stepNumber, const QString &stepKey,
                            const QString &stepTitle, int daysAtStep)
{
    Acc &acc = m_cells[std::pair(opd, stepKey)];
    if (acc.complaints.isEmpty()) {
        acc.opd = opd;
        acc.key = stepKey;
        acc.number = stepNumber;
    }
    acc.number = std::min(acc.number, stepNumber);
    acc.titles[stepTitle] += 1;
    acc.days.append(daysAtStep);
    acc.complaints.append(complaint);
    ++m_stalled;
}

QList<StallCell> StallBoard::cells() const
{
    QList<StallCell> result;
    result.reserve(m_cells.size());
    for (const Acc &acc : m_cells) {
        StallCell cell;
        cell.opd = acc.opd;
        cell.stepKey = acc.key;
        cell.stepNumber = acc.number;
        cell.count = int(acc.complaints.size());
        int best = 0;
        for (auto it = acc.titles.constBegin(); it != acc.titles.constEnd(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < cell.stepTitle)) {
                best = it.value();
                cell.stepTitle = it.key();
            }
        }
        QList<int> days = acc.days;
        std::sort(days.begin(), days.end());
        const qsizetype n = days.size();
        cell.medianDaysStuck = n % 2 == 1 ? days.at(n / 2) : (days.at(n / 2 - 1) + days.at(n / 2)) / 2.0;
        cell.maxDaysStuck = days.last();
        cell.complaints = acc.complaints;
        std::sort(cell.complaints.begin(), cell.complaints.end());
        result.append(cell);
    }
    std::sort(result.begin(), result.end(), [](const StallCell &a, const StallCell &b) {
        if (a.opd != b.opd)
            return a.opd < b.opd;
        if (a.stepNumber != b.stepNumber)
            return a.stepNumber < b.stepNumber;
        return a.stepKey < b.stepKey;
    });
    return result;
}

} // namespace rabeg
