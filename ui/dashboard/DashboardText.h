#pragma once

#include "sop/StallBoard.h"
#include "store/DashboardQuery.h"

#include <QCoreApplication>

#include <utility>

namespace rabeg {

// The words of the dashboard and the wall display: chart titles, categories and drill-down labels.
class DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardText)

public:
    static QString opd(const QString &code); // the empty code is the command center
    static QString bucket(int bucket);
    static QString week(const QDateTime &start); // "W46"
    static QString weekSoFar(const QDateTime &start); // "W49 (so far)": the week running
    static QString step(const StallCell &cell);
    // The most stalled steps' names and counts for horizontal bars, which start at the bottom: the most stalled (the
    // first cell) last, on top.
    static std::pair<QStringList, QList<double>> stalledBars(const QList<StallCell> &cells);
    static QStringList opds(const QList<DashboardOpdCount> &rows);
    static QString overdueTitle();
    static QString agingTitle();
    static QString trendTitle(int weeks);
    static QString complianceTitle(int weeks);
    static QString stalledTitle();
    static QString complaintsAxis();
    static QString received();
    static QString responded();
    static QString overdue();
    static QString compliancePercent();
    static QColor color(int series);
};

} // namespace rabeg
