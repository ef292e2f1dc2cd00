#include "DashboardSchema.h"

using namespace Qt::StringLiterals;

namespace rabeg {

QStringList dashboardSchemaStep()
{
    // The row an event makes (its columns from `e`, the event just inserted or read): a response is met when the
    // last of its cycle's markers before it (dispatch, reopen, the hub's escalation) is not an escalation.
    const auto rowOf = [](const QString &e) -> QString {
        return e + u".complaint_id, "_s + e + u".version,"
            u" CASE "_s + e + u".type WHEN 'escalated' THEN 'breached' ELSE "_s + e + u".type END,"
            u" date("_s + e + u".at, '+7 hours', 'weekday 0', '-6 days'),"
            u" CASE "_s + e + u".type WHEN 'received' THEN '' ELSE"
            u" IFNULL((SELECT c.opd FROM complaints c WHERE c.id = "_s + e + u".complaint_id), '') END,"
            u" "_s + e + u".type = 'responded' AND IFNULL((SELECT x.type FROM events x WHERE x.complaint_id = "_s
            + e + u".complaint_id AND x.version < "_s + e + u".version AND (x.type IN ('dispatched','reopened')"
            u" OR (x.type = 'escalated' AND x.actor_user = 'system')) ORDER BY x.version DESC LIMIT 1), '')"
            u" <> 'escalated'"_s;
    };
    const auto counted = [](const QString &e) -> QString {
        return e + u".type IN ('received','responded') OR ("_s + e + u".type = 'escalated' AND "_s + e
            + u".actor_user = 'system')"_s;
    };
    return {
        u"CREATE TABLE dashboard_events (complaint_id TEXT NOT NULL, version INTEGER NOT NULL, kind TEXT NOT NULL,"
        u" week TEXT NOT NULL, opd TEXT NOT NULL, met INTEGER NOT NULL, PRIMARY KEY (complaint_id, version))"
        u" WITHOUT ROWID"_s,
        u"CREATE INDEX dashboard_events_week ON dashboard_events(kind, week, opd, met)"_s,
        u"CREATE TABLE dashboard_weeks (week TEXT NOT NULL, opd TEXT NOT NULL, received INTEGER NOT NULL,"
        u" responded INTEGER NOT NULL, met INTEGER NOT NULL, breached INTEGER NOT NULL, PRIMARY KEY (week, opd))"
        u" WITHOUT ROWID"_s,
        u"CREATE TRIGGER dashboard_events_count AFTER INSERT ON dashboard_events BEGIN"
        u" INSERT INTO dashboard_weeks(week, opd, received, responded, met, breached) VALUES (new.week, new.opd,"
        u" new.kind = 'received', new.kind = 'responded', new.met, new.kind = 'breached')"
        u" ON CONFLICT(week, opd) DO UPDATE SET received = received + excluded.received,"
        u" responded = responded + excluded.responded, met = met + excluded.met,"
        u" breached = breached + excluded.breached; END"_s,
        u"CREATE TRIGGER dashboard_events_uncount AFTER DELETE ON dashboard_events BEGIN"
        u" UPDATE dashboard_weeks SET received = received - (old.kind = 'received'),"
        u" responded = responded - (old.kind = 'responded'), met = met - old.met,"
        u" breached = breached - (old.kind = 'breached') WHERE week = old.week AND opd = old.opd; END"_s,
        u"CREATE TRIGGER dashboard_event_insert AFTER INSERT ON events WHEN "_s + counted(u"new"_s)
            + u" BEGIN INSERT OR IGNORE INTO dashboard_events SELECT "_s + rowOf(u"new"_s) + u"; END"_s,
        u"CREATE TRIGGER dashboard_event_delete AFTER DELETE ON events WHEN "_s + counted(u"old"_s)
            + u" BEGIN DELETE FROM dashboard_events WHERE complaint_id = old.complaint_id"
              u" AND version = old.version; END"_s,
        u"INSERT OR IGNORE INTO dashboard_events SELECT "_s + rowOf(u"e"_s) + u" FROM events e WHERE "_s
            + counted(u"e"_s),
        u"CREATE INDEX dashboard_overdue ON complaints(next_due_at, opd) WHERE next_due_at IS NOT NULL"_s,
        u"CREATE INDEX dashboard_open ON complaints(state, opd, received_at)"_s,
    };
}

QStringList dashboardIndexNames()
{
    // The overdue by OPD are counted in complaint_due's indexes since cache schema 12 (DueTables.h), one for the
    // real-time due times and one for the working-day due points since schema 16 (DuePoints.h).
    return {u"complaint_due_opd"_s, u"complaint_due_opd_wd"_s, u"dashboard_open"_s};
}

} // namespace rabeg
