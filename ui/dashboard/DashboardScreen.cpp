#include "DashboardScreen.h"

#include "DashboardChartView.h"
#include "DashboardLoader.h"
#include "DashboardText.h"
#include "Labels.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {
// After a sync the dashboard on screen follows within this time, not after every page of a burst.
constexpr int kStaleDelayMs = 3000;

const QList<QColor> kAgingColors = {QColor(0x2e, 0x9e, 0x5b), QColor(0xe6, 0xc2, 0x1e), QColor(0xe6, 0x7e, 0x22),
                                    QColor(0xc0, 0x39, 0x2b)};

DashboardChartView *makeChart(DashboardChartView::Layout layout, const QString &name, QWidget *parent)
{
    auto *view = new DashboardChartView(layout, parent);
    view->setObjectName(name);
    return view;
}
} // namespace

DashboardScreen::DashboardScreen(const QString &cachePath, const ReferenceData &reference,
                                 std::function<QDateTime()> hubClock, QWidget *parent)
    : QWidget(parent), m_hubClock(std::move(hubClock))
{
    setObjectName(u"dashboardScreen"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"dashboardStatusLabel"_s);
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"dashboardRefreshButton"_s);
    m_overdue = makeChart(DashboardChartView::Layout::Grouped, u"overdueChartView"_s, this);
    m_aging = makeChart(DashboardChartView::Layout::Stacked, u"agingChartView"_s, this);
    m_trend = makeChart(DashboardChartView::Layout::Grouped, u"trendChartView"_s, this);
    m_compliance = makeChart(DashboardChartView::Layout::Grouped, u"complianceChartView"_s, this);
    // Across, so that each step reads with its title (upright, "DISDUKCAPIL step 1" said nothing of it).
    m_stalledChart = makeChart(DashboardChartView::Layout::Horizontal, u"stalledChartView"_s, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *grid = new QGridLayout;
    grid->addWidget(m_overdue, 0, 0);
    grid->addWidget(m_aging, 0, 1);
    grid->addWidget(m_trend, 1, 0, 1, 2);
    grid->addWidget(m_compliance, 2, 0);
    grid->addWidget(m_stalledChart, 2, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 3);
    // The charts scroll on a screen too low for them (a 1366x768 laptop): their minimum heights (280 pixels) made the
    // whole window taller than such a screen, even for a user who never opens the dashboard (its page is there).
    auto *charts = new QWidget;
    charts->setObjectName(u"dashboardChartsWidget"_s);
    charts->setLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScrollArea"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(charts);
    scroll->setFocusPolicy(Qt::NoFocus); // the charts take the focus themselves, each with its name
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    m_staleTimer = new QTimer(this);
    m_staleTimer->setSingleShot(true);
    m_staleTimer->setInterval(kStaleDelayMs);
    connect(m_staleTimer, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible())
            refresh();
    });

    m_thread.setObjectName(u"rabeg-dashboard"_s);
    m_loader = new DashboardLoader(cachePath, reference);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &DashboardLoader::computed, this, &DashboardScreen::figuresComputed);
    connect(m_loader, &DashboardLoader::stallsComputed, this, &DashboardScreen::stallsComputed);
    connect(m_loader, &DashboardLoader::failed, this, &DashboardScreen::failed);
    connect(m_loader, &DashboardLoader::selected, this, &DashboardScreen::drillDown);
    m_thread.start();

    connect(m_refresh, &QPushButton::clicked, this, &DashboardScreen::refresh);
    connect(m_overdue, &DashboardChartView::barClicked, this, &DashboardScreen::overdueClicked);
    connect(m_aging, &DashboardChartView::barClicked, this, &DashboardScreen::agingClicked);
    connect(m_trend, &DashboardChartView::barClicked, this, &DashboardScreen::trendClicked);
    connect(m_compliance, &DashboardChartView::barClicked, this, &DashboardScreen::complianceClicked);
    connect(m_stalledChart, &DashboardChartView::barClicked, this, &DashboardScreen::stalledClicked);
    draw(); // empty until computed, but titled (and named for a screen reader) from the start
    retranslate();
}

