#include "ReportFactsQuery.h"

#include "DaysAtStep.h"
#include "ReportFacts.h"
#include "ReportStalls.h"
#include "codec/WireTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rabeg {

bool ReportFactsQuery::derivedUnder(const QString &policyFingerprint) const
{
    return m_cache.schemaVersion() >= 6 && m_cache.meta(u"deadline_policy"_s) == policyFingerprint;
}

Status ReportFactsQuery::excludeStaleFactsOf(const QList<QUuid> &ids)
{
    m_excluding = false;
    if (ids.isEmpty())
        return std::nullopt;
    if (Status status = m_cache.connection().exec(
            {u"CREATE TEMP TABLE IF NOT EXISTS report_refold (complaint_id TEXT PRIMARY KEY) WITHOUT ROWID"_s,
             u"DELETE FROM temp.report_refold"_s}))
        return status;
    QSqlQuery insert(m_cache.database());
    if (!insert.prepare(u"INSERT OR IGNORE INTO temp.report_refold (complaint_id) VALUES (?)"_s))
        return sqlError(u"cannot prepare setting complaints apart"_s, insert.lastError());
    for (const QUuid &id : ids) {
        insert.bindValue(0, id.toString(QUuid::WithoutBraces));
        if (!insert.exec())
            return sqlError(u"cannot set complaints apart"_s, insert.lastError());
    }
    m_excluding = true;
    return std::nullopt;
}

QString ReportFactsQuery::refoldSql()
{
    // Materialized (LIMIT -1), as irregularSql: its few ids, then their events by key.
    return u"SELECT complaint_id FROM temp.report_refold LIMIT -1"_s;
}

QString ReportFactsQuery::excluded() const
{
    return m_excluding ? u" AND complaint_id NOT IN temp.report_refold"_s : QString();
}

QString ReportFactsQuery::receivedSql()
{
    // The covering index of cache schema 10 holds event_at: no row is read.
    return u"SELECT COUNT(*) FROM report_milestones WHERE type = 'received' AND at >= :from AND at < :asOf"
           u" AND event_at < :asOf"_s;
}

QString ReportFactsQuery::milestoneCountsSql()
{
    // Every column is in the covering index of cache schema 14 (report_milestones_week): no row is read. Three
    // ranges of it rather than one materialized and grouped three times (48 -> 36 ms at 100,000 complaints): the
    // first groups in the index's order, without a sort. The week's distinct complaints per type (and OPD) are its
    // rows flagged first in their week (ReportFacts::Milestone::firstInWeek), :from being the week's start.
    return u"SELECT 0, type, NULL, NULL, NULL, COUNT(*) FROM report_milestones"
           u" WHERE type IN ('verified','dispatched','responded','closed') AND at >= :from AND at < :asOf"
           u" AND week_first = 1 GROUP BY type"
           u" UNION ALL"
           u" SELECT 1, type, opd, NULL, NULL, COUNT(*) FROM report_milestones"
           u" WHERE type IN ('dispatched','responded') AND at >= :from AND at < :asOf AND week_first_opd = 1"
           u" GROUP BY type, opd"
           u" UNION ALL"
           u" SELECT 2, NULL, cycle_opd, date(cycle_start, '+7 hours'), date(at, '+7 hours'), COUNT(*)"
           u" FROM report_milestones WHERE type = 'responded' AND at >= :from AND at < :asOf"
           u" AND cycle_start IS NOT NULL GROUP BY 3, 4, 5"_s;
}

Result<int> ReportFactsQuery::received(const QDateTime &from, const QDateTime &asOf) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(receivedSql());
    q.bindValue(u":from"_s, toWireTime(from));
    q.bindValue(u":asOf"_s, toWireTime(asOf));
    if (!q.exec() || !q.next())
        return sqlError(u"cannot count the week's arrivals"_s, q.lastError());
    return q.value(0).toInt();
}

