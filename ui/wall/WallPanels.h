#pragma once

#include "sop/StallBoard.h"
#include "store/DashboardQuery.h"

#include <QStackedWidget>

class QGridLayout;
class QLabel;

namespace rabeg {

class DashboardChartView;

// The wall display's rotating panels, in large type: overdue by OPD, aging of open complaints, the most stalled
// SOP steps and today's numbers. They keep whatever they were last given.
class WallPanels final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallPanels)

public:
    enum Panel { Overdue, Aging, Stalled, Today, PanelCount };

    explicit WallPanels(QWidget *parent = nullptr);

    void setFigures(const DashboardFigures &figures);
    void setStalled(const QList<StallCell> &cells, int stalledComplaints);
    void next() { setCurrentIndex((currentIndex() + 1) % count()); }
    DashboardChartView *chart(Panel panel) const;
    // The big number of today's panel under its object name ("wallTodayOverdue"...).
    QString todayValue(const QString &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void draw();
    QLabel *addNumber(QGridLayout *grid, int row, int column, const QString &name);

    DashboardFigures m_figures;
    QList<StallCell> m_stalled;
    int m_stalledComplaints = -1; // not yet computed
    DashboardChartView *m_overdue = nullptr;
    DashboardChartView *m_aging = nullptr;
    DashboardChartView *m_stalledChart = nullptr;
    QWidget *m_today = nullptr;
    QList<std::pair<QLabel *, QLabel *>> m_numbers; // caption, value
};

} // namespace rabeg
