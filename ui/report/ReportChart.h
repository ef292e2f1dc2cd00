#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace rabeg {

// Charts drawn as vector paths with QPainter (no bitmap, so they stay sharp in print and in PDF): axes with tick
// labels and titles, a legend, and grouped bars or lines. Coordinates are points (1/72 inch) on the page.
class ReportChart
{
public:
    struct Series
    {
        QString legend;
        QColor color;
        QList<double> values; // one per category
    };
    struct Spec
    {
        QString title;
        QStringList categories;
        QList<Series> series;
        QString xAxis;
        QString yAxis;
    };

    static void paintBars(QPainter &painter, const QRectF &area, const Spec &spec);
    static void paintLines(QPainter &painter, const QRectF &area, const Spec &spec);

    // Round steps (1, 2 or 5 times a power of ten) for an axis from 0 to at least `maximum`.
    static double niceStep(double maximum, int ticks);
};

} // namespace rabeg