DashboardScreen::~DashboardScreen()
{
    m_thread.quit();
    m_thread.wait();
}

void DashboardScreen::refresh()
{
    m_stale = false;
    if (m_computing || m_stallsPending) {
        m_again = true;
        return;
    }
    m_computing = true;
    m_stallsPending = true;
    const QDateTime now = m_hubClock();
    DashboardLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, now] { loader->compute(now, kWeeks); }, Qt::QueuedConnection);
    retranslate();
}

void DashboardScreen::markStale()
{
    m_stale = true;
    if (isVisible() && !m_staleTimer->isActive())
        m_staleTimer->start();
}

void DashboardScreen::figuresComputed(const DashboardFigures &figures)
{
    m_computing = false;
    m_problem.clear();
    m_figures = figures;
    draw();
    retranslate();
}

void DashboardScreen::stallsComputed(const QList<StallCell> &cells, int stalledComplaints)
{
    m_stallsPending = false;
    m_stalled = cells.mid(0, kTopSteps);
    m_stalledComplaints = stalledComplaints;
    draw();
    retranslate();
    if (std::exchange(m_again, false))
        refresh();
    else
        emit computed();
}

void DashboardScreen::failed(const QString &message)
{
    m_computing = false;
    m_stallsPending = false;
    m_problem = message;
    retranslate();
    if (std::exchange(m_again, false))
        refresh();
    else
        emit computed();
}

void DashboardScreen::select(const DashboardElement &element, const QString &label)
{
    const QDateTime now = m_figures.at;
    DashboardLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, element, now, label] { loader->select(element, now, kWeeks, label); },
        Qt::QueuedConnection);
}

void DashboardScreen::overdueClicked(int, int category)
{
    const DashboardOpdCount &row = m_figures.overdue.at(category);
    // The inbox's chip adds the count of what it lists ("Only: Overdue at DLH (26)"), so the label has none.
    select({DashboardElement::Kind::Overdue, row.opd, 0, {}}, tr("Overdue at %1").arg(DashboardText::opd(row.opd)));
}

void DashboardScreen::agingClicked(int series, int category)
{
    const DashboardAging &row = m_figures.aging.at(category);
    select({DashboardElement::Kind::Aging, row.opd, series, {}},
           tr("Open at %1, %2 old").arg(DashboardText::opd(row.opd), DashboardText::bucket(series)));
}

void DashboardScreen::trendClicked(int series, int category)
{
    const DashboardWeek &week = m_figures.trend.at(category);
    static constexpr DashboardElement::Kind kKinds[] = {DashboardElement::Kind::WeekReceived,
                                                        DashboardElement::Kind::WeekResponded,
                                                        DashboardElement::Kind::WeekOverdue};
    const QString what = series == 0 ? DashboardText::received()
                         : series == 1 ? DashboardText::responded()
                                       : DashboardText::overdue();
    select({kKinds[series], {}, 0, week.start}, tr("%1 in %2").arg(what, DashboardText::week(week.start)));
}

void DashboardScreen::complianceClicked(int, int category)
{
    const DashboardCompliance &row = m_figures.compliance.at(category);
    select({DashboardElement::Kind::Compliance, row.opd, 0, {}},
           tr("Follow-up deadlines decided at %1: %2 met, %3 breached")
               .arg(DashboardText::opd(row.opd))
               .arg(row.met)
               .arg(row.breached));
}

void DashboardScreen::stalledClicked(int, int category)
{
    // The chart lists the cells from the least stalled (at the bottom) to the most stalled (on top).
    const StallCell &cell = m_stalled.at(m_stalled.size() - 1 - category);
    // The board counts; the cell's complaints are read on the loader's thread, at the board's hub time.
    const QString label = tr("Stalled at %1").arg(DashboardText::step(cell));
    const QDateTime now = m_figures.at; // the board was computed at the figures' hub time
    DashboardLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        loader,
        [loader, opd = cell.opd, key = cell.stepKey, now, label] { loader->selectStalled(opd, key, now, label); },
        Qt::QueuedConnection);
}