Result<int> ReportFactsQuery::respondedBetween(const QDateTime &from, const QDateTime &until) const
{
    // Distinct complaints as ReportQuery::respondedBetween counts them, grouped instead of COUNT(DISTINCT): SQLite
    // sorts the (type, at) range's complaint ids rather than inserting each into a temporary b-tree (0.14 -> 0.08 s
    // over twelve weeks at 100,000 complaints).
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT COUNT(*) FROM (SELECT complaint_id FROM events WHERE type = 'responded' AND at >= ? AND at < ?"
              u" GROUP BY complaint_id)"_s);
    q.addBindValue(toWireTime(from));
    q.addBindValue(toWireTime(until));
    if (!q.exec() || !q.next())
        return sqlError(u"cannot count the week's responses"_s, q.lastError());
    return q.value(0).toInt();
}

Result<ReportMilestoneCounts> ReportFactsQuery::milestoneCounts(const QDateTime &from, const QDateTime &asOf) const
{
    // Counted by SQL instead of a row each to the tally: the week's milestones are some 200,000 rows at 1,000,000
    // complaints, and each row's QVariants, ids and times cost more than SQLite's counting (BENCHMARKS.md, P6):
    // distinct complaints per type, per type and OPD, and responses by follow-up cycle OPD and WIB days (UTC+7, no
    // daylight saving; times are ISO 8601 UTC text, which SQLite's date() reads).
    // The rows flagged first in their week count the week's distinct complaints only over a week from its start.
    if (QDateTime(wibWeekMonday(from), QTime(0, 0), QTimeZone(7 * 3600)) != from || asOf > from.addDays(7))
        return Error{u"not_a_week"_s, u"The report's milestones are counted over an ISO week from its start."_s};
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    if (!q.prepare(milestoneCountsSql()))
        return sqlError(u"cannot prepare counting the week's events"_s, q.lastError());
    q.bindValue(u":from"_s, toWireTime(from));
    q.bindValue(u":asOf"_s, toWireTime(asOf));
    if (!q.exec())
        return sqlError(u"cannot count the week's events"_s, q.lastError());
    ReportMilestoneCounts counts;
    while (q.next()) {
        const int kind = q.value(0).toInt();
        const EventType type = fromCode<EventType>(q.value(1).toString()).value_or(EventType::NoteAdded);
        const int n = q.value(5).toInt();
        if (kind == 0) {
            counts.complaints.insert(type, n);
        } else if (kind == 1) {
            (type == EventType::Dispatched ? counts.dispatchedTo : counts.respondedBy).insert(q.value(2).toString(), n);
        } else {
            counts.followups.append({q.value(2).toString(), QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                     QDate::fromString(q.value(4).toString(), Qt::ISODate), n});
        }
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot count the week's events"_s, q.lastError());
    return counts;
}

Status ReportFactsQuery::forEachEscalation(const QDateTime &from, const QDateTime &asOf,
                                           const std::function<void(const ReportEscalationRow &)> &sink) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    // One range of the (type, at) index; each joins its complaint's row and the state span holding asOf.
    if (!q.prepare(u"SELECT m.complaint_id, m.at, m.opd, m.reason, c.tracking_id, coalesce(m.title, c.title),"
                   u" (SELECT s.state FROM report_states s WHERE s.complaint_id = m.complaint_id AND s.lo < :asOf"
                   u"  AND s.hi >= :asOf)"
                   u" FROM report_milestones m LEFT JOIN complaints c ON c.id = m.complaint_id"
                   u" WHERE m.type = 'escalated' AND m.at >= :from AND m.at < :asOf"_s))
        return sqlError(u"cannot prepare reading the week's escalations"_s, q.lastError());
    q.bindValue(u":from"_s, toWireTime(from));
    q.bindValue(u":asOf"_s, toWireTime(asOf));
    if (!q.exec())
        return sqlError(u"cannot read the week's escalations"_s, q.lastError());
    ReportEscalationRow row;
    while (q.next()) {
        row.complaint = QUuid::fromString(q.value(0).toString());
        row.at = parseWireTime(q.value(1).toString());
        row.opd = q.value(2).toString();
        row.reason = q.value(3).toString();
        row.trackingId = q.value(4).toString();
        row.title = q.value(5).toString();
        row.stateAtAsOf = q.value(6).isNull() ? std::nullopt : fromCode<ComplaintState>(q.value(6).toString());
        sink(row);
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot read the week's escalations"_s, q.lastError());
    return std::nullopt;
}

Result<QHash<QString, int>> ReportFactsQuery::overdueByOpd(const QDateTime &asOf) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT opd, COUNT(*) FROM report_overdue WHERE hi >= ? AND lo < ? AND due <= ?"_s + excluded()
              + u" GROUP BY opd"_s);
    const QString at = toWireTime(asOf);
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec())
        return sqlError(u"cannot count the overdue complaints"_s, q.lastError());
    QHash<QString, int> byOpd;
    while (q.next())
        byOpd.insert(q.value(0).toString(), q.value(1).toInt());
    return byOpd;
}

