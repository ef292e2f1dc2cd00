#include "DashboardChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QLocale>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace rabeg {
namespace {

// The longest category name shown whole under a bar (turned upright when there are many): "Pusat komando".
constexpr qsizetype kWholeLabelCharacters = 14;
// The longest name shown beside a horizontal bar: "DISDUKCAPIL: 2. Verifikasi data kependudukan".
constexpr qsizetype kAcrossLabelCharacters = 44;

} // namespace

DashboardChartView::DashboardChartView(Layout layout, QWidget *parent) : QChartView(parent), m_layout(layout)
{
    setRenderHint(QPainter::Antialiasing);
    // Tall enough for the OPD names under the bars (turned upright) and a readable value axis beside them; the
    // dashboard scrolls when the screen is lower than its charts (DashboardScreen).
    setMinimumSize(320, 320);
    setFocusPolicy(Qt::StrongFocus);
}

QString DashboardChartView::selectionText() const
{
    return barText(m_series, m_category);
}

QString DashboardChartView::barText(int series, int category) const
{
    if (series < 0 || series >= m_sets.size() || category < 0 || category >= m_categories.size())
        return {};
    //: A bar of a dashboard chart read out: category, series, value ("DISDUKCAPIL, Overdue: 12")
    return tr("%1, %2: %3")
        .arg(m_categories.at(category), m_sets.at(series)->label(),
             QLocale().toString(m_sets.at(series)->at(category), 'f', 0));
}

void DashboardChartView::selectBar(int series, int category)
{
    if (m_sets.isEmpty() || m_categories.isEmpty())
        return;
    m_series = std::clamp(series, 0, int(m_sets.size()) - 1);
    m_category = std::clamp(category, 0, int(m_categories.size()) - 1);
    showSelection();
}

void DashboardChartView::showSelection()
{
    for (QBarSet *set : std::as_const(m_sets))
        set->deselectAllBars();
    if (m_series >= 0 && m_series < m_sets.size() && m_category >= 0 && m_category < m_categories.size()
        && hasFocus()) {
        m_sets.at(m_series)->selectBar(m_category);
    }
    setAccessibleDescription(selectionText());
}

void DashboardChartView::keyPressEvent(QKeyEvent *event)
{
    const bool horizontal = m_layout == Layout::Horizontal || m_layout == Layout::HorizontalStacked;
    const bool none = m_series < 0 || m_category < 0;
    // Along the categories: left/right on upright bars, up/down on horizontal ones (the first category at the
    // bottom); the other pair of arrows goes across the series.
    int alongCategories = 0;
    int acrossSeries = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        (horizontal ? acrossSeries : alongCategories) = -1;
        break;
    case Qt::Key_Right:
        (horizontal ? acrossSeries : alongCategories) = 1;
        break;
    case Qt::Key_Up:
        (horizontal ? alongCategories : acrossSeries) = 1;
        break;
    case Qt::Key_Down:
        (horizontal ? alongCategories : acrossSeries) = -1;
        break;
    case Qt::Key_Home:
        selectBar(none ? 0 : m_series, 0);
        return;
    case Qt::Key_End:
        selectBar(none ? 0 : m_series, int(m_categories.size()) - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (none)
            selectBar(0, 0);
        else
            emit barClicked(m_series, m_category);
        return;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    if (none)
        selectBar(0, 0);
    else
        selectBar(m_series + acrossSeries, m_category + alongCategories);
}

void DashboardChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    if (m_series < 0 && !m_sets.isEmpty() && !m_categories.isEmpty()) {
        m_series = 0;
        m_category = 0;
    }
    showSelection();
}

void DashboardChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    showSelection();
}

