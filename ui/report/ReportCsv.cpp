#include "ReportCsv.h"

#include "codec/WireTime.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

} // namespace

QList<ReportCsv::Table> ReportCsv::tables(const WeeklyReport &report)
{
    const ReportFigures &f = report.figures;
    Table figures {u"figures"_s, {u"week"_s, u"figure"_s, u"value"_s}, {}};
    const QString week = report.week.code();
    const QList<std::pair<QString, QString>> values = {
        {u"received"_s, QString::number(f.received)},
        {u"verified"_s, QString::number(f.verified)},
        {u"dispatched"_s, QString::number(f.dispatched)},
        {u"responded"_s, QString::number(f.responded)},
        {u"closed"_s, QString::number(f.closed)},
        {u"overdue"_s, QString::number(f.overdue)},
        {u"escalated"_s, QString::number(f.escalated)},
        {u"median_followup_working_days"_s, number(f.medianFollowupDays)},
        {u"followup_responses"_s, QString::number(f.followupResponses)},
        {u"followup_met"_s, QString::number(f.compliance.met)},
        {u"followup_breached"_s, QString::number(f.compliance.breached)},
        {u"compliance_percent"_s, number(f.compliance.percent())},
        {u"scope_opd"_s, report.source.liaison() ? report.source.opd : QString()},
        {u"hub_seq"_s, QString::number(report.source.hubSeq)},
        {u"synced_at"_s, toWireTime(report.source.syncedAt)},
        {u"as_of"_s, toWireTime(report.asOf)},
    };
    for (const auto &[name, value] : values)
        figures.rows.append({week, name, value});

    Table opd {u"opd"_s,
               {u"week"_s, u"opd"_s, u"dispatched"_s, u"responded"_s, u"overdue"_s, u"escalated"_s, u"followup_met"_s,
                u"followup_breached"_s, u"compliance_percent"_s, u"median_followup_working_days"_s,
                u"followup_responses"_s},
               {}};
    for (const OpdReportRow &row : report.opds) {
        opd.rows.append({week, row.opd, QString::number(row.dispatched), QString::number(row.responded),
                         QString::number(row.overdue), QString::number(row.escalated),
                         QString::number(row.compliance.met), QString::number(row.compliance.breached),
                         number(row.compliance.percent()), number(row.medianFollowupDays),
                         QString::number(row.followupResponses)});
    }

    Table escalated {
        u"escalated"_s,
        {u"week"_s, u"tracking_id"_s, u"title"_s, u"opd"_s, u"escalated_at"_s, u"reason"_s, u"state_at_week_end"_s},
        {}};
    for (const EscalatedComplaint &row : report.escalated) {
        escalated.rows.append({week, row.trackingId, row.title, row.opd, toWireTime(row.escalatedAt), row.reason,
                               toCode(row.stateAtEnd)});
    }

    Table stalled {u"stalled"_s,
                   {u"week"_s, u"opd"_s, u"step_key"_s, u"step_title"_s, u"stalled_complaints"_s,
                    u"median_days_at_step"_s, u"max_days_at_step"_s},
                   {}};
    for (const StallCell &cell : report.stalledSteps) {
        stalled.rows.append({week, cell.opd, cell.stepKey, cell.stepTitle, QString::number(cell.count),
                             QString::number(cell.medianDaysStuck, 'f', 1), QString::number(cell.maxDaysStuck)});
    }

    Table trend {u"trend"_s, {u"week"_s, u"received"_s, u"responded"_s}, {}};
    for (const TrendPoint &point : report.trend)
        trend.rows.append({point.week.code(), QString::number(point.received), QString::number(point.responded)});
    return {figures, opd, escalated, stalled, trend};
}

QString ReportCsv::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray ReportCsv::encode(const Table &table)
{
    QString out;
    const auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(field(f));
        out += quoted.join(u',') + u"\r\n"_s;
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    return out.toUtf8();
}

Result<QStringList> ReportCsv::write(const WeeklyReport &report, const QString &path)
{
    const QFileInfo info(path);
    const QString stem = info.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0
        ? info.path() + u'/' + info.completeBaseName()
        : info.filePath();
    QStringList written;
    for (const Table &table : tables(report)) {
        QSaveFile file(stem + u'-' + table.name + u".csv"_s);
        if (!file.open(QIODevice::WriteOnly) || file.write(encode(table)) < 0 || !file.commit())
            return Error {u"cannot_write"_s, u"Cannot write %1: %2"_s.arg(file.fileName(), file.errorString())};
        written.append(file.fileName());
    }
    return written;
}

} // namespace rabeg