Result<QList<ReportComplianceRow>> ReportFactsQuery::compliance(const QDateTime &from, const QDateTime &asOf) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT opd, met, COUNT(*) FROM report_compliance WHERE decided >= ? AND decided < ? AND lo < ?"
              u" AND hi >= ?"_s
              + excluded() + u" GROUP BY opd, met"_s);
    const QString at = toWireTime(asOf);
    q.addBindValue(toWireTime(from));
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec())
        return sqlError(u"cannot count the week's follow-up cycles"_s, q.lastError());
    QList<ReportComplianceRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toInt()});
    return rows;
}

Status ReportFactsQuery::forEachStalledGroup(const QDateTime &asOf, const WorkingCalendar &calendar,
                                             const StallGroupSink &sink) const
{
    // One range of the spans' covering index (those ending at or after asOf), grouped by SQLite; the working days
    // at each group's step counted once per OPD and start day (DaysAtStep).
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(reportStalledGroupsSql(excluded()));
    q.bindValue(u":asOf"_s, toWireTime(asOf));
    if (!q.exec())
        return sqlError(u"cannot count the stalled SOP steps"_s, q.lastError());
    DaysAtStep days(calendar, asOf);
    while (q.next()) {
        const QString opd = q.value(0).toString();
        sink(opd, q.value(4).toInt(), q.value(1).toString(), q.value(2).toString(),
             days.ofDay(opd, q.value(3).toLongLong()), q.value(5).toInt());
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot count the stalled SOP steps"_s, q.lastError());
    return std::nullopt;
}

Result<QList<QUuid>> ReportFactsQuery::unknownTemplateStalls(const QDateTime &asOf) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(reportStallsUnknownSql() + excluded());
    q.bindValue(u":asOf"_s, toWireTime(asOf));
    if (!q.exec())
        return sqlError(u"cannot read the checklists of unknown templates"_s, q.lastError());
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    if (q.lastError().isValid())
        return sqlError(u"cannot read the checklists of unknown templates"_s, q.lastError());
    return ids;
}

QString ReportFactsQuery::idsSql(const QList<QUuid> &ids)
{
    // Literal ids (UUIDs printed here, nothing a user typed), as a VALUES list: SQLite materializes it and reads
    // each complaint's events by key.
    if (ids.isEmpty())
        return u"SELECT NULL WHERE 0"_s;
    QString sql = u"VALUES "_s;
    sql.reserve(8 + ids.size() * 42);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            sql += u',';
        sql += u"('"_s + ids.at(i).toString(QUuid::WithoutBraces) + u"')"_s;
    }
    return sql;
}

QString ReportFactsQuery::irregularSql()
{
    // LIMIT -1 keeps the subquery from being flattened into ReportQuery's join: flattened, SQLite (no statistics)
    // scanned every event and probed this table for each (437 ms at 20,000 complaints for an empty table);
    // materialized, it reads the few ids and then their events by key.
    return u"SELECT complaint_id FROM report_irregular LIMIT -1"_s;
}

} // namespace rabeg