void DashboardChartView::setBars(const QString &title, const QStringList &categories, const QList<Series> &series,
                                 const QString &valueAxisTitle, double maximum)
{
    m_categories = categories;
    m_sets.clear();
    auto *chart = new QChart;
    // Figures in the language's own way ("92,3" in Indonesian), as the rest of the screen writes them.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
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
        // The exact figure of the bar under the pointer (a stacked segment carries no number of its own).
        connect(set, &QBarSet::hovered, this, [this, s](bool entered, int index) {
            if (entered)
                QToolTip::showText(QCursor::pos(), barText(s, index), this);
            else
                QToolTip::hideText();
        });
        bars->append(set);
        m_sets.append(set);
    }
    if (stacked)
        top = stackTops.isEmpty() ? 0 : *std::max_element(stackTops.cbegin(), stackTops.cend());
    // Side by side, each bar carries its figure above it. Stacked, a segment of a few complaints is thinner than
    // its number (labels drawn over each other), so the stack carries its total above it instead (stackTotals) and
    // each segment's figure is in its tool tip and the keyboard selection's description.
    bars->setLabelsVisible(!stacked);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);

    const bool horizontal = m_layout == Layout::Horizontal || m_layout == Layout::HorizontalStacked;
    auto *categoryAxis = new QBarCategoryAxis;
    if (horizontal) {
        // Beside horizontal bars a name reads across: whole up to a few words (an SOP step's title), cut after
        // that and said whole in the tool tip.
        QStringList shown;
        for (const QString &category : categories)
            shown.append(category.size() > kAcrossLabelCharacters
                             ? category.left(kAcrossLabelCharacters - 1).trimmed() + QChar(0x2026)
                             : category);
        categoryAxis->append(shown);
    } else {
        categoryAxis->append(categories);
    }
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueAxisTitle);
    valueAxis->setLabelFormat(QStringLiteral("%.0f")); // whole numbers; a localized format needs the precision
    valueAxis->setRange(0, maximum > 0 ? maximum : std::max(1.0, top * 1.15));
    valueAxis->applyNiceNumbers();
    if (maximum > 0) {
        // A scale with a ceiling (percent): ticks up to it, and room above it for the figure of a full bar, which
        // sat on the chart's edge.
        valueAxis->setRange(0, maximum * 1.15);
        valueAxis->setTickType(QValueAxis::TicksDynamic);
        valueAxis->setTickAnchor(0);
        valueAxis->setTickInterval(maximum / 5);
    }
    // Many OPD codes side by side (DISDUKCAPIL, DISPERKIM...): upright, each takes only a line's height of width.
    if (!horizontal && categories.size() > 8)
        categoryAxis->setLabelsAngle(-90);
    // An OPD code cut to "DISDUK..." is no code at all: short names get the room they need (the chart's height
    // holds a dozen characters turned upright); longer ones (an SOP step) are still cut, and said whole in the
    // tool tip and the keyboard selection.
    const auto longest = std::max_element(categories.cbegin(), categories.cend(),
                                          [](const QString &a, const QString &b) { return a.size() < b.size(); });
    categoryAxis->setTruncateLabels(!horizontal && longest != categories.cend()
                                    && longest->size() > kWholeLabelCharacters);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    QScatterSeries *totals = stacked && !horizontal ? stackTotals(chart, categoryAxis, valueAxis, stackTops) : nullptr;
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
        for (QBarSet *set : std::as_const(m_sets))
            set->setLabelFont(font);
        if (totals)
            totals->setPointLabelsFont(font);
    }
    // The keyboard selection stays on the same place across a refresh, within the new bars.
    for (QBarSet *set : std::as_const(m_sets)) {
        set->setSelectedColor(QColor(0x6a, 0x1b, 0x9a)); // purple: no series of the dashboard uses it
        set->setBorderColor(set->color());
    }
    if (m_series >= 0)
        m_series = m_sets.isEmpty() ? -1 : std::min(m_series, int(m_sets.size()) - 1);
    if (m_category >= 0)
        m_category = m_categories.isEmpty() ? -1 : std::min(m_category, int(m_categories.size()) - 1);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    showSelection();
}

QScatterSeries *DashboardChartView::stackTotals(QChart *chart, QAbstractAxis *categoryAxis, QAbstractAxis *valueAxis,
                                               const QList<double> &tops)
{
    // An invisible point on top of each stack (the category axis places category i at x = i), labelled with its
    // y: the total, where a bar's own figure would be.
    auto *totals = new QScatterSeries;
    totals->setMarkerSize(1);
    totals->setColor(Qt::transparent);
    totals->setBorderColor(Qt::transparent);
    for (int c = 0; c < tops.size(); ++c) {
        if (tops.at(c) > 0)
            totals->append(c, tops.at(c));
    }
    totals->setPointLabelsFormat(QStringLiteral("@yPoint"));
    totals->setPointLabelsColor(QColor(0x33, 0x33, 0x33));
    totals->setPointLabelsClipping(false);
    totals->setPointLabelsVisible(true);
    chart->addSeries(totals);
    totals->attachAxis(categoryAxis);
    totals->attachAxis(valueAxis);
    for (QLegendMarker *marker : chart->legend()->markers(totals))
        marker->setVisible(false);
    return totals;
}

} // namespace rabeg
