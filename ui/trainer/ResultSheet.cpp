#include "ResultSheet.h"

#include "ScoreboardModel.h"
#include "TrainingWatermark.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

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

    const QList<double> columns = {0, 30, 50, 70, 80, 90}; // title, expected, done, right, triage, deadline
    const QStringList heads = {tr("Complaint"), tr("Expected"), tr("Done"), tr("Right"), tr("Triage"), tr("Deadline")};
    const double rowHeight = 2.6 * unit;
    const auto row = [&](const QStringList &cells, bool bold) {
        if (y + rowHeight > page.height()) {
            device.newPage();
            y = 0;
            newPage();
        }
        QFont font = base;
        font.setBold(bold);
        painter.setFont(font);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const double left = columns.at(c) * unit;
            const double right = (c + 1 < columns.size() ? columns.at(c + 1) : 100) * unit;
            const QRectF box(left, y, right - left - unit, rowHeight);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(cells.at(c), Qt::ElideRight, int(box.width())));
        }
        y += rowHeight;
        painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
    };
    row(heads, true);
    for (const ComplaintResult &r : m_score.results) {
        const QString right = !r.handled                       ? u"—"_s
            : r.decisionCorrect && r.opdCorrect.value_or(true) ? tr("yes")
            : r.decisionCorrect                                ? tr("OPD wrong")
                                                               : tr("no");
        row({r.title, r.expected, r.arrived ? (r.actual.isEmpty() ? tr("not yet") : r.actual) : tr("not arrived"),
             right, ScoreboardModel::duration(r.triageSeconds), r.deadlineMissed ? tr("missed") : tr("kept")},
            false);
    }
    y += 4 * unit;
    line(tr("Trainer's signature: ____________________"), 1.5, false);
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
