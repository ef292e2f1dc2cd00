#pragma once

#include <QChartView>
#include <QStringList>

class QBarSet;

namespace rabeg {

// One bar chart of the dashboard or the wall display: named series of values over categories, side by side,
// stacked or horizontal. Clicking a bar reports which (series, category) it was, for the drill-down; charts are
// rebuilt whole from each new set of figures.
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

signals:
    void barClicked(int series, int category);

private:
    Layout m_layout;
    int m_points = 0;
    QStringList m_categories;
    QList<QBarSet *> m_sets;
};

} // namespace rabeg
