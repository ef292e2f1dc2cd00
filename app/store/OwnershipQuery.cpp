#include "OwnershipQuery.h"

#include "SqliteConnection.h"
#include "codec/WireTime.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<QList<OwnedComplaint>> OwnershipQuery::openOwnedBy(const QString &user) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, tracking_id, title, state, received_at FROM complaints"
              u" WHERE assignee = ? AND state IN ('received', 'deferred', 'verified', 'dispatched', 'in_progress',"
              u" 'responded') ORDER BY received_at, id"_s);
    q.addBindValue(user);
    if (!q.exec())
        return sqlError(u"cannot read the complaints a user owns"_s, q.lastError());
    QList<OwnedComplaint> out;
    while (q.next()) {
        out.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
                    fromCode<ComplaintState>(q.value(3).toString()).value_or(ComplaintState::Received),
                    parseWireTime(q.value(4).toString())});
    }
    return out;
}

Result<QStringList> OwnershipQuery::colleagues(const QDateTime &since) const
{
    QStringList names;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    // Each distinct owner in one index seek (a recursive skip), not a walk over every assigned complaint.
    if (!q.exec(u"WITH RECURSIVE owner(name) AS ("
                u" SELECT (SELECT min(assignee) FROM complaints WHERE assignee > '')"
                u" UNION ALL SELECT (SELECT min(assignee) FROM complaints WHERE assignee > owner.name)"
                u" FROM owner WHERE owner.name IS NOT NULL)"
                u" SELECT name FROM owner WHERE name IS NOT NULL"_s))
        return sqlError(u"cannot read the complaints' owners"_s, q.lastError());
    while (q.next())
        names.append(q.value(0).toString());
    q.prepare(u"SELECT DISTINCT actor_user FROM events WHERE type IN ('verified', 'deferred', 'rejected', 'dispatched',"
              u" 'assigned', 'released') AND at >= ? AND actor_role IN ('operator', 'supervisor')"_s);
    q.addBindValue(toWireTime(since));
    if (!q.exec())
        return sqlError(u"cannot read who worked in the command center"_s, q.lastError());
    while (q.next())
        names.append(q.value(0).toString());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

} // namespace rabeg
