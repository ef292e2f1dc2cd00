#pragma once

#include "sop/StallBoard.h"
#include "store/DashboardQuery.h"

#include <QThread>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace rabeg {

class DashboardChartView;
class DashboardLoader;
class ReferenceData;

// The supervisor's dashboard (issue 9): overdue by OPD, aging of open complaints stacked by OPD, the weekly trend
// of received / responded / overdue, follow-up compliance per OPD and the most stalled SOP steps, all computed off
// the GUI thread (DashboardLoader) at hub time. Every bar drills down: drillDown() carries exactly the complaints
// it counts, for the inbox to show. After a sync the figures are computed again (at once if on screen, at most
// every few seconds; else when next shown).
class DashboardScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardScreen)

public:
    static constexpr int kWeeks = 12;

    DashboardScreen(const QString &cachePath, const ReferenceData &reference, std::function<QDateTime()> hubClock,
                    QWidget *parent = nullptr);
    ~DashboardScreen() override;

    void refresh();
    void markStale();
    bool isComputing() const { return m_computing || m_stallsPending; }
    const DashboardFigures &figures() const { return m_figures; }
    const QList<StallCell> &stalledSteps() const { return m_stalled; }
    DashboardChartView *overdueChart() const { return m_overdue; }
    DashboardChartView *agingChart() const { return m_aging; }
    DashboardChartView *trendChart() const { return m_trend; }
    DashboardChartView *complianceChart() const { return m_compliance; }
    DashboardChartView *stalledChart() const { return m_stalledChart; }
    // How many stalled steps the chart shows.
    static constexpr int kTopSteps = 10;

signals:
    // Figures (and the stalled steps) are on screen, or a computation failed.
    void computed();
    // The complaints of one chart element, and a sentence that says which they are.
    void drillDown(const QList<QUuid> &ids, const QString &label);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void figuresComputed(const DashboardFigures &figures);
    void stallsComputed(const QList<StallCell> &cells, int stalledComplaints);
    void failed(const QString &message);
    void select(const DashboardElement &element, const QString &label);
    void overdueClicked(int series, int category);
    void agingClicked(int series, int category);
    void trendClicked(int series, int category);
    void complianceClicked(int series, int category);
    void stalledClicked(int series, int category);
    void draw();
    void retranslate();

    std::function<QDateTime()> m_hubClock;
    DashboardFigures m_figures;
    QList<StallCell> m_stalled;
    int m_stalledComplaints = 0;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    DashboardChartView *m_overdue = nullptr;
    DashboardChartView *m_aging = nullptr;
    DashboardChartView *m_trend = nullptr;
    DashboardChartView *m_compliance = nullptr;
    DashboardChartView *m_stalledChart = nullptr;
    QTimer *m_staleTimer = nullptr;
    QThread m_thread;
    DashboardLoader *m_loader = nullptr; // lives on m_thread
    bool m_computing = false;
    bool m_stallsPending = false;
    bool m_again = false;
    bool m_stale = true;
    QString m_problem;
};

} // namespace rabeg
