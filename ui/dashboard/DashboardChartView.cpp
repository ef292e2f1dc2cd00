#include "DashboardChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace rabeg {

DashboardChartView::DashboardChartView(Layout layout, QWidget *parent) : QChartView(parent), m_layout(layout)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
}

void DashboardChartView::setBars(const QString &title, const QStringList &categories, const QList<Series> &series,
                                 const QString &valueAxisTitle, double maximum)
{
    m_categories = categories;
    m_sets.clear();
    auto *chart = new QChart;
    chart->setTitle(title);
    setAccessibleName(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    QAbstractBarSeries *bars = nullptr;
    switch (m_layout) {
    case Layout::Grouped:
        bars = new QBarSeries;
        break;
    case Layout::Stacked:
        bars = new QStackedBarSeries;
        break;
    case Layout::Horizontal:
        bars = new QHorizontalBarSeries;
        break;
    case Layout::HorizontalStacked:
        bars = new QHorizontalStackedBarSeries;
        break;
    }
    const bool stacked = m_layout == Layout::Stacked || m_layout == Layout::HorizontalStacked;
    double top = 0;
    QList<double> stackTops(categories.size(), 0.0);
    for (int s = 0; s < series.size(); ++s) {
        auto *set = new QBarSet(series.at(s).name);
        if (series.at(s).color.isValid())
            set->setColor(series.at(s).color);
        // Inside a stacked segment white reads best; above a bar, on the chart's white, dark.
        set->setLabelColor(stacked ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
        for (int c = 0; c < series.at(s).values.size(); ++c) {
            const double value = series.at(s).values.at(c);
            set->append(value);
            stackTops[c] += value;
            top = std::max(top, value);
        }
        connect(set, &QBarSet::clicked, this, [this, s](int index) { emit barClicked(s, index); });
        bars->append(set);
        m_sets.append(set);
    }
    if (stacked)
        top = stackTops.isEmpty() ? 0 : *std::max_element(stackTops.cbegin(), stackTops.cend());
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(stacked ? QAbstractBarSeries::LabelsCenter : QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueAxisTitle);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setRange(0, maximum > 0 ? maximum : std::max(1.0, top * 1.15));
    valueAxis->applyNiceNumbers();
    if (maximum > 0)
        valueAxis->setRange(0, maximum);
    const bool horizontal = m_layout == Layout::Horizontal || m_layout == Layout::HorizontalStacked;
    // Many OPD codes side by side (DISDUKCAPIL, DISPERKIM...): upright, each takes only a line's height of width.
    if (!horizontal && categories.size() > 8)
        categoryAxis->setLabelsAngle(-90);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (m_points > 0) {
        QFont font = chart->titleFont();
        font.setPointSize(m_points + 4);
        font.setBold(true);
        chart->setTitleFont(font);
        font.setBold(false);
        font.setPointSize(m_points);
        categoryAxis->setLabelsFont(font);
        valueAxis->setLabelsFont(font);
        valueAxis->setTitleFont(font);
        chart->legend()->setFont(font);
        bars->setLabelsVisible(true);
        for (QBarSet *set : std::as_const(m_sets))
            set->setLabelFont(font);
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace rabeg
