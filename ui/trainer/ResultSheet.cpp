#include "ResultSheet.h"

#include "HandlingText.h"
#include "ScoreboardModel.h"
#include "TrainingWatermark.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString percent(std::optional<int> value)
{
    return value ? u"%1%"_s.arg(*value) : u"—"_s;
}

} // namespace

void ResultSheet::paint(QPagedPaintDevice &device) const
{
    QPainter painter(&device);
    const QRectF page = painter.viewport();
    const double unit = page.width() / 100.0; // layout in hundredths of the page width
    QFont base = painter.font();
    base.setPixelSize(int(1.5 * unit));
    const auto newPage = [&] {
        paintTrainingWatermark(painter, page);
        painter.setFont(base);
    };
    newPage();
    double y = 0;
    const auto line = [&](const QString &text, double size, bool bold) {
        QFont font = base;
        font.setPixelSize(int(size * unit));
        font.setBold(bold);
        painter.setFont(font);
        const QRectF box(0, y, page.width(), size * unit * 1.6);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        y += box.height();
    };
    line(tr("Training result sheet"), 3, true);
    line(u"%1 — %2"_s.arg(m_score.name, m_score.trainee), 2.2, true);
    const QDateTime wib = m_header.hubTime.toTimeZone(QTimeZone(7 * 3600));
    line(tr("Scenario: %1 · class %2 · scores at %3 WIB (hub time)")
             .arg(m_header.scenario)
             .arg(m_header.classNumber)
             .arg(QLocale().toString(wib, QLocale::ShortFormat)),
         1.5, false);
    y += unit;
    line(tr("Handled: %1 of %2 · correct decision: %3 · correct OPD: %4 · median time to triage: %5 · deadlines "
            "missed: %6")
             .arg(m_score.handled)
             .arg(m_score.arrived)
             .arg(percent(m_score.decisionPercent()), percent(m_score.opdPercent()),
                  ScoreboardModel::duration(m_score.medianTriageSeconds))
             .arg(m_score.deadlinesMissed),
         1.6, true);
    y += 2 * unit;

    // Every cell wraps, so a long title, OPD or reason is read whole; a row is as tall as its tallest cell.
    const QList<double> columns = {0, 27, 50, 73, 81, 91}; // title, expected, done, right, triage, deadline
    const QStringList heads = {tr("Complaint"), tr("Expected"), tr("Done"), tr("Right"), tr("Triage"), tr("Deadline")};
    const double padding = 0.5 * unit;
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const auto cellBox = [&](qsizetype c, double top, double height) {
        const double left = columns.at(c) * unit;
        const double right = (c + 1 < columns.size() ? columns.at(c + 1) : 100) * unit;
        return QRectF(left, top, right - left - unit, height);
    };
    const auto row = [&](const QStringList &cells, bool bold) {
        QFont font = base;
        font.setBold(bold);
        painter.setFont(font);
        double height = 0;
        for (qsizetype c = 0; c < cells.size(); ++c)
            height = std::max(height, painter.boundingRect(cellBox(c, 0, page.height()), flags, cells.at(c)).height());
        height += 2 * padding;
        if (y + height > page.height()) {
            device.newPage();
            y = 0;
            newPage();
            painter.setFont(font);
        }
        for (qsizetype c = 0; c < cells.size(); ++c)
            painter.drawText(cellBox(c, y + padding, height - 2 * padding), flags, cells.at(c));
        y += height;
        painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
    };
    row(heads, true);
    for (const QStringList &cells : lines())
        row(cells, false);
    y += 4 * unit;
    if (y + 3 * unit > page.height()) {
        device.newPage();
        y = 0;
        newPage();
    }
    line(tr("Trainer's signature: ____________________"), 1.5, false);
}

QList<QStringList> ResultSheet::lines() const
{
    QList<QStringList> out;
    for (const ComplaintResult &r : m_score.results) {
        const QString right = !r.handled                       ? u"—"_s
            : r.decisionCorrect && r.opdCorrect.value_or(true) ? tr("yes")
            : r.decisionCorrect                                ? tr("OPD wrong")
                                                               : tr("no");
        const QString done = !r.arrived        ? tr("not arrived")
            : r.actualHandling.decision.isEmpty() && r.actual.isEmpty() ? tr("not yet")
                                                                         : HandlingText::of(r.actualHandling, r.actual);
        out.append({r.title, HandlingText::of(r.expectedHandling, r.expected), done, right,
                    ScoreboardModel::duration(r.triageSeconds), r.deadlineMissed ? tr("missed") : tr("kept")});
    }
    return out;
}

Status ResultSheet::writePdf(const QString &file) const
{
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(tr("Training result sheet — %1").arg(m_score.trainee));
    writer.setCreator(u"Rabeg"_s);
    paint(writer);
    if (!QFileInfo::exists(file))
        return Error {u"pdf_failed"_s, tr("The result sheet could not be written to %1.").arg(file)};
    return std::nullopt;
}

} // namespace rabeg
