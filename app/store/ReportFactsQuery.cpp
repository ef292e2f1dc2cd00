#include "ReportFactsQuery.h"

#include "codec/WireTime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

bool ReportFactsQuery::derivedUnder(const QString &policyFingerprint) const
{
    return m_cache.schemaVersion() >= 6 && m_cache.meta(u"deadline_policy"_s) == policyFingerprint;
}

Result<int> ReportFactsQuery::received(const QDateTime &from, const QDateTime &asOf) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT COUNT(*) FROM report_milestones WHERE type = 'received' AND at >= ? AND at < ?"
              u" AND event_at < ?"_s);
    q.addBindValue(toWireTime(from));
    q.addBindValue(toWireTime(asOf));
    q.addBindValue(toWireTime(asOf));
    if (!q.exec() || !q.next())
        return sqlError(u"cannot count the week's arrivals"_s, q.lastError());
    return q.value(0).toInt();
}

Status ReportFactsQuery::forEachMilestone(const QDateTime &from, const QDateTime &asOf,
                                          const std::function<void(const ReportMilestoneRow &)> &sink) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    // One range of the (type, at) index per type; the escalations (a few) join their complaint's row.
    if (!q.prepare(u"SELECT m.type, m.complaint_id, m.at, m.opd, m.cycle_start, m.cycle_opd, m.reason,"
                   u" CASE m.type WHEN 'escalated' THEN (SELECT c.tracking_id FROM complaints c"
                   u"  WHERE c.id = m.complaint_id) END,"
                   u" CASE m.type WHEN 'escalated' THEN coalesce(m.title, (SELECT c.title FROM complaints c"
                   u"  WHERE c.id = m.complaint_id)) END"
                   u" FROM report_milestones m WHERE m.type IN ('verified','dispatched','responded','closed',"
                   u"'escalated') AND m.at >= ? AND m.at < ?"_s))
        return sqlError(u"cannot prepare reading the week's events"_s, q.lastError());
    q.addBindValue(toWireTime(from));
    q.addBindValue(toWireTime(asOf));
    if (!q.exec())
        return sqlError(u"cannot read the week's events"_s, q.lastError());
    ReportMilestoneRow row;
    while (q.next()) {
        row.type = fromCode<EventType>(q.value(0).toString()).value_or(EventType::NoteAdded);
        row.complaint = QUuid::fromString(q.value(1).toString());
        row.at = parseWireTime(q.value(2).toString());
        row.opd = q.value(3).toString();
        row.cycleStart = q.value(4).isNull() ? QDateTime() : parseWireTime(q.value(4).toString());
        row.cycleOpd = q.value(5).toString();
        row.reason = q.value(6).toString();
        row.trackingId = q.value(7).toString();
        row.title = q.value(8).toString();
        sink(row);
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot read the week's events"_s, q.lastError());
    return std::nullopt;
}

Result<QHash<QString, int>> ReportFactsQuery::overdueByOpd(const QDateTime &asOf) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT opd, COUNT(*) FROM report_overdue WHERE hi >= ? AND lo < ? AND due <= ? GROUP BY opd"_s);
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
              u" AND hi >= ? GROUP BY opd, met"_s);
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

Result<QHash<QUuid, ComplaintState>> ReportFactsQuery::statesAt(const QList<QUuid> &ids, const QDateTime &asOf) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT state FROM report_states WHERE complaint_id = ? AND lo < ? AND hi >= ?"_s);
    QHash<QUuid, ComplaintState> states;
    const QString at = toWireTime(asOf);
    for (const QUuid &id : ids) {
        q.bindValue(0, id.toString(QUuid::WithoutBraces));
        q.bindValue(1, at);
        q.bindValue(2, at);
        if (!q.exec())
            return sqlError(u"cannot read a complaint's state"_s, q.lastError());
        if (q.next())
            states.insert(id, fromCode<ComplaintState>(q.value(0).toString()).value_or(ComplaintState::Received));
    }
    return states;
}

QString ReportFactsQuery::workingAtSql()
{
    return u"SELECT complaint_id FROM report_states WHERE state IN ('dispatched','in_progress') AND hi >= :asOf"
           u" AND lo < :asOf"_s;
}

QString ReportFactsQuery::irregularSql()
{
    return u"SELECT complaint_id FROM report_irregular"_s;
}

} // namespace rabeg
