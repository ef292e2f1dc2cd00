#pragma once

#include "ReportSignOff.h"
#include "report/WeeklyReport.h"

#include <QCoreApplication>

class QPainter;
class QPagedPaintDevice;

namespace rabeg {

class ReferenceData;

// The weekly report's pages, painted with QPainter on any paged device (QPdfWriter for PDF, QPrinter for the
// print preview and paper), so the charts stay vector paths: a cover with the figures, the per-OPD table, the
// charts, the escalated complaints and the most stalled SOP steps, notes and the signature block, then the
// definitions. Coordinates are points; the device's margins are its own.
class ReportPages
{
    Q_DECLARE_TR_FUNCTIONS(ReportPages)

public:
    ReportPages(const WeeklyReport &report, const ReportSignOff &signOff, const ReferenceData *reference)
        : m_report(report), m_signOff(signOff), m_reference(reference)
    { }

    // Paints every page; `painter` is active on `device`. Returns the number of pages.
    int paint(QPainter &painter, QPagedPaintDevice &device) const;

private:
    const WeeklyReport &m_report;
    const ReportSignOff &m_signOff;
    const ReferenceData *m_reference;
};

} // namespace rabeg
