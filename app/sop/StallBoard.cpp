#include "StallBoard.h"

#include <algorithm>

namespace rabeg {
namespace {

// The `index`-th (0-based) of the values counted in `days`, in ascending order.
int nthDays(const std::map<int, int> &days, int index)
{
    for (const auto &[value, count] : days) {
        if (index < count)
            return value;
        index -= count;
    }
    return days.empty() ? 0 : days.rbegin()->first;
}

} // namespace

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
    addStalledGroup(opd, stepNumber, stepKey, stepTitle, daysAtStep, 1);
    m_cells[std::pair(opd, stepKey)].complaints.append(complaint);
}

void StallBoard::addStalledGroup(const QString &opd, int stepNumber, const QString &stepKey, const QString &stepTitle,
                                 int daysAtStep, int count)
{
    if (count <= 0)
        return;
    Acc &acc = m_cells[std::pair(opd, stepKey)];
    if (acc.count == 0) {
        acc.opd = opd;
        acc.key = stepKey;
        acc.number = stepNumber;
    }
    acc.number = std::min(acc.number, stepNumber);
    acc.count += count;
    acc.titles[stepTitle] += count;
    acc.days[daysAtStep] += count;
    m_stalled += count;
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
        cell.count = acc.count;
        int best = 0;
        for (auto it = acc.titles.constBegin(); it != acc.titles.constEnd(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < cell.stepTitle)) {
                best = it.value();
                cell.stepTitle = it.key();
            }
        }
        const int n = acc.count;
        cell.medianDaysStuck
            = n % 2 == 1 ? nthDays(acc.days, n / 2) : (nthDays(acc.days, n / 2 - 1) + nthDays(acc.days, n / 2)) / 2.0;
        cell.maxDaysStuck = acc.days.rbegin()->first;
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