void DashboardScreen::draw()
{
    QList<double> overdue;
    for (const DashboardOpdCount &row : std::as_const(m_figures.overdue))
        overdue.append(row.count);
    m_overdue->setBars(DashboardText::overdueTitle(), DashboardText::opds(m_figures.overdue),
                       {{DashboardText::overdue(), overdue, DashboardText::color(2)}}, DashboardText::complaintsAxis());

    QStringList opds;
    QList<DashboardChartView::Series> buckets;
    for (int b = 0; b < kAgingBuckets; ++b)
        buckets.append({DashboardText::bucket(b), {}, kAgingColors.at(b)});
    for (const DashboardAging &row : std::as_const(m_figures.aging)) {
        opds.append(DashboardText::opd(row.opd));
        for (int b = 0; b < kAgingBuckets; ++b)
            buckets[b].values.append(row.buckets.at(size_t(b)));
    }
    m_aging->setBars(DashboardText::agingTitle(), opds, buckets, DashboardText::complaintsAxis());

    QStringList weeks;
    QList<DashboardChartView::Series> trend = {{DashboardText::received(), {}, DashboardText::color(0)},
                                               {DashboardText::responded(), {}, DashboardText::color(1)},
                                               {DashboardText::overdue(), {}, DashboardText::color(2)}};
    for (const DashboardWeek &week : std::as_const(m_figures.trend)) {
        // The week still running says so: its few arrivals beside a full week's overdue read as a collapse.
        const bool running = m_figures.at.isValid() && week.start.addDays(7) > m_figures.at;
        weeks.append(running ? DashboardText::weekSoFar(week.start) : DashboardText::week(week.start));
        trend[0].values.append(week.received);
        trend[1].values.append(week.responded);
        trend[2].values.append(week.overdue);
    }
    m_trend->setBars(DashboardText::trendTitle(kWeeks), weeks, trend, DashboardText::complaintsAxis());

    QStringList complianceOpds;
    QList<double> percents;
    for (const DashboardCompliance &row : std::as_const(m_figures.compliance)) {
        complianceOpds.append(DashboardText::opd(row.opd));
        percents.append(qRound(row.percent() * 10) / 10.0);
    }
    m_compliance->setBars(DashboardText::complianceTitle(kWeeks), complianceOpds,
                          {{DashboardText::compliancePercent(), percents, DashboardText::color(1)}}, u"%"_s, 100);

    const auto [steps, stalled] = DashboardText::stalledBars(m_stalled);
    m_stalledChart->setBars(DashboardText::stalledTitle(), steps,
                            {{DashboardText::complaintsAxis(), stalled, DashboardText::color(3)}},
                            DashboardText::complaintsAxis());
}

void DashboardScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        draw();
    }
    QWidget::changeEvent(event);
}

void DashboardScreen::retranslate()
{
    m_refresh->setText(tr("Refresh the dashboard"));
    m_refresh->setToolTip(tr("Compute the figures again at the hub's time from this workstation's cache"));
    m_refresh->setAccessibleName(m_refresh->text());
    QString text;
    if (m_computing)
        text = tr("Computing the dashboard from the local cache…");
    else if (!m_problem.isEmpty())
        text = tr("The dashboard cannot be computed: %1").arg(m_problem);
    else if (m_figures.at.isValid())
        text = tr("At %1 (hub time); cache last synced %2. Click a bar to see its complaints in the inbox.")
                   .arg(Labels::wib(m_figures.at),
                        m_figures.syncedAt.isValid() ? Labels::wib(m_figures.syncedAt) : tr("never"));
    if (m_stallsPending && !m_computing && m_problem.isEmpty())
        text += u' ' + tr("The stalled steps follow.");
    m_status->setText(text);
    m_status->setStyleSheet(m_problem.isEmpty() ? QString() : u"QLabel { color: #b01c1c; font-weight: bold; }"_s);
}

} // namespace rabeg
