#pragma once

#include "ReportSignOff.h"
#include "core/Result.h"
#include "report/WeeklyReport.h"

namespace rabeg {

class ReferenceData;

// The weekly report as an A4 PDF (QPdfWriter): text stays text (pdftotext reads it) and charts stay vector.
Status writeReportPdf(const WeeklyReport &report, const ReportSignOff &signOff, const ReferenceData *reference,
                      const QString &path);

} // namespace rabeg
