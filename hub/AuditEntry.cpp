#include "AuditEntry.h"

#include "codec/WireTime.h"
#include "json/CanonicalJson.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QJsonObject hashedPart(const AuditEntry &e)
{
    return {{u"seq"_s, e.seq},
            {u"at"_s, toWireTime(e.at)},
            {u"actor"_s, e.actor},
            {u"action"_s, e.action},
            {u"complaint_id"_s, e.complaintId.isNull() ? QString() : e.complaintId.toString(QUuid::WithoutBraces)},
            {u"detail"_s, e.detail}};
}

} // namespace

QString auditHash(const AuditEntry &entry)
{
    return QString::fromLatin1(
        json::sha256Hex(QByteArray(entry.prevHash.toLatin1() + json::canonicalBytesUnchecked(hashedPart(entry)))));
}

QJsonObject encodeAuditEntry(const AuditEntry &entry)
{
    QJsonObject json = hashedPart(entry);
    json.insert(u"prev_hash"_s, entry.prevHash);
    json.insert(u"hash"_s, entry.hash);
    return json;
}

} // namespace rabeg
