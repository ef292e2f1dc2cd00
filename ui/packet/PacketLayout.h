#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QFont;
class QPagedPaintDevice;
class QPainter;

namespace rabeg {

// Lays printed text out top to bottom on A4 pages with a painter: titles, paragraphs, label-value facts and
// tables whose rows wrap and continue on the next page with their header repeated. Each page gets a footer made
// from `footer` with the page number as %1 (one %1 is left in it for that).
class PacketLayout
{
public:
    PacketLayout(QPainter &painter, QPagedPaintDevice &device, QString footer);

    void title(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text, bool bold = false);
    void facts(const QList<std::pair<QString, QString>> &facts);
    // `widths` are shares of the text width, one per column.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &widths);
    void finish(); // the last page's footer
    // Pages made from a training hub's cache carry the TRAINING / PELATIHAN mark (this page and every next one).
    void setTrainingWatermark(bool training);

private:
    qreal heightOf(const QString &text, const QFont &font, qreal width) const;
    void ensure(qreal height);
    void newPage();
    void drawFooter();
    qreal mm(qreal millimetres) const;
    void row(const QStringList &cells, const QList<double> &widths, bool header);

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    QString m_footer;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_y = 0;
    int m_page = 1;
    bool m_training = false;
    QStringList m_header; // the table being laid out: its header starts each page it continues on
    QList<double> m_headerWidths;
};

} // namespace rabeg
