#include "ReportPdf.h"

#include "ReportPages.h"
#include "ReportText.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace rabeg {

Status writeReportPdf(const WeeklyReport &report, const ReportSignOff &signOff, const ReferenceData *reference,
                      const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                     QPageLayout::Millimeter));
    writer.setTitle(u"%1 %2"_s.arg(ReportText::title(), report.week.code()));
    writer.setCreator(u"Rabeg"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error {u"cannot_write"_s, u"Cannot write the PDF %1."_s.arg(path)};
    ReportPages(report, signOff, reference).paint(painter, writer);
    if (!painter.end() || !QFileInfo(path).isFile())
        return Error {u"cannot_write"_s, u"Cannot write the PDF %1."_s.arg(path)};
    return std::nullopt;
}

} // namespace rabeg
