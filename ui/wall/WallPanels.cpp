#include "WallPanels.h"

#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {
constexpr int kChartPoints = 22;
constexpr int kTopSteps = 8;
const QStringList kNumberNames = {u"wallTodayOpen"_s,      u"wallTodayOverdue"_s, u"wallTodayReceived"_s,
                                  u"wallTodayResponded"_s, u"wallTodayClosed"_s,  u"wallTodayStalled"_s};
} // namespace

WallPanels::WallPanels(QWidget *parent) : QStackedWidget(parent)
{
    setObjectName(u"wallPanels"_s);
    m_overdue = new DashboardChartView(DashboardChartView::Layout::Grouped, this);
    m_overdue->setObjectName(u"wallOverdueChartView"_s);
    m_aging = new DashboardChartView(DashboardChartView::Layout::Stacked, this);
    m_aging->setObjectName(u"wallAgingChartView"_s);
    m_stalledChart = new DashboardChartView(DashboardChartView::Layout::Horizontal, this);
    m_stalledChart->setObjectName(u"wallStalledChartView"_s);
    for (DashboardChartView *chart : {m_overdue, m_aging, m_stalledChart}) {
        chart->setPointSize(kChartPoints);
        // Read across a room, not worked: the wall's own keys (Space, right arrow, Esc) must reach the wall.
        chart->setFocusPolicy(Qt::NoFocus);
        addWidget(chart);
    }
    m_today = new QWidget(this);
    m_today->setObjectName(u"wallTodayPanel"_s);
    auto *grid = new QGridLayout(m_today);
    for (int i = 0; i < kNumberNames.size(); ++i)
        addNumber(grid, i / 3, i % 3, kNumberNames.at(i));
    addWidget(m_today);
    draw();
}

QLabel *WallPanels::addNumber(QGridLayout *grid, int row, int column, const QString &name)
{
    auto *caption = new QLabel(m_today);
    auto *value = new QLabel(m_today);
    value->setObjectName(name);
    caption->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    value->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    caption->setStyleSheet(u"QLabel { font-size: 30pt; }"_s);
    value->setStyleSheet(name == u"wallTodayOverdue"_s
                             ? u"QLabel { font-size: 96pt; font-weight: bold; color: #c0392b; }"_s
                             : u"QLabel { font-size: 96pt; font-weight: bold; }"_s);
    grid->addWidget(caption, row * 2, column);
    grid->addWidget(value, row * 2 + 1, column);
    m_numbers.append(std::make_pair(caption, value));
    return value;
}

DashboardChartView *WallPanels::chart(Panel panel) const
{
    return panel == Overdue ? m_overdue : panel == Aging ? m_aging : panel == Stalled ? m_stalledChart : nullptr;
}

QString WallPanels::todayValue(const QString &name) const
{
    const auto *label = m_today->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

void WallPanels::setFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    draw();
}

void WallPanels::setStalled(const QList<StallCell> &cells, int stalledComplaints)
{
    m_stalled = cells.mid(0, kTopSteps);
    m_stalledComplaints = stalledComplaints;
    draw();
}

void WallPanels::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        draw();
    QStackedWidget::changeEvent(event);
}

void WallPanels::draw()
{
    QList<double> overdue;
    for (const DashboardOpdCount &row : std::as_const(m_figures.overdue))
        overdue.append(row.count);
    m_overdue->setBars(DashboardText::overdueTitle(), DashboardText::opds(m_figures.overdue),
                       {{DashboardText::overdue(), overdue, DashboardText::color(2)}}, DashboardText::complaintsAxis());

    static const QList<QColor> kAgingColors
        = {QColor(0x2e, 0x9e, 0x5b), QColor(0xe6, 0xc2, 0x1e), QColor(0xe6, 0x7e, 0x22), QColor(0xc0, 0x39, 0x2b)};
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

    const auto [steps, stalled] = DashboardText::stalledBars(m_stalled);
    m_stalledChart->setBars(DashboardText::stalledTitle(), steps,
                            {{DashboardText::complaintsAxis(), stalled, DashboardText::color(3)}},
                            DashboardText::complaintsAxis());

    const QStringList captions
        = {tr("Open"),         tr("Overdue now"),           tr("Received today"), tr("Responded today"),
           tr("Closed today"), tr("Stalled at an SOP step")};
    const bool known = m_figures.at.isValid();
    const QList<int> values = {m_figures.today.open,      m_figures.today.overdue, m_figures.today.received,
                               m_figures.today.responded, m_figures.today.closed,  m_stalledComplaints};
    for (int i = 0; i < m_numbers.size(); ++i) {
        m_numbers.at(i).first->setText(captions.at(i));
        m_numbers.at(i).second->setText(known && values.at(i) >= 0 ? QString::number(values.at(i)) : u"–"_s);
    }
}

} // namespace rabeg
