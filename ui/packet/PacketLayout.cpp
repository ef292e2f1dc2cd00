#include "PacketLayout.h"

#include "trainer/TrainingWatermark.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace rabeg {
namespace {

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "ff" or "fi" of a hex hash or a tracking id drawn as one glyph comes back from the PDF's text
    // (pdftotext, copy and paste into a letter to the Ombudsman) as one character, and the hash no longer matches.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

} // namespace

PacketLayout::PacketLayout(QPainter &painter, QPagedPaintDevice &device, QString footer)
    : m_painter(painter), m_device(device), m_footer(std::move(footer))
{
    const QRect area = painter.viewport();
    m_width = area.width();
    m_height = area.height() - mm(8); // room for the footer
}

qreal PacketLayout::mm(qreal millimetres) const
{
    return millimetres * m_device.logicalDpiY() / 25.4;
}

qreal PacketLayout::heightOf(const QString &text, const QFont &f, qreal width) const
{
    // Metrics for the device's resolution: a font's size in points is the same on paper at any dpi.
    const QFontMetricsF metrics(f, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), kWrap, text).height();
}

void PacketLayout::ensure(qreal height)
{
    if (m_y + height > m_height && m_y > 0)
        newPage();
}

void PacketLayout::setTrainingWatermark(bool training)
{
    m_training = training;
    if (training)
        paintTrainingWatermark(m_painter, QRectF(0, 0, m_width, m_height)); // the first page's
}

void PacketLayout::newPage()
{
    drawFooter();
    m_device.newPage();
    ++m_page;
    m_y = 0;
    if (m_training)
        paintTrainingWatermark(m_painter, QRectF(0, 0, m_width, m_height));
    if (!m_header.isEmpty())
        row(m_header, m_headerWidths, true);
}

void PacketLayout::drawFooter()
{
    m_painter.setFont(font(7.5));
    m_painter.setPen(Qt::darkGray);
    m_painter.drawText(QRectF(0, m_height + mm(3), m_width, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                       m_footer.arg(m_page));
    m_painter.setPen(Qt::black);
}

void PacketLayout::finish()
{
    drawFooter();
}

void PacketLayout::title(const QString &text)
{
    const QFont f = font(15, true);
    const qreal h = heightOf(text, f, m_width);
    ensure(h);
    m_painter.setFont(f);
    m_painter.drawText(QRectF(0, m_y, m_width, h), kWrap, text);
    m_y += h + mm(3);
}

void PacketLayout::heading(const QString &text)
{
    const QFont f = font(11.5, true);
    const qreal h = heightOf(text, f, m_width);
    ensure(h + mm(12)); // never a heading alone at the foot of a page
    m_y += mm(3);
    m_painter.setFont(f);
    m_painter.drawText(QRectF(0, m_y, m_width, h), kWrap, text);
    m_y += h + mm(1);
    m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    m_y += mm(2);
}

void PacketLayout::paragraph(const QString &text, bool bold)
{
    if (text.isEmpty())
        return;
    const QFont f = font(9.5, bold);
    // A long text continues on the next page paragraph by paragraph.
    for (const QString &part : text.split(QLatin1Char('\n'))) {
        const qreal h = heightOf(part, f, m_width);
        ensure(h);
        m_painter.setFont(f);
        m_painter.drawText(QRectF(0, m_y, m_width, h), kWrap, part);
        m_y += h + mm(1.5);
    }
}

void PacketLayout::facts(const QList<std::pair<QString, QString>> &facts)
{
    QList<QStringList> rows;
    for (const auto &[label, value] : facts)
        rows.append({label, value});
    for (const QStringList &cells : std::as_const(rows))
        row(cells, {0.3, 0.7}, false);
}

void PacketLayout::table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &widths)
{
    row(header, widths, true);
    m_header = header;
    m_headerWidths = widths;
    for (const QStringList &cells : rows)
        row(cells, widths, false);
    m_header.clear();
}

void PacketLayout::row(const QStringList &cells, const QList<double> &widths, bool header)
{
    const QFont f = font(8.5, header);
    const qreal pad = mm(1);
    qreal h = 0;
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
        h = std::max(h, heightOf(cells.at(i), f, m_width * widths.at(i) - 2 * pad));
    h += 2 * pad;
    ensure(h);
    m_painter.setFont(f);
    if (header)
        m_painter.fillRect(QRectF(0, m_y, m_width, h), QColor(0xe8, 0xec, 0xf1));
    qreal x = 0;
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
        const qreal w = m_width * widths.at(i);
        m_painter.drawText(QRectF(x + pad, m_y + pad, w - 2 * pad, h - 2 * pad), kWrap, cells.at(i));
        x += w;
    }
    m_painter.setPen(QColor(0xc0, 0xc6, 0xcc));
    m_painter.drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
    m_painter.setPen(Qt::black);
    m_y += h;
}

} // namespace rabeg
