#include "ReportFlow.h"

#include "trainer/TrainingWatermark.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace rabeg::reportcolor;

namespace rabeg {

ReportFlow::ReportFlow(QPainter &painter, QPagedPaintDevice &device, QString footer)
    : m_painter(painter), m_device(device), m_footer(std::move(footer))
{
    const double scale = device.logicalDpiX() / 72.0;
    const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    m_page = QRectF(0, 0, paint.width() / scale, paint.height() / scale);
    m_painter.scale(scale, scale);
    m_body = m_page.adjusted(0, 0, 0, -22);
    m_y = m_body.top();
    paintFooter();
}

void ReportFlow::newPage()
{
    m_device.newPage();
    ++m_pages;
    m_y = m_body.top();
    paintFooter();
}

void ReportFlow::setTrainingWatermark(bool training)
{
    m_training = training;
    if (training)
        paintTrainingWatermark(m_painter, m_page);
}

void ReportFlow::need(double height)
{
    if (m_y + height > m_body.bottom() && m_y > m_body.top())
        newPage();
}

void ReportFlow::font(double size, bool bold, const QColor &color)
{
    QFont f = m_painter.font();
    f.setPixelSize(std::max(1, int(std::lround(size))));
    f.setBold(bold);
    m_painter.setFont(f);
    m_painter.setPen(color);
}

void ReportFlow::paragraph(const QString &text, double size, bool bold, const QColor &color, double indent)
{
    font(size, bold, color);
    QTextLayout layout(text, m_painter.font(), m_painter.device());
    const double lineHeight = QFontMetricsF(m_painter.font(), m_painter.device()).lineSpacing();
    QList<QTextLine> lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width() - indent);
        lines.append(line);
    }
    layout.endLayout();
    for (const QTextLine &line : lines) {
        need(lineHeight);
        m_painter.drawText(QPointF(left() + indent, m_y + line.ascent()),
                           text.mid(line.textStart(), line.textLength()).trimmed());
        m_y += lineHeight;
    }
}

void ReportFlow::heading(const QString &text)
{
    need(60);
    skip(6);
    font(13, true);
    m_painter.drawText(QRectF(left(), m_y, width(), 18), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += 20;
    m_painter.setPen(QPen(kRule, 0.8));
    m_painter.drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
    m_y += 6;
}

void ReportFlow::table(const QStringList &headers, const QList<QStringList> &rows, const QList<double> &widths,
                       int leftColumns)
{
    constexpr double kRow = 15;
    constexpr double kHeader = 24; // two lines of header text
    const auto header = [&] {
        need(kHeader + kRow);
        m_painter.fillRect(QRectF(left(), m_y, width(), kHeader), kBand);
        font(headerSize(headers, widths), true);
        cells(headers, widths, leftColumns, kHeader, true);
        m_y += kHeader;
    };
    header();
    for (const QStringList &row : rows) {
        if (m_y + kRow > m_body.bottom()) {
            newPage();
            header();
        }
        font(8);
        cells(row, widths, leftColumns, kRow, false);
        m_y += kRow;
        m_painter.setPen(QPen(kRule, 0.4));
        m_painter.drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
    }
    m_y += 8;
}

// One size for every header of a table: the largest (up to 8) at which each header's longest word fits its column,
// so a header wraps at spaces and never inside a word (translations have longer words).
double ReportFlow::headerSize(const QStringList &headers, const QList<double> &widths) const
{
    QFont f = m_painter.font();
    f.setBold(true);
    int size = 8;
    for (qsizetype i = 0; i < headers.size() && i < widths.size(); ++i) {
        for (const QString &word : headers.at(i).split(u' ')) {
            for (; size > 5; --size) {
                f.setPixelSize(size);
                if (QFontMetricsF(f, m_painter.device()).horizontalAdvance(word) <= widths.at(i) * width() - 6)
                    break;
            }
        }
    }
    return size;
}

void ReportFlow::cells(const QStringList &texts, const QList<double> &widths, int leftColumns, double height, bool wrap)
{
    double x = left();
    const QFontMetricsF metrics(m_painter.font(), m_painter.device());
    for (qsizetype i = 0; i < texts.size() && i < widths.size(); ++i) {
        const double w = widths.at(i) * width();
        const QRectF cell(x + 3, m_y, w - 6, height);
        const int align = (i < leftColumns ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        if (wrap)
            m_painter.drawText(cell, align | Qt::TextWordWrap, texts.at(i));
        else
            m_painter.drawText(cell, align, metrics.elidedText(texts.at(i), Qt::ElideRight, cell.width()));
        x += w;
    }
}

void ReportFlow::paintFooter()
{
    if (m_training)
        paintTrainingWatermark(m_painter, m_page);
    font(7.5, false, kMuted);
    const QRectF line(m_page.left(), m_page.bottom() - 12, m_page.width(), 12);
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(m_pages));
}

} // namespace rabeg
