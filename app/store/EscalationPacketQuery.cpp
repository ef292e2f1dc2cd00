#include "EscalationPacketQuery.h"

#include "ComplaintRepository.h"
#include "ReadSnapshot.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<EscalationPacket> escalationPacketOf(LocalCache &cache, const QString &trackingOrId, const QDateTime &asOf)
{
    // The state, the history and the store's kind as of one moment: the packet goes to the Ombudsman, and a sync
    // committed between two reads would print a state its own history does not reach.
    const ReadSnapshot snapshot(cache.database());
    QUuid id = QUuid::fromString(trackingOrId);
    if (id.isNull()) {
        QSqlQuery q(cache.database());
        q.prepare(u"SELECT id FROM complaints WHERE tracking_id = ? OR external_ref = ? LIMIT 1"_s);
        q.addBindValue(trackingOrId);
        q.addBindValue(trackingOrId);
        if (!q.exec())
            return sqlError(u"cannot look a complaint up"_s, q.lastError());
        if (q.next())
            id = QUuid::fromString(q.value(0).toString());
    }
    const ComplaintRepository repository(cache);
    const auto complaint
        = id.isNull() ? Result<std::optional<Complaint>>(std::optional<Complaint>()) : repository.find(id);
    if (!complaint.ok())
        return complaint.error();
    if (!complaint.value())
        return Error {u"not_found"_s,
                      u"This workstation holds no complaint \"%1\": give its tracking number "
                      u"(SRG-...), its LAPOR! reference or its id, and sync first."_s.arg(trackingOrId)};
    const auto history = repository.history(complaint.value()->id);
    if (!history.ok())
        return history.error();
    const DeadlinePolicy &policy = cache.deadlinePolicy();
    EscalationPacket packet =
        makeEscalationPacket(*complaint.value(), history.value(), policy.clocks(), policy.calendar(), asOf);
    packet.training = cache.meta(u"kind"_s) == u"training"_s;
    return packet;
}

} // namespace rabeg
