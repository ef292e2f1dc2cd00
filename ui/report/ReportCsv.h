#pragma once

#include "core/Result.h"
#include "report/WeeklyReport.h"

#include <QList>
#include <QStringList>

namespace rabeg {

// Every table of the weekly report as CSV (RFC 4180: comma-separated, fields with a comma, a quote or a line
// break quoted, quotes doubled, CRLF line ends; UTF-8). Column names are stable codes, the same in every language,
// so scripts can read them (docs/reports.md, "CSV").
class ReportCsv
{
public:
    struct Table
    {
        QString name; // figures, opd, escalated, stalled, trend
        QStringList header;
        QList<QStringList> rows;
    };

    static QList<Table> tables(const WeeklyReport &report);
    static QByteArray encode(const Table &table);
    static QString field(const QString &text);

    // Writes one file per table: "report.csv" becomes report-figures.csv, report-opd.csv and so on. Returns the
    // paths written.
    static Result<QStringList> write(const WeeklyReport &report, const QString &path);
};

} // namespace rabeg
