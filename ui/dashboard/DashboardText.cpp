#include "DashboardText.h"

#include <QColor>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rabeg {

QString DashboardText::opd(const QString &code)
{
    return code.isEmpty() ? tr("Command center") : code;
}

QString DashboardText::bucket(int bucket)
{
    switch (bucket) {
    case 0:
        return tr("0-3 days");
    case 1:
        return tr("4-7 days");
    case 2:
        return tr("8-14 days");
    default:
        return tr("over 14 days");
    }
}

QString DashboardText::week(const QDateTime &start)
{
    // The start is Monday 00:00 WIB; its WIB date names the ISO week.
    const QDate monday = start.toOffsetFromUtc(7 * 3600).date();
    return tr("W%1").arg(monday.weekNumber(), 2, 10, QChar(u'0'));
}

QString DashboardText::step(const StallCell &cell)
{
    return tr("%1: %2. %3").arg(opd(cell.opd)).arg(cell.stepNumber).arg(cell.stepTitle);
}

QStringList DashboardText::opds(const QList<DashboardOpdCount> &rows)
{
    QStringList out;
    for (const DashboardOpdCount &row : rows)
        out.append(opd(row.opd));
    return out;
}

QString DashboardText::overdueTitle() { return tr("Overdue now, by OPD"); }
QString DashboardText::agingTitle() { return tr("Open complaints by age (days since arrival, WIB)"); }
std::pair<QStringList, QList<double>> DashboardText::stalledBars(const QList<StallCell> &cells)
{
    std::pair<QStringList, QList<double>> bars;
    for (auto cell = cells.crbegin(); cell != cells.crend(); ++cell) {
        bars.first.append(step(*cell));
        bars.second.append(cell->count);
    }
    return bars;
}

QString DashboardText::weekSoFar(const QDateTime &start)
{
    //: The ISO week still running on the weekly trend's axis ("W49 (so far)")
    return tr("%1 (so far)").arg(week(start));
}

QString DashboardText::trendTitle(int weeks) { return tr("Weekly trend, the last %1 weeks").arg(weeks); }
QString DashboardText::complianceTitle(int weeks)
{
    return tr("Follow-up deadline compliance per OPD, the last %1 weeks (%)").arg(weeks);
}
QString DashboardText::stalledTitle() { return tr("Most stalled SOP steps"); }
QString DashboardText::complaintsAxis() { return tr("Complaints"); }
QString DashboardText::received() { return tr("Received"); }
QString DashboardText::responded() { return tr("Responded"); }
QString DashboardText::overdue() { return tr("Overdue"); }
QString DashboardText::compliancePercent() { return tr("Met on time (%)"); }

QColor DashboardText::color(int series)
{
    static const QList<QColor> kColors = {QColor(0x1f, 0x6f, 0xb2), QColor(0x2e, 0x9e, 0x5b), QColor(0xc0, 0x39, 0x2b),
                                          QColor(0xe6, 0x9b, 0x1e), QColor(0x7b, 0x4f, 0x9d)};
    return kColors.at(series % kColors.size());
}

} // namespace rabeg
