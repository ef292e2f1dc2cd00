#pragma once

#include "report/WeeklyReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rabeg {

class ReferenceData;

// The report's words, translated (Indonesian by default): titles, column headers, the source line, numbers
// formatted the same on paper, in the preview and in the headless PDF, and the appendix's definitions, which are
// the same as docs/reports.md's.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    struct Definition
    {
        QString term;
        QString text;
    };

    static QString title();
    static QString weekLine(const IsoWeek &week); // "Week 2026-W48: Mon 23 Nov 2026 - Sun 29 Nov 2026"
    static QString scopeLine(const WeeklyReport &report); // "All OPDs" / "OPD DISDUKCAPIL only (liaison cache)"
    static QString sourceLine(const WeeklyReport &report); // hub seq and sync time
    static QString asOfLine(const WeeklyReport &report); // when a week not over yet is judged
    static QString incompleteWarning(const WeeklyReport &report); // empty when the cache was synced after asOf

    static QString percent(const std::optional<double> &value); // "75.0%" or "-"
    static QString days(const std::optional<double> &value); // "4.5" or "-"
    static QString opdLabel(const QString &opd); // the command center for the empty code
    static QString opdName(const QString &opd, const ReferenceData *reference);

    // Cover figures, in order: label and value.
    static QList<std::pair<QString, QString>> figures(const WeeklyReport &report);
    static QStringList opdHeaders();
    static QStringList opdCells(const OpdReportRow &row);
    static QStringList escalatedHeaders();
    static QStringList escalatedCells(const EscalatedComplaint &row);
    // The PDF lists the earliest `perOpd` escalations of each OPD (EscalatedExcerpt): the note above the table and
    // the row that counts an OPD's others.
    static QString escalatedExcerptNote(int total, int perOpd);
    static QStringList escalatedMoreCells(const QString &opd, int more);
    static QStringList stalledHeaders();
    static QStringList stalledCells(const StallCell &cell);

    // Chart words: axis titles and legends.
    static QString barChartTitle();
    static QString barLegendDispatched();
    static QString barLegendResponded();
    static QString axisOpd();
    static QString axisComplaints();
    static QString trendTitle(int weeks);
    static QString trendLegendReceived();
    static QString trendLegendResponded();
    static QString axisWeek();

    static QList<Definition> definitions();
};

} // namespace rabeg
