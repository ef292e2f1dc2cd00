#include "AlertQuery.h"

#include "OverdueCondition.h"
#include "RunningCycleRows.h"
#include "SqliteConnection.h"
#include "codec/WireTime.h"
#include "deadline/ClockCycles.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u',');
}

QUuid uuidOf(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

Result<std::pair<qint64, QDateTime>> AlertQuery::latest(const QStringList &types) const
{
    qint64 seq = 0;
    QDateTime at;
    for (const QString &type : types) {
        // max(at) is one seek in the (type, at) index; the seqs are then read among that last hour only.
        QSqlQuery q(m_cache.database());
        q.prepare(u"SELECT max(at) FROM events WHERE type = ?"_s);
        q.addBindValue(type);
        if (!q.exec() || !q.next())
            return sqlError(u"cannot read the latest events"_s, q.lastError());
        if (q.value(0).isNull())
            continue;
        const QDateTime last = parseWireTime(q.value(0).toString());
        if (!at.isValid() || last > at)
            at = last;
        QSqlQuery s(m_cache.database());
        s.prepare(u"SELECT max(seq) FROM events WHERE type = ? AND at >= ?"_s);
        s.addBindValue(type);
        s.addBindValue(toWireTime(last.addSecs(-3600)));
        if (!s.exec() || !s.next())
            return sqlError(u"cannot read the latest events"_s, s.lastError());
        seq = std::max(seq, s.value(0).toLongLong());
    }
    return std::pair {seq, at};
}

Result<QList<AlertEventRow>> AlertQuery::eventsAfter(const QStringList &types, qint64 afterSeq,
                                                     const QDateTime &from) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.seq, e.id, e.type, e.complaint_id, e.at, e.actor_user, e.json, c.tracking_id, c.title"
              u" FROM events e LEFT JOIN complaints c ON c.id = e.complaint_id"
              u" WHERE e.type IN ("_s
              + placeholders(types.size()) + u") AND e.at >= ? AND e.seq > ? ORDER BY e.seq"_s);
    for (const QString &type : types)
        q.addBindValue(type);
    q.addBindValue(from.isValid() ? toWireTime(from) : u""_s); // not NULL: every time compares after ''
    q.addBindValue(afterSeq);
    if (!q.exec())
        return sqlError(u"cannot read the events for alerts"_s, q.lastError());
    QList<AlertEventRow> rows;
    while (q.next()) {
        AlertEventRow row;
        row.seq = q.value(0).toLongLong();
        row.eventId = q.value(1).toString();
        row.type = q.value(2).toString();
        row.complaint = uuidOf(q.value(3));
        row.at = parseWireTime(q.value(4).toString());
        row.actorUser = q.value(5).toString();
        row.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object().value(u"payload"_s).toObject();
        row.trackingId = q.value(7).toString();
        row.title = q.value(8).toString();
        rows.append(row);
    }
    return rows;
}

Result<QList<RunningCycleRow>> AlertQuery::cyclesEnteringWarning(const QDateTime &after, const QDateTime &upTo) const
{
    // running_cycles holds the running cycles with a due time, their due and warning points on their clock's axis
    // (cache schema 16, DuePoints.h: real time, or a calendar's working time); its (axis, warn) index is read once
    // per axis, from the position of `after` to that of `upTo` on it, which a calendar change never leaves stale.
    const WorkingCalendar &calendar = m_cache.deadlinePolicy().calendar();
    std::vector<std::optional<QString>> axes{std::nullopt};
    for (const QString &axis : OverdueCondition::axes(calendar))
        axes.push_back(axis);
    QList<RunningCycleRow> rows;
    for (const std::optional<QString> &axis : axes) {
        QSqlQuery q(m_cache.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT rc.complaint_id, rc.clock, rc.cycle, rc.started_at, rc.due, rc.warn, c.tracking_id,"
                  u" c.title, c.state, c.opd, c.assignee"
                  u" FROM running_cycles rc INDEXED BY running_cycles_warning JOIN complaints c ON c.id = rc.complaint_id"
                  u" WHERE "_s + (axis ? u"rc.axis = ?"_s : u"rc.axis IS NULL"_s)
                  + u" AND rc.warn > ? AND rc.warn <= ? AND rc.due > ?"_s);
        if (axis)
            q.addBindValue(axisColumn(*axis));
        q.addBindValue(after.isValid() ? pointOnAxis(axis, calendar, after) : std::numeric_limits<qint64>::min());
        const qint64 upToPoint = pointOnAxis(axis, calendar, upTo);
        q.addBindValue(upToPoint);
        q.addBindValue(upToPoint);
        if (!q.exec())
            return sqlError(u"cannot read the clocks entering warning"_s, q.lastError());
        while (q.next()) {
            rows.append({uuidOf(q.value(0)), q.value(1).toString(), q.value(2).toInt(), fromMs(q.value(3)),
                         instantOnAxis(axis, calendar, q.value(4).toLongLong()),
                         instantOnAxis(axis, calendar, q.value(5).toLongLong()), q.value(6).toString(),
                         q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                         q.value(10).toString()});
        }
        if (q.lastError().isValid())
            return sqlError(u"cannot read the clocks entering warning"_s, q.lastError());
    }
    // In the order they entered warning, whatever their axis.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const RunningCycleRow &a, const RunningCycleRow &b) { return a.warningAt < b.warningAt; });
    return rows;
}

std::pair<QString, QString> AlertQuery::label(const QUuid &complaint) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT tracking_id, title FROM complaints WHERE id = ?"_s);
    q.addBindValue(complaint.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

} // namespace rabeg
