#include "DashboardQuery.h"

#include "OverdueCondition.h"
#include "ReadSnapshot.h"
#include "RunningCycleRows.h"
#include "codec/WireTime.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr qint64 kWibOffset = 7 * 3600;
constexpr qint64 kDay = 24 * 3600;

// The open states (isOpen in the core).
constexpr auto kOpen = u"('received','deferred','verified','dispatched','in_progress','responded')";

// The week of an event as dashboard_events stores it: the WIB date of its Monday.
constexpr auto kWeekOfAt = u"date(at, '+7 hours', 'weekday 0', '-6 days')";

// The direct forms of dashboard_events' rows (DashboardSchema.cpp), for the baseline.
constexpr auto kDirectBreaches = u"SELECT e.complaint_id, c.opd FROM events e JOIN complaints c ON c.id = e.complaint_id"
                                 u" WHERE e.type = 'escalated' AND e.actor_user = 'system' AND e.at >= :from"
                                 u" AND e.at < :until";
constexpr auto kDirectMet
    = u"SELECT r.complaint_id, c.opd FROM events r JOIN complaints c ON c.id = r.complaint_id"
      u" WHERE r.type = 'responded' AND r.at >= :from AND r.at < :until AND IFNULL((SELECT x.type FROM events x"
      u" WHERE x.complaint_id = r.complaint_id AND x.version < r.version AND (x.type IN ('dispatched','reopened')"
      u" OR (x.type = 'escalated' AND x.actor_user = 'system')) ORDER BY x.version DESC LIMIT 1), '') <> 'escalated'";

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QDateTime wibMidnight(const QDateTime &at)
{
    const qint64 local = at.toSecsSinceEpoch() + kWibOffset;
    return utc(local - local % kDay - kWibOffset);
}

// The key dashboard_events and dashboard_weeks use for the week starting at `start` (Monday 00:00 WIB).
QString weekKey(const QDateTime &start)
{
    return start.addSecs(kWibOffset).date().toString(Qt::ISODate);
}

using Binds = QList<std::pair<QString, QVariant>>;

// Prepares, binds by name and runs one statement; the error says which figure could not be read.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const Binds &binds, const QString &what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(u"cannot prepare "_s + what, q.lastError());
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return sqlError(u"cannot read "_s + what, q.lastError());
    return q;
}

// The overdue complaints at `now` with their OPD, as the union of disjoint ranges of complaint_due's covering
// indexes (cache schema 16, DuePoints.h; OverdueCondition.h): a real-time due time up to `now`, then per axis a
// working-day due point up to `now`'s position on it whose real-time due time is not also past (counted once).
// `indexed`: named, for the summarised figures; the direct ones let SQLite choose.
std::pair<QString, Binds> overdueRows(const WorkingCalendar &calendar, const QDateTime &now, const QString &pick,
                                      const QString &andWhere, bool indexed)
{
    Binds binds{{u":now"_s, now.toMSecsSinceEpoch()}};
    QStringList parts{u"SELECT "_s + pick + u" FROM complaint_due"_s
                      + (indexed ? u" INDEXED BY complaint_due_opd"_s : QString()) + u" WHERE due_at <= :now"_s
                      + andWhere};
    const QStringList axes = OverdueCondition::axes(calendar);
    for (qsizetype a = 0; a < axes.size(); ++a) {
        parts.append(u"SELECT "_s + pick + u" FROM complaint_due"_s
                     + (indexed ? u" INDEXED BY complaint_due_opd_wd"_s : QString()) + u" WHERE wd_axis = :axis%1"
                     u" AND wd_due <= :point%1 AND (due_at IS NULL OR due_at > :now)"_s.arg(a) + andWhere);
        binds.append({u":axis%1"_s.arg(a), axisColumn(axes.at(a))});
        binds.append({u":point%1"_s.arg(a), calendar.position(now, axes.at(a))});
    }
    return {parts.join(u" UNION ALL "_s), binds};
}

} // namespace

QDateTime DashboardQuery::weekStart(const QDateTime &at)
{
    const QDateTime midnight = wibMidnight(at);
    const int dayOfWeek = midnight.addSecs(kWibOffset).date().dayOfWeek(); // 1 = Monday
    return midnight.addSecs(-(dayOfWeek - 1) * kDay);
}

QDateTime DashboardQuery::agingBound(const QDateTime &now, int bucket)
{
    static constexpr std::array<int, kAgingBuckets - 1> kDays = {3, 7, 14};
    if (bucket >= kAgingBuckets - 1)
        return utc(0);
    return wibMidnight(now).addSecs(-kDays.at(size_t(bucket)) * kDay);
}

