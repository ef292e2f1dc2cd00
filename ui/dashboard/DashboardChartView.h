#pragma once

#include <QChartView>
#include <QStringList>

class QAbstractAxis;
class QBarSet;
class QScatterSeries;

namespace rabeg {

// One bar chart of the dashboard or the wall display: named series of values over categories, side by side,
// stacked or horizontal; a stacked chart shows each stack's total above it, and every bar tells its figure in a
// tool tip. Clicking a bar reports which (series, category) it was, for the drill-down; charts are
// rebuilt whole from each new set of figures.
// The keyboard reaches every bar too (docs/keymap.md): the chart takes focus (Tab), the arrow keys move a selection
// drawn on the selected bar (along the categories, and across the series), Home and End go to the first and last
// category, Enter or Space drills down like a click. The selected bar is told to a screen reader as the chart's
// accessible description ("DISDUKCAPIL, Overdue: 12"), and the chart's name is its title.
class DashboardChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardChartView)

public:
    enum class Layout { Grouped, Stacked, Horizontal, HorizontalStacked };
    struct Series
    {
        QString name;
        QList<double> values; // one per category
        QColor color;
    };

    explicit DashboardChartView(Layout layout, QWidget *parent = nullptr);

    void setBars(const QString &title, const QStringList &categories, const QList<Series> &series,
                 const QString &valueAxisTitle, double maximum = 0);
    // Larger type, for the wall display across a room.
    void setPointSize(int points) { m_points = points; }
    QStringList categories() const { return m_categories; }
    // The bar sets in series order (a test clicks them: emit set->clicked(index)).
    QList<QBarSet *> barSets() const { return m_sets; }

    // The bar the keyboard selection is on (-1, -1: none yet; the first key press selects the first bar).
    int selectedSeries() const { return m_series; }
    int selectedCategory() const { return m_category; }
    // The selected bar in words: category, series and value.
    QString selectionText() const;

signals:
    void barClicked(int series, int category);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void selectBar(int series, int category);
    void showSelection();
    QString barText(int series, int category) const;
    // The totals above a stacked chart's stacks (`tops`, one per category), as a series of point labels.
    static QScatterSeries *stackTotals(QChart *chart, QAbstractAxis *categoryAxis, QAbstractAxis *valueAxis,
                                       const QList<double> &tops);

    Layout m_layout;
    int m_series = -1;
    int m_category = -1;
    int m_points = 0;
    QStringList m_categories;
    QList<QBarSet *> m_sets;
};

} // namespace rabeg
