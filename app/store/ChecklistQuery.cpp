#include "ChecklistQuery.h"

#include "ComplaintRepository.h"
#include "codec/WireTime.h"
#include "sop/Checklists.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// The event types a checklist depends on (Checklists.cpp folds dispatches, returns and ticks; the projection's
// state decides whether the OPD is still working it). Notes, escalations and assignments change neither.
constexpr auto kTypes = u"('dispatched','returned','acknowledged','responded','reopened','closed','step_done',"
                        u"'step_reopened')";

struct Row
{
    QString type;
    qint64 version = 0;
    QString at;
    QString user;
    QString payload;
};

} // namespace

Result<Checklist> ChecklistQuery::checklist(const QUuid &id, const QDateTime &now) const
{
    Checklist found;
    const Status status = run(u"c.id = ?"_s, {id.toString(QUuid::WithoutBraces)}, now,
                              [&found](const QUuid &, const Checklist &checklist) { found = checklist; });
    if (status)
        return *status;
    return found;
}

Result<QHash<QUuid, Checklist>> ChecklistQuery::checklists(const QList<QUuid> &ids, const QDateTime &now) const
{
    QHash<QUuid, Checklist> found;
    if (ids.isEmpty())
        return found;
    QVariantList binds;
    for (const QUuid &id : ids)
        binds.append(id.toString(QUuid::WithoutBraces));
    const QStringList marks(ids.size(), u"?"_s);
    const Status status = run(u"c.id IN ("_s + marks.join(u',') + u')', binds, now,
                              [&found](const QUuid &id, const Checklist &checklist) { found.insert(id, checklist); });
    if (status)
        return *status;
    return found;
}

Status ChecklistQuery::forEachWorking(const QDateTime &now, const Sink &sink, const QString &opd) const
{
    // The state index (complaints_state, or complaints_opd with an OPD) finds the few complaints an OPD is working
    // among a million mostly answered and closed ones.
    if (opd.isEmpty())
        return run(u"c.state IN ('dispatched','in_progress')"_s, {}, now, sink);
    return run(u"c.opd = ? AND c.state IN ('dispatched','in_progress')"_s, {opd}, now, sink);
}

Status ChecklistQuery::run(const QString &where, const QVariantList &binds, const QDateTime &now,
                           const Sink &sink) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    // One pass: SQLite joins by nested loops, so the rows come grouped by complaint whichever table it puts
    // outside (the unary + keeps an index on the event type, such as the weekly report's in cache schema 4, from
    // leading: its rows would come grouped by type), and each group in the events' primary-key order (by
    // version). No ORDER BY: sorting every row of
    // the working complaints again took more time than reading them (BENCHMARKS.md, "Stall board").
    if (!q.prepare(u"SELECT c.id, e.type, e.version, e.at, e.actor_user, json_extract(e.json, '$.payload')"
                   u" FROM complaints c JOIN events e ON e.complaint_id = c.id"
                   u" WHERE "_s
                   + where + u" AND +e.type IN "_s + QStringView(kTypes)))
        return sqlError(u"cannot prepare reading SOP checklists"_s, q.lastError());
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return sqlError(u"cannot read SOP checklists"_s, q.lastError());

    QStringList legacy; // dispatched before checklists were recorded: read in full below
    QString current;
    QList<Row> rows;
    QList<Event> events;
    const auto flush = [&] {
        const auto byVersion = [](const Row &a, const Row &b) { return a.version < b.version; };
        if (!std::is_sorted(rows.cbegin(), rows.cend(), byVersion))
            std::sort(rows.begin(), rows.end(), byVersion);
        // Only the last dispatch counts: a return cancelled every earlier checklist, and a dispatch starts anew.
        qsizetype from = rows.size() - 1;
        while (from >= 0 && rows.at(from).type != u"dispatched")
            --from;
        if (from < 0)
            return; // never dispatched, or no longer: no checklist
        const QUuid id = QUuid::fromString(current);
        events.clear();
        for (qsizetype i = from; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            Event e;
            e.type = fromCode<EventType>(row.type).value_or(EventType::NoteAdded);
            e.typeName = row.type;
            e.complaintId = id;
            e.version = row.version;
            e.at = parseWireTime(row.at);
            e.actor.user = row.user;
            e.payload = QJsonDocument::fromJson(row.payload.toUtf8()).object();
            events.append(e);
        }
        if (!events.first().payload.contains(u"sop_template"_s)) {
            legacy.append(current);
            return;
        }
        sink(id, checklistOf(events, m_catalog, m_calendar, now));
    };
    while (q.next()) {
        QString id = q.value(0).toString();
        if (id != current) {
            if (!current.isEmpty())
                flush();
            current = std::move(id);
            rows.clear();
        }
        rows.append({q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toString()});
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot read SOP checklists"_s, q.lastError());
    if (!current.isEmpty())
        flush();
    if (legacy.isEmpty())
        return std::nullopt;
    const auto histories = ComplaintRepository(m_cache).histories(legacy);
    if (!histories.ok())
        return histories.error();
    for (auto it = histories->constBegin(); it != histories->constEnd(); ++it)
        sink(QUuid::fromString(it.key()), checklistOf(it.value(), m_catalog, m_calendar, now));
    return std::nullopt;
}

} // namespace rabeg