Result<DashboardFigures> DashboardQuery::figures(const QDateTime &now, int weeks) const
{
    const QSqlDatabase db = m_cache.database();
    const ReadSnapshot snapshot(db); // every figure and the hub seq they are as of, from one moment
    const bool summarised = m_source == Source::Summarised;
    DashboardFigures f;
    f.at = now;
    f.syncedAt = parseWireTime(m_cache.meta(u"synced_at"_s));
    f.hubSeq = m_cache.meta(u"cursor"_s).toLongLong();

    // Overdue: a running clock past its due time at `now` (derived by the deadline core; complaint_due keeps the
    // next due time and point with the complaint's OPD, cache schema 16, DuePoints.h).
    const auto [overdueSql, overdueBinds]
        = overdueRows(m_cache.deadlinePolicy().calendar(), now, u"opd"_s, QString(), summarised);
    auto overdue = run(db, u"SELECT opd, COUNT(*) FROM ("_s + overdueSql + u") GROUP BY opd ORDER BY opd"_s,
                       overdueBinds, u"the overdue complaints"_s);
    if (!overdue.ok())
        return overdue.error();
    for (QSqlQuery &q = overdue.value(); q.next();) {
        f.overdue.append({q.value(0).toString(), q.value(1).toInt()});
        f.today.overdue += q.value(1).toInt();
    }

    Binds bounds;
    for (int b = 0; b < kAgingBuckets - 1; ++b)
        bounds.append({u":b%1"_s.arg(b), toWireTime(agingBound(now, b))});
    // Grouped in the index's order (state, opd), so that no row is sorted; the states are summed here.
    auto aging = run(db,
                     u"SELECT opd, SUM(received_at >= :b0), SUM(received_at < :b0 AND received_at >= :b1),"
                     u" SUM(received_at < :b1 AND received_at >= :b2), SUM(received_at < :b2) FROM complaints"_s
                         + (summarised ? u" INDEXED BY dashboard_open"_s : QString()) + u" WHERE state IN "_s
                         + QStringView(kOpen) + u" GROUP BY state, opd"_s,
                     bounds, u"the open complaints' ages"_s);
    if (!aging.ok())
        return aging.error();
    QMap<QString, DashboardAging> byOpd;
    for (QSqlQuery &q = aging.value(); q.next();) {
        DashboardAging &row = byOpd[q.value(0).toString()];
        row.opd = q.value(0).toString();
        for (int b = 0; b < kAgingBuckets; ++b) {
            row.buckets[size_t(b)] += q.value(b + 1).toInt();
            f.today.open += q.value(b + 1).toInt();
        }
    }
    f.aging = byOpd.values(); // by OPD code

    const QDateTime from = weekStart(now).addSecs(-(weeks - 1) * 7 * kDay);
    for (int w = 0; w < weeks; ++w)
        f.trend.append({from.addSecs(w * 7 * kDay), 0, 0, 0});
    const QDateTime until = from.addSecs(weeks * 7 * kDay);
    if (Status status = summarised ? weekly(f, from, until) : weeklyDirect(f, from, until))
        return *status;

    const QDateTime today = wibMidnight(now);
    auto counts = run(db,
                      u"SELECT (SELECT COUNT(*) FROM complaints WHERE received_at >= :day AND received_at < :next),"
                      u" (SELECT COUNT(*) FROM events WHERE type = 'responded' AND at >= :day AND at < :next),"
                      u" (SELECT COUNT(*) FROM events WHERE type = 'closed' AND at >= :day AND at < :next)"_s,
                      {{u":day"_s, toWireTime(today)}, {u":next"_s, toWireTime(today.addSecs(kDay))}},
                      u"today's numbers"_s);
    if (!counts.ok())
        return counts.error();
    if (QSqlQuery &q = counts.value(); q.next()) {
        f.today.received = q.value(0).toInt();
        f.today.responded = q.value(1).toInt();
        f.today.closed = q.value(2).toInt();
    }
    return f;
}

Status DashboardQuery::weekly(DashboardFigures &f, const QDateTime &from, const QDateTime &until) const
{
    const Binds window = {{u":from"_s, weekKey(from)}, {u":until"_s, weekKey(until)}};
    auto trend = run(m_cache.database(),
                     u"SELECT week, SUM(received), SUM(responded), SUM(breached) FROM dashboard_weeks"
                     u" WHERE week >= :from AND week < :until GROUP BY week"_s,
                     window, u"the weekly trend"_s);
    if (!trend.ok())
        return trend.error();
    for (QSqlQuery &q = trend.value(); q.next();) {
        for (DashboardWeek &week : f.trend) {
            if (weekKey(week.start) == q.value(0).toString()) {
                week.received = q.value(1).toInt();
                week.responded = q.value(2).toInt();
                week.overdue = q.value(3).toInt();
            }
        }
    }
    auto compliance = run(m_cache.database(),
                          u"SELECT opd, SUM(met), SUM(breached) FROM dashboard_weeks WHERE week >= :from"
                          u" AND week < :until GROUP BY opd HAVING SUM(met) + SUM(breached) > 0 ORDER BY opd"_s,
                          window, u"the deadline compliance"_s);
    if (!compliance.ok())
        return compliance.error();
    for (QSqlQuery &q = compliance.value(); q.next();)
        f.compliance.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return std::nullopt;
}

