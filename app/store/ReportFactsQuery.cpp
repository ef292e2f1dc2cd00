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

namespace {

// Complaints with an event at or after :asOf, of any type: one range of the (type, at) index per type. Not
// report_states: its spans are merged while the state and OPD stay the same, so a span holding asOf runs on past an
// SOP tick, a note or an acknowledgement that changes no state (the two stalls c295e37 lost, BENCHMARKS.md P6).
QString eventSinceSql()
{
    QStringList types;
    for (int t = 0; t <= int(EventType::IdentityRevealed); ++t)
        types.append(u'\'' + toCode(EventType(t)) + u'\'');
    return u"SELECT complaint_id FROM events WHERE type IN ("_s + types.join(u',') + u") AND at >= :asOf"_s;
}

} // namespace

Result<QSet<QUuid>> ReportFactsQuery::changedSince(const QDateTime &asOf) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(eventSinceSql() + u" UNION SELECT complaint_id FROM report_irregular"_s);
    q.bindValue(u":asOf"_s, toWireTime(asOf));
    if (!q.exec())
        return sqlError(u"cannot read the complaints changed since the week"_s, q.lastError());
    QSet<QUuid> ids;
    while (q.next())
        ids.insert(QUuid::fromString(q.value(0).toString()));
    return ids;
}

QString ReportFactsQuery::workingThenChangedSql()
{
    // From the few events since (CROSS JOIN keeps that order) to each one's span holding asOf by key: the other
    // order reads the events of every complaint worked at asOf (135,000 at 1,000,000 complaints).
    return u"SELECT DISTINCT s.complaint_id FROM ("_s + eventSinceSql()
        + u") e CROSS JOIN report_states s ON s.complaint_id = e.complaint_id"
          u" WHERE s.state IN ('dispatched','in_progress') AND s.hi >= :asOf AND s.lo < :asOf"_s;
}

QString ReportFactsQuery::irregularSql()
{
    // LIMIT -1 keeps the subquery from being flattened into ReportQuery's join: flattened, SQLite (no statistics)
    // scanned every event and probed this table for each (437 ms at 20,000 complaints for an empty table);
    // materialized, it reads the few ids and then their events by key.
    return u"SELECT complaint_id FROM report_irregular LIMIT -1"_s;
}

} // namespace rabeg
