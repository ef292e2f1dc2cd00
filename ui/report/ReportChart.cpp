#include "ReportChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr int kTicks = 5;

QFont sized(const QPainter &painter, double size, bool bold = false)
{
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::lround(size))));
    font.setBold(bold);
    return font;
}

double maximumOf(const ReportChart::Spec &spec)
{
    double maximum = 0;
    for (const auto &series : spec.series) {
        for (double v : series.values)
            maximum = std::max(maximum, v);
    }
    return maximum;
}

// Title, legend, axes with ticks; returns the plot rectangle and the axis' top value.
QRectF frame(QPainter &painter, const QRectF &area, const ReportChart::Spec &spec, double bottomRoom, double &top)
{
    painter.setFont(sized(painter, 11, true));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 16), Qt::AlignLeft | Qt::AlignVCenter, spec.title);

    // The legend: a swatch and a name per series, on one line under the title.
    painter.setFont(sized(painter, 8.5));
    const QFontMetricsF legendMetrics(painter.font());
    double x = area.left();
    const double legendY = area.top() + 20;
    for (const auto &series : spec.series) {
        QPainterPath swatch;
        swatch.addRect(QRectF(x, legendY + 2, 10, 8));
        painter.fillPath(swatch, series.color);
        painter.drawText(QPointF(x + 14, legendY + 9.5), series.legend);
        x += 14 + legendMetrics.horizontalAdvance(series.legend) + 18;
    }

    const double step = ReportChart::niceStep(maximumOf(spec), kTicks);
    top = step * kTicks;
    painter.setFont(sized(painter, 8));
    const QFontMetricsF metrics(painter.font());
    const QLocale locale;
    double labelWidth = 0;
    for (int i = 0; i <= kTicks; ++i)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(locale.toString(step * i, 'f', 0)));
    const QRectF plot(area.left() + 16 + labelWidth + 4, legendY + 22, 0, 0);
    QRectF rect = plot;
    rect.setRight(area.right() - 4);
    rect.setBottom(area.bottom() - bottomRoom - 18);

    // Gridlines and the y axis' tick labels.
    for (int i = 0; i <= kTicks; ++i) {
        const double y = rect.bottom() - rect.height() * i / kTicks;
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0.5));
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left() - labelWidth - 4, y - 6, labelWidth, 12), Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(step * i, 'f', 0));
    }
    painter.setPen(QPen(Qt::black, 0.8));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.drawLine(rect.bottomLeft(), rect.topLeft());

    // Axis titles: y turned a quarter, x centred under the category labels.
    painter.setFont(sized(painter, 9, true));
    painter.save();
    painter.translate(area.left() + 9, rect.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-rect.height() / 2, -8, rect.height(), 16), Qt::AlignCenter, spec.yAxis);
    painter.restore();
    painter.drawText(QRectF(rect.left(), area.bottom() - 16, rect.width(), 16), Qt::AlignCenter, spec.xAxis);
    return rect;
}

double heightOf(double value, double top, const QRectF &plot)
{
    return top > 0 ? plot.height() * value / top : 0;
}

} // namespace

double ReportChart::niceStep(double maximum, int ticks)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return std::max(1.0, factor * power);
    }
    return std::max(1.0, 10 * power);
}

void ReportChart::paintBars(QPainter &painter, const QRectF &area, const Spec &spec)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Category labels are turned upright under the bars: room for the longest.
    painter.setFont(sized(painter, 7.5));
    double longest = 0;
    for (const QString &category : spec.categories)
        longest = std::max(longest, QFontMetricsF(painter.font()).horizontalAdvance(category));
    double top = 0;
    const QRectF plot = frame(painter, area, spec, longest + 6, top);
    const qsizetype groups = std::max<qsizetype>(1, spec.categories.size());
    const double groupWidth = plot.width() / groups;
    const double barWidth = groupWidth * 0.8 / std::max<qsizetype>(1, spec.series.size());
    for (qsizetype g = 0; g < spec.categories.size(); ++g) {
        const double left = plot.left() + g * groupWidth + groupWidth * 0.1;
        for (qsizetype s = 0; s < spec.series.size(); ++s) {
            const double value = spec.series.at(s).values.value(g);
            const double h = heightOf(value, top, plot);
            QPainterPath bar;
            bar.addRect(QRectF(left + s * barWidth, plot.bottom() - h, barWidth, h));
            painter.fillPath(bar, spec.series.at(s).color);
        }
        painter.setFont(sized(painter, 7.5));
        painter.setPen(Qt::black);
        painter.save();
        painter.translate(plot.left() + (g + 0.5) * groupWidth, plot.bottom() + 4);
        painter.rotate(-90);
        painter.drawText(QRectF(-longest, -5, longest, 10), Qt::AlignRight | Qt::AlignVCenter, spec.categories.at(g));
        painter.restore();
    }
    painter.restore();
}

void ReportChart::paintLines(QPainter &painter, const QRectF &area, const Spec &spec)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    double top = 0;
    const QRectF plot = frame(painter, area, spec, 12, top);
    const qsizetype points = spec.categories.size();
    const auto xOf = [&](qsizetype i) {
        return points > 1 ? plot.left() + 10 + (plot.width() - 20) * i / (points - 1) : plot.center().x();
    };
    painter.setFont(sized(painter, 7.5));
    painter.setPen(Qt::black);
    for (qsizetype i = 0; i < points; ++i)
        painter.drawText(QRectF(xOf(i) - 20, plot.bottom() + 3, 40, 10), Qt::AlignCenter, spec.categories.at(i));
    for (const Series &series : spec.series) {
        QPainterPath line;
        for (qsizetype i = 0; i < points; ++i) {
            const QPointF p(xOf(i), plot.bottom() - heightOf(series.values.value(i), top, plot));
            if (i == 0)
                line.moveTo(p);
            else
                line.lineTo(p);
        }
        painter.setPen(QPen(series.color, 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(line);
        for (qsizetype i = 0; i < points; ++i) {
            QPainterPath dot;
            dot.addEllipse(QPointF(xOf(i), plot.bottom() - heightOf(series.values.value(i), top, plot)), 2, 2);
            painter.fillPath(dot, series.color);
        }
    }
    painter.restore();
}

} // namespace rabeg