Status DashboardQuery::weeklyDirect(DashboardFigures &f, const QDateTime &from, const QDateTime &until) const
{
    const QSqlDatabase db = m_cache.database();
    const Binds window = {{u":from"_s, toWireTime(from)}, {u":until"_s, toWireTime(until)}};
    const auto count = [&](const QString &where, int DashboardWeek::*field) -> Status {
        auto q = run(db,
                     u"SELECT "_s + QStringView(kWeekOfAt) + u", COUNT(*) FROM events WHERE "_s + where
                         + u" AND at >= :from AND at < :until GROUP BY 1"_s,
                     window, u"the weekly trend"_s);
        if (!q.ok())
            return q.error();
        for (QSqlQuery &rows = q.value(); rows.next();) {
            for (DashboardWeek &week : f.trend) {
                if (weekKey(week.start) == rows.value(0).toString())
                    week.*field = rows.value(1).toInt();
            }
        }
        return std::nullopt;
    };
    if (Status s = count(u"type = 'received'"_s, &DashboardWeek::received))
        return s;
    if (Status s = count(u"type = 'responded'"_s, &DashboardWeek::responded))
        return s;
    if (Status s = count(u"type = 'escalated' AND actor_user = 'system'"_s, &DashboardWeek::overdue))
        return s;
    auto compliance = run(db,
                          u"SELECT opd, SUM(met), SUM(1 - met) FROM (SELECT opd, 0 AS met FROM ("_s
                              + QStringView(kDirectBreaches) + u") UNION ALL SELECT opd, 1 FROM ("_s
                              + QStringView(kDirectMet) + u")) GROUP BY opd ORDER BY opd"_s,
                          window, u"the deadline compliance"_s);
    if (!compliance.ok())
        return compliance.error();
    for (QSqlQuery &q = compliance.value(); q.next();)
        f.compliance.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return std::nullopt;
}

Result<QList<QUuid>> DashboardQuery::ids(const DashboardElement &element, const QDateTime &now, int weeks) const
{
    using Kind = DashboardElement::Kind;
    QString sql;
    Binds binds;
    const QDateTime from = weekStart(now).addSecs(-(weeks - 1) * 7 * kDay);
    const QDateTime until = from.addSecs(weeks * 7 * kDay);
    const auto ofWeek = [&](const char16_t *kind) {
        sql = u"SELECT DISTINCT complaint_id FROM dashboard_events WHERE kind = '"_s + QStringView(kind)
            + u"' AND week = :week"_s;
        binds = {{u":week"_s, weekKey(element.weekStart)}};
    };
    switch (element.kind) {
    case Kind::Overdue:
        std::tie(sql, binds)
            = overdueRows(m_cache.deadlinePolicy().calendar(), now, u"id"_s, u" AND opd = :opd"_s, true);
        binds.append({u":opd"_s, element.opd});
        break;
    case Kind::Aging:
        sql = u"SELECT id FROM complaints WHERE state IN "_s + QStringView(kOpen)
            + u" AND opd = :opd AND received_at >= :lo AND received_at < :hi"_s;
        binds = {{u":opd"_s, element.opd},
                 {u":lo"_s, toWireTime(agingBound(now, element.bucket))},
                 {u":hi"_s, element.bucket == 0 ? u"9999"_s : toWireTime(agingBound(now, element.bucket - 1))}};
        break;
    case Kind::WeekReceived:
        ofWeek(u"received");
        break;
    case Kind::WeekResponded:
        ofWeek(u"responded");
        break;
    case Kind::WeekOverdue:
        ofWeek(u"breached");
        break;
    case Kind::Compliance:
        sql = u"SELECT DISTINCT complaint_id FROM dashboard_events WHERE kind IN ('responded','breached')"
              u" AND week >= :from AND week < :until AND opd = :opd AND (kind = 'breached' OR met = 1)"_s;
        binds = {{u":from"_s, weekKey(from)}, {u":until"_s, weekKey(until)}, {u":opd"_s, element.opd}};
        break;
    }
    auto q = run(m_cache.database(), sql, binds, u"the complaints of a chart element"_s);
    if (!q.ok())
        return q.error();
    QList<QUuid> out;
    for (QSqlQuery &rows = q.value(); rows.next();)
        out.append(QUuid::fromString(rows.value(0).toString()));
    return out;
}

} // namespace rabeg
