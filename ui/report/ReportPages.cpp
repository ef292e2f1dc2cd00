#include "ReportPages.h"

#include "Labels.h"
#include "ReportChart.h"
#include "ReportFlow.h"
#include "ReportText.h"
#include "refdata/ReferenceData.h"
#include "report/EscalatedExcerpt.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

using namespace rabeg::reportcolor;

namespace rabeg {
namespace {

const QColor kDispatched(0x1f, 0x6f, 0xb2);
const QColor kResponded(0x2e, 0x9d, 0x5b);
const QColor kWarning(0xb4, 0x3c, 0x1e);
// Escalations listed per OPD in the PDF (docs/reports.md): the rest are counted, and listed in the CSV.
constexpr int kEscalatedPerOpd = 10;

void paintCover(ReportFlow &flow, const WeeklyReport &report, const ReportSignOff &signOff)
{
    QPainter &p = flow.painter();
    p.fillRect(QRectF(flow.left(), flow.y(), flow.width(), 4), kDispatched);
    flow.skip(14);
    flow.paragraph(ReportPages::tr("Kota Serang public-service complaints (SP4N-LAPOR!) command center"), 10, false,
                   kMuted);
    flow.skip(4);
    flow.paragraph(ReportText::title(), 22, true);
    flow.skip(2);
    flow.paragraph(ReportText::weekLine(report.week), 12, true);
    flow.skip(6);
    flow.paragraph(ReportText::scopeLine(report), 10);
    flow.paragraph(ReportText::sourceLine(report), 10);
    flow.paragraph(ReportText::asOfLine(report), 10);
    if (const QString warning = ReportText::incompleteWarning(report); !warning.isEmpty())
        flow.paragraph(warning, 10, true, kWarning);
    flow.skip(16);

    // The figures: a two-column list, label on the left and value on the right, one figure per line.
    const auto figures = ReportText::figures(report);
    constexpr double kLine = 26;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QRectF row(flow.left(), flow.y(), flow.width(), kLine);
        if (i % 2 == 0)
            p.fillRect(row, kBand);
        // Label and value on one baseline, so that they read as one line in any text extraction.
        const double baseline = row.bottom() - 8;
        flow.font(11);
        p.drawText(QPointF(row.left() + 10, baseline), figures.at(i).first);
        flow.font(13, true);
        const QString value = figures.at(i).second;
        p.drawText(QPointF(row.right() - 10 - QFontMetricsF(p.font(), p.device()).horizontalAdvance(value), baseline),
                   value);
        flow.skip(kLine);
    }
    flow.skip(14);
    flow.paragraph(ReportPages::tr("The definitions of every figure are in the appendix."), 9, false, kMuted);
    if (signOff.printedAt.isValid())
        flow.paragraph(ReportPages::tr("Printed %1").arg(Labels::wib(signOff.printedAt)), 9, false, kMuted);
}

void paintOpdTable(ReportFlow &flow, const WeeklyReport &report, const ReferenceData *reference)
{
    flow.heading(ReportPages::tr("Per OPD"));
    QStringList headers = ReportText::opdHeaders();
    headers.insert(1, ReportPages::tr("Name"));
    QList<QStringList> rows;
    for (const OpdReportRow &row : report.opds) {
        QStringList cells = ReportText::opdCells(row);
        cells.insert(1, ReportText::opdName(row.opd, reference));
        rows.append(cells);
    }
    if (rows.isEmpty())
        flow.paragraph(ReportPages::tr("No complaint was dispatched, answered, overdue or escalated this week."), 10);
    else
        flow.table(headers, rows, {0.17, 0.17, 0.10, 0.10, 0.09, 0.10, 0.15, 0.12}, 2);
}

void paintCharts(ReportFlow &flow, const WeeklyReport &report)
{
    flow.newPage();
    ReportChart::Spec bars;
    bars.title = ReportText::barChartTitle();
    bars.xAxis = ReportText::axisOpd();
    bars.yAxis = ReportText::axisComplaints();
    ReportChart::Series dispatched {ReportText::barLegendDispatched(), kDispatched, {}};
    ReportChart::Series responded {ReportText::barLegendResponded(), kResponded, {}};
    for (const OpdReportRow &row : report.opds) {
        if (row.opd.isEmpty() || (row.dispatched == 0 && row.responded == 0))
            continue;
        bars.categories.append(row.opd);
        dispatched.values.append(row.dispatched);
        responded.values.append(row.responded);
    }
    bars.series = {dispatched, responded};
    const double half = (flow.body().height() - 20) / 2;
    ReportChart::paintBars(flow.painter(), QRectF(flow.left(), flow.y(), flow.width(), half), bars);
    flow.skip(half + 20);

    ReportChart::Spec trend;
    trend.title = ReportText::trendTitle(int(report.trend.size()));
    trend.xAxis = ReportText::axisWeek();
    trend.yAxis = ReportText::axisComplaints();
    ReportChart::Series received {ReportText::trendLegendReceived(), kDispatched, {}};
    ReportChart::Series answered {ReportText::trendLegendResponded(), kResponded, {}};
    for (const TrendPoint &point : report.trend) {
        trend.categories.append(u"W%1"_s.arg(point.week.number(), 2, 10, QChar(u'0')));
        received.values.append(point.received);
        answered.values.append(point.responded);
    }
    trend.series = {received, answered};
    ReportChart::paintLines(flow.painter(), QRectF(flow.left(), flow.y(), flow.width(), half - 10), trend);
}

void paintLists(ReportFlow &flow, const WeeklyReport &report)
{
    flow.newPage();
    flow.heading(ReportPages::tr("Complaints escalated to the Ombudsman this week"));
    // Per OPD, the earliest few: the whole list of a busy week is hundreds of pages, and stays in the CSV.
    const EscalatedExcerpt excerpt = EscalatedExcerpt::of(report.escalated, kEscalatedPerOpd);
    if (excerpt.cut()) {
        flow.paragraph(ReportText::escalatedExcerptNote(excerpt.total, kEscalatedPerOpd), 9, false, kMuted);
        flow.skip(4);
    }
    QList<QStringList> escalated;
    for (const EscalatedExcerpt::Group &group : excerpt.groups) {
        for (const EscalatedComplaint &row : group.listed)
            escalated.append(ReportText::escalatedCells(row));
        if (group.more > 0)
            escalated.append(ReportText::escalatedMoreCells(group.opd, group.more));
    }
    if (escalated.isEmpty())
        flow.paragraph(ReportPages::tr("None."), 10);
    else
        flow.table(ReportText::escalatedHeaders(), escalated, {0.19, 0.31, 0.14, 0.21, 0.15}, 5);

    flow.heading(ReportPages::tr("Most stalled SOP steps"));
    flow.paragraph(ReportPages::tr("%n complaints stalled at an SOP step at the end of the week.", nullptr,
                                   report.stalledComplaints),
                   9, false, kMuted);
    flow.skip(4);
    QList<QStringList> stalled;
    for (const StallCell &cell : report.stalledSteps)
        stalled.append(ReportText::stalledCells(cell));
    if (!stalled.isEmpty())
        flow.table(ReportText::stalledHeaders(), stalled, {0.16, 0.42, 0.14, 0.16, 0.12}, 2);
}

void paintSignOff(ReportFlow &flow, const ReportSignOff &signOff)
{
    flow.heading(ReportPages::tr("Notes"));
    const QString notes = signOff.notes.trimmed();
    if (notes.isEmpty()) {
        // Ruled lines to write on by hand.
        flow.need(80);
        for (int i = 0; i < 4; ++i) {
            flow.skip(20);
            flow.painter().setPen(QPen(kRule, 0.5));
            flow.painter().drawLine(QPointF(flow.left(), flow.y()), QPointF(flow.left() + flow.width(), flow.y()));
        }
        flow.skip(10);
    } else {
        for (const QString &line : notes.split(u'\n'))
            flow.paragraph(line, 10);
    }

    flow.need(150);
    flow.skip(24);
    QPainter &p = flow.painter();
    const double x = flow.left() + flow.width() * 0.55;
    const double w = flow.width() * 0.45;
    const QString date = signOff.printedAt.isValid()
        ? QLocale().toString(signOff.printedAt.toOffsetFromUtc(7 * 3600).date(), u"d MMMM yyyy"_s)
        : u"...................."_s;
    const QString title
        = signOff.signerTitle.isEmpty() ? ReportPages::tr("Head of the Office (Kepala Dinas)") : signOff.signerTitle;
    flow.font(10);
    p.drawText(QRectF(x, flow.y(), w, 14), Qt::AlignLeft, u"%1, %2"_s.arg(signOff.place, date));
    flow.skip(14);
    p.drawText(QRectF(x, flow.y(), w, 28), Qt::AlignLeft | Qt::TextWordWrap, title);
    flow.skip(80);
    flow.font(10, true);
    const QString name = signOff.signerName.isEmpty() ? u"(..................................)"_s : signOff.signerName;
    p.drawText(QRectF(x, flow.y(), w, 14), Qt::AlignLeft, name);
    p.setPen(QPen(kInk, 0.6));
    p.drawLine(QPointF(x, flow.y() + 14), QPointF(x + w, flow.y() + 14));
    flow.skip(16);
    flow.font(10);
    p.drawText(
        QRectF(x, flow.y(), w, 14), Qt::AlignLeft,
        ReportPages::tr("NIP %1").arg(signOff.signerNip.isEmpty() ? u"...................."_s : signOff.signerNip));
    flow.skip(16);
}

void paintDefinitions(ReportFlow &flow)
{
    flow.newPage();
    flow.heading(ReportPages::tr("Appendix: definitions"));
    for (const ReportText::Definition &definition : ReportText::definitions()) {
        flow.need(40);
        flow.paragraph(definition.term, 10, true);
        flow.paragraph(definition.text, 9.5, false, kInk, 10);
        flow.skip(6);
    }
}

} // namespace

int ReportPages::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    QFont base = painter.font();
    base.setFamily(u"DejaVu Sans"_s);
    // No ligatures: "fi" stays two letters, so text copied or extracted from the PDF (pdftotext, search) reads
    // as typed.
    base.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(base);
    painter.save();
    ReportFlow flow(painter, device, u"%1 %2"_s.arg(ReportText::title(), m_report.week.code()));
    flow.setTrainingWatermark(m_report.source.storeKind == u"training"_s);
    paintCover(flow, m_report, m_signOff);
    flow.newPage();
    paintOpdTable(flow, m_report, m_reference);
    paintCharts(flow, m_report);
    paintLists(flow, m_report);
    paintSignOff(flow, m_signOff);
    paintDefinitions(flow);
    painter.restore();
    return flow.pages();
}

} // namespace rabeg
