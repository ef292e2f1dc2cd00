#include "ReportText.h"

#include "Labels.h"
#include "refdata/ReferenceData.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rabeg {

QString ReportText::title()
{
    return tr("Weekly complaint report");
}

QString ReportText::weekLine(const IsoWeek &week)
{
    const QLocale locale;
    return tr("Week %1: %2 to %3 (WIB)")
        .arg(week.code(), locale.toString(week.monday(), u"ddd d MMM yyyy"_s),
             locale.toString(week.sunday(), u"ddd d MMM yyyy"_s));
}

QString ReportText::scopeLine(const WeeklyReport &report)
{
    if (report.source.liaison())
        return tr("OPD %1 only: made from the OPD liaison's cache, which holds only the complaints dispatched to it")
            .arg(report.source.opd);
    return tr("All OPDs of Kota Serang");
}

QString ReportText::sourceLine(const WeeklyReport &report)
{
    if (report.source.syncedAt.isValid())
        return tr("Figures reflect the hub log up to seq %1, last synced %2")
            .arg(report.source.hubSeq)
            .arg(Labels::wib(report.source.syncedAt));
    if (report.source.latestEvent.isValid())
        return tr("Figures reflect the hub log up to seq %1; sync time not recorded, newest event %2")
            .arg(report.source.hubSeq)
            .arg(Labels::wib(report.source.latestEvent));
    return tr("Figures reflect the hub log up to seq %1").arg(report.source.hubSeq);
}

QString ReportText::asOfLine(const WeeklyReport &report)
{
    if (report.asOf >= report.week.end())
        return tr("Overdue and stalled complaints as at the end of the week (%1)").arg(Labels::wibDue(report.asOf));
    return tr("The week is not over: overdue and stalled complaints as at %1").arg(Labels::wib(report.asOf));
}

QString ReportText::incompleteWarning(const WeeklyReport &report)
{
    if (report.complete())
        return {};
    return tr("Warning: this cache was not synced after %1, so later events of the week may be missing.")
        .arg(Labels::wib(report.asOf));
}

QString ReportText::percent(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) + u'%' : u"-"_s;
}

QString ReportText::days(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : u"-"_s;
}

QString ReportText::opdLabel(const QString &opd)
{
    return opd.isEmpty() ? tr("Command center") : opd;
}

QString ReportText::opdName(const QString &opd, const ReferenceData *reference)
{
    if (opd.isEmpty())
        return tr("not dispatched");
    return reference ? reference->routeName(opd) : opd;
}

QList<std::pair<QString, QString>> ReportText::figures(const WeeklyReport &report)
{
    const ReportFigures &f = report.figures;
    const QLocale locale;
    return {
        {tr("Received"), locale.toString(f.received)},
        {tr("Verified"), locale.toString(f.verified)},
        {tr("Dispatched"), locale.toString(f.dispatched)},
        {tr("Responded"), locale.toString(f.responded)},
        {tr("Closed"), locale.toString(f.closed)},
        {tr("Overdue at week end"), locale.toString(f.overdue)},
        {tr("Escalated to the Ombudsman"), locale.toString(f.escalated)},
        {tr("Median working days to follow-up"),
         tr("%1 (of %n responses)", nullptr, f.followupResponses).arg(days(f.medianFollowupDays))},
        {tr("Deadline compliance (follow-up)"),
         tr("%1 (%2 met, %3 breached)")
             .arg(percent(f.compliance.percent()))
             .arg(f.compliance.met)
             .arg(f.compliance.breached)},
    };
}

QStringList ReportText::opdHeaders()
{
    return {tr("OPD"),      tr("Dispatched"), tr("Responded"),
            tr("Overdue"),  tr("Escalated"),  tr("Compliance (met/decided)"),
            tr("Median WD")};
}

QStringList ReportText::opdCells(const OpdReportRow &row)
{
    const QLocale locale;
    return {opdLabel(row.opd),
            locale.toString(row.dispatched),
            locale.toString(row.responded),
            locale.toString(row.overdue),
            locale.toString(row.escalated),
            tr("%1 (%2/%3)")
                .arg(percent(row.compliance.percent()))
                .arg(row.compliance.met)
                .arg(row.compliance.met + row.compliance.breached),
            days(row.medianFollowupDays)};
}

QStringList ReportText::escalatedHeaders()
{
    return {tr("Tracking id"), tr("Title"), tr("OPD"), tr("Escalated"), tr("State at week end")};
}

QStringList ReportText::escalatedCells(const EscalatedComplaint &row)
{
    return {row.trackingId, row.title, opdLabel(row.opd), Labels::wib(row.escalatedAt), Labels::state(row.stateAtEnd)};
}

