#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;

namespace rabeg {

// The report's colours, shared by its pages.
namespace reportcolor {
inline const QColor kInk(0x1f, 0x29, 0x37);
inline const QColor kMuted(0x55, 0x5f, 0x6d);
inline const QColor kRule(0xb8, 0xc0, 0xcc);
inline const QColor kBand(0xee, 0xf1, 0xf5);
} // namespace reportcolor

// A column of text and tables down the report's pages, starting a new page when the next piece does not fit;
// every page gets the same footer. Coordinates are points (1/72 inch) from the top left of the device's paintable
// area: the painter is scaled to them once.
class ReportFlow
{
    Q_DECLARE_TR_FUNCTIONS(ReportFlow)

public:
    ReportFlow(QPainter &painter, QPagedPaintDevice &device, QString footer);

    QPainter &painter() { return m_painter; }
    const QRectF &body() const { return m_body; }
    double y() const { return m_y; }
    double left() const { return m_body.left(); }
    double width() const { return m_body.width(); }
    int pages() const { return m_pages; }

    void newPage();
    // Pages of a report made from a training hub's cache carry the TRAINING / PELATIHAN mark (from this page on).
    void setTrainingWatermark(bool training);
    // Starts a new page unless `height` still fits on this one.
    void need(double height);
    void skip(double height) { m_y += height; }

    void font(double size, bool bold = false, const QColor &color = reportcolor::kInk);
    // A paragraph wrapped to the body's width (less `indent`).
    void paragraph(const QString &text, double size, bool bold = false, const QColor &color = reportcolor::kInk,
                   double indent = 0);
    void heading(const QString &text);
    // A table: widths are shares of the body's width; the first `leftColumns` columns are aligned left, the rest
    // right. Cells too long are cut with an ellipsis; the header wraps, and repeats on each new page.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<double> &widths,
               int leftColumns);

private:
    double headerSize(const QStringList &headers, const QList<double> &widths) const;
    void cells(const QStringList &texts, const QList<double> &widths, int leftColumns, double height, bool wrap);
    void paintFooter();

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    QString m_footer;
    bool m_training = false;
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
    int m_pages = 1;
};

} // namespace rabeg
