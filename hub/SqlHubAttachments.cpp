// Attachments in SqlHubStore (AttachmentRecord.h): written inside the append of their attachment_added event, read
// back by complaint and id. The bytes are sealed at rest with the hub's identity key, as identities are: a photo of
// an ID card is personal data too (docs/attachments.md).
#include "SqlHubStore.h"

#include "codec/WireTime.h"
#include "store/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Status SqlHubStore::insertAttachment(const AttachmentRecord &record)
{
    const auto key = identityKey();
    if (!key.ok())
        return key.error();
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO attachments(id, complaint_id, name, type, size, sha256, at, bytes) VALUES (?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(record.id.toString(QUuid::WithoutBraces));
    q.addBindValue(record.complaintId.toString(QUuid::WithoutBraces));
    q.addBindValue(record.name);
    q.addBindValue(record.type);
    q.addBindValue(record.size);
    q.addBindValue(record.sha256);
    q.addBindValue(toWireTime(record.at));
    q.addBindValue(key->seal(record.bytes).toLatin1());
    if (!q.exec())
        return sqlError(u"cannot store the attachment"_s, q.lastError());
    return std::nullopt;
}

Result<std::optional<AttachmentRecord>> SqlHubStore::attachment(const QUuid &complaintId, const QUuid &attachmentId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT name, type, size, sha256, at, bytes FROM attachments WHERE id = ? AND complaint_id = ?"_s);
    q.addBindValue(attachmentId.toString(QUuid::WithoutBraces));
    q.addBindValue(complaintId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlError(u"cannot read an attachment"_s, q.lastError());
    if (!q.next())
        return std::optional<AttachmentRecord>();
    const auto key = identityKey();
    if (!key.ok())
        return key.error();
    auto bytes = key->open(QString::fromLatin1(q.value(5).toByteArray()));
    if (!bytes)
        return Error{u"attachment_unreadable"_s,
                     u"An attachment of this store cannot be opened with this hub's identity key."_s};
    AttachmentRecord record;
    record.id = attachmentId;
    record.complaintId = complaintId;
    record.name = q.value(0).toString();
    record.type = q.value(1).toString();
    record.size = q.value(2).toLongLong();
    record.sha256 = q.value(3).toString();
    record.at = parseWireTime(q.value(4).toString());
    record.bytes = std::move(*bytes);
    return std::optional<AttachmentRecord>(std::move(record));
}

} // namespace rabeg