QString ReportText::escalatedExcerptNote(int total, int perOpd)
{
    return tr("%Ln complaints were escalated this week. The earliest %1 of each OPD are listed here; the full list is "
              "in the report's CSV export (the file ending in -escalated.csv).",
              nullptr, total)
        .arg(perOpd);
}

QStringList ReportText::escalatedMoreCells(const QString &opd, int more)
{
    return {QString(), tr("+ %Ln more, listed in the CSV", nullptr, more), opdLabel(opd), QString(), QString()};
}

QStringList ReportText::stalledHeaders()
{
    return {tr("OPD"), tr("SOP step"), tr("Stalled complaints"), tr("Median days at step"), tr("Most days")};
}

QStringList ReportText::stalledCells(const StallCell &cell)
{
    const QLocale locale;
    return {cell.opd, cell.stepTitle, locale.toString(cell.count), locale.toString(cell.medianDaysStuck, 'f', 1),
            locale.toString(cell.maxDaysStuck)};
}

QString ReportText::barChartTitle()
{
    return tr("Complaints received and responded per OPD this week");
}
QString ReportText::barLegendDispatched()
{
    return tr("Received by the OPD (dispatched)");
}
QString ReportText::barLegendResponded()
{
    return tr("Responded by the OPD");
}
QString ReportText::axisOpd()
{
    return tr("OPD");
}
QString ReportText::axisComplaints()
{
    return tr("Complaints");
}
QString ReportText::trendTitle(int weeks)
{
    return tr("Trend over the last %n weeks", nullptr, weeks);
}
QString ReportText::trendLegendReceived()
{
    return tr("Received");
}
QString ReportText::trendLegendResponded()
{
    return tr("Responded");
}
QString ReportText::axisWeek()
{
    return tr("ISO week");
}

QList<ReportText::Definition> ReportText::definitions()
{
    return {
        {tr("Week"),
         tr("An ISO 8601 week, Monday to Sunday, on Western Indonesian Time (WIB, UTC+7, no daylight saving): from "
            "Monday 00:00 WIB to the next Monday 00:00 WIB. An event belongs to the week its time falls in.")},
        {tr("Received"),
         tr("Complaints whose arrival time (the time the inbox shows; for LAPOR! the time stated by LAPOR!) falls "
            "in the week.")},
        {tr("Verified, dispatched, responded, closed, escalated"),
         tr("Complaints with at least one event of that kind in the week, each counted once however many it had. "
            "Closed includes the hub's automatic closing; complaints rejected, forwarded or marked duplicate are "
            "not closed. In the per-OPD table a complaint dispatched to two OPDs in the week counts for both, so "
            "the rows may add up to more than the cover.")},
        {tr("Overdue at week end"),
         tr("Complaints still open at the end of the week (or now, for a week not over) with at least one SLA "
            "clock past its due time and not stopped, as the deadlines screen computes it (working-day calendar, "
            "pauses while deferred). The auto-close clock is left out: its breach is the hub closing the "
            "complaint, nobody's delay. In the per-OPD table an overdue complaint counts for the OPD it is with "
            "(dispatched, in progress or responded); others count for the command center.")},
        {tr("Deadline compliance"),
         tr("Over the follow-up clock (14 calendar days from dispatch or reopen to the response; the clock whose "
            "breach goes to the Ombudsman): met / (met + breached) for the cycles decided in the week. A cycle is "
            "decided when it stops on time (met, at the stop) or when its due time passes without a stop "
            "(breached, at the due time, whether it is answered later or not). A cycle ended by a return within "
            "its time is met, as the deadlines screen shows it. Counted for the OPD the cycle was dispatched to.")},
        {tr("Median working days to follow-up"),
         tr("For each response in the week: the working days after the day of the dispatch (or reopen) that "
            "started its cycle, up to and including the day of the response, on the OPD's calendar. A response "
            "on the day of dispatch counts 0. With an even number of responses, the mean of the middle two.")},
        {tr("Most stalled SOP steps"),
         tr("At the end of the week: complaints an OPD is working (dispatched or in progress) whose current SOP "
            "step has run past its expected working days, grouped by OPD and step, most complaints first. Days "
            "at step are working days begun since the step became current.")},
        {tr("Trend"), tr("Received and responded per week for the last weeks, counted as on the cover.")},
        {tr("Source"),
         tr("Everything is computed from this workstation's cache, which holds the hub's log up to the seq shown. "
            "A liaison's cache holds only the complaints dispatched to that OPD, so its report covers that OPD "
            "only. A cache not synced after the end of the week may miss its last events.")},
    };
}

} // namespace rabeg
