#include "AttachmentRoute.h"

#include "AttachmentType.h"
#include "HubLog.h"
#include "domain/Lifecycle.h"
#include "json/CanonicalJson.h"
#include "privacy/Masking.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

HubResponse storageFailure(const Error &error); // HubApi.cpp

namespace {

constexpr int kMaxName = 200;

const QRegularExpression &attachmentPath()
{
    static const QRegularExpression pattern(
        u"^/api/v1/complaints/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
        u"/attachments(?:/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}))?$"_s);
    return pattern;
}

HubResponse notFound()
{
    return HubResponse::error(404, u"not_found"_s, u"There is no complaint with this id that you may see."_s);
}

// The file's own name, without any folder a client might send, without control characters, at most kMaxName.
QString cleanName(const QByteArray &header)
{
    QString name = QUrl::fromPercentEncoding(header).trimmed();
    name = name.mid(std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\')) + 1);
    name.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    return name.trimmed();
}

// Content-Disposition with the UTF-8 name (RFC 6266/5987) and an ASCII fallback.
QByteArray disposition(const QString &name)
{
    QByteArray ascii;
    for (const QChar c : name)
        ascii.append(c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'\\' ? char(c.unicode()) : '_');
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(name);
}

} // namespace

bool AttachmentRoute::handles(const QString &path) { return attachmentPath().match(path).hasMatch(); }

bool AttachmentRoute::isUpload(const HubRequest &request)
{
    const auto match = attachmentPath().match(request.path);
    return request.method == "POST" && match.hasMatch() && match.captured(2).isEmpty();
}

HubResponse AttachmentRoute::handle(const HubRequest &request, const UserRecord &user, QJsonObject envelope,
                                    bool &appended)
{
    appended = false;
    const auto match = attachmentPath().match(request.path);
    const QUuid complaintId = QUuid::fromString(match.captured(1));
    if (match.captured(2).isEmpty()) {
        if (request.method != "POST")
            return HubResponse::error(405, u"method_not_allowed"_s, u"Upload an attachment with POST."_s);
        return upload(complaintId, request, user, std::move(envelope), appended);
    }
    if (request.method != "GET")
        return HubResponse::error(405, u"method_not_allowed"_s, u"Download an attachment with GET."_s);
    return download(complaintId, QUuid::fromString(match.captured(2)), user);
}

HubResponse AttachmentRoute::upload(const QUuid &complaintId, const HubRequest &request, const UserRecord &user,
                                    QJsonObject envelope, bool &appended)
{
    const auto found = m_store.complaint(complaintId);
    if (!found.ok())
        return storageFailure(found.error());
    // Scope per object, as for reading: a liaison of another OPD learns nothing, not even that it exists.
    if (!found.value() || (user.role == Role::Liaison && found.value()->opd != user.opd))
        return notFound();
    const Complaint &complaint = *found.value();
    if (!roleMayIssue(user.role, CommandType::AddAttachment))
        return HubResponse::error(403, u"attachment_forbidden"_s,
                                  u"Your role may not add attachments. The command center and the liaison of the OPD "
                                  u"holding the complaint may."_s);
    if (request.body.size() > kMaxBytes)
        return HubResponse::error(413, u"attachment_too_large"_s,
                                  u"The file is larger than 10 MB. Send a smaller photo or split the document."_s);
    if (request.body.isEmpty())
        return HubResponse::error(422, u"attachment_empty"_s, u"The file is empty: send its bytes as the body."_s);
    const auto type = AttachmentType::sniff(request.body);
    if (!type)
        return HubResponse::error(415, u"attachment_type"_s,
                                  u"This file is not a photo or a PDF: only %1 are accepted, judged by their "
                                  u"content, not their name."_s.arg(AttachmentType::allowedList()));
    // A name is listed in every cache in scope: a NIK or a phone number in it ("KTP 3673....jpg") is masked for good.
    const QString name = maskPersonalNumbers(cleanName(request.header("x-rabeg-file-name")));
    if (name.isEmpty() || name.size() > kMaxName)
        return HubResponse::error(422, u"invalid_file_name"_s,
                                  u"Send the file's name in the X-Rabeg-File-Name header (percent-encoded UTF-8), "
                                  u"1 to %1 characters."_s.arg(kMaxName));
    QUuid commandId = QUuid::createUuid();
    if (const QByteArray given = request.header("x-rabeg-command-id"); !given.isEmpty()) {
        commandId = QUuid::fromString(QLatin1String(given));
        if (commandId.isNull())
            return HubResponse::error(422, u"invalid_field"_s, u"X-Rabeg-Command-Id: must be a UUID."_s);
    }

    AttachmentRecord record;
    // One command, one attachment: a retry with the same command id names the same attachment. Command ids are
    // each user's own (the hub's replay is per user), so the user is part of the name: two users sending one command
    // id made the same attachment id, and the second got a 503 that no retry could cure.
    record.id = QUuid::createUuidV5(commandId, complaintId.toString(QUuid::WithoutBraces) + u'/' + user.username);
    record.complaintId = complaintId;
    record.name = name;
    record.type = type->mime;
    record.size = request.body.size();
    record.sha256 = QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    record.at = m_clock.now();
    record.bytes = request.body;

    const QJsonObject meta{{u"attachment_id"_s, record.id.toString(QUuid::WithoutBraces)},
                           {u"name"_s, record.name},
                           {u"type"_s, record.type},
                           {u"size"_s, record.size},
                           {u"sha256"_s, record.sha256}};
    AppendRequest append;
    append.command.commandId = commandId;
    append.command.type = CommandType::AddAttachment;
    append.command.complaintId = complaintId;
    append.command.baseVersion = complaint.version;
    append.command.payload = meta;
    append.actor = {user.username, user.role, user.opd};
    append.workstation = QString::fromUtf8(request.header("x-rabeg-workstation").left(128));
    append.now = record.at;
    QJsonObject digestOf = meta;
    digestOf.insert(u"complaint_id"_s, complaintId.toString(QUuid::WithoutBraces));
    // The digest names the attachment as hubs before the user was part of its id did, so that an upload sent to one
    // of them and retried after the upgrade is still the same command (its stored digest), not a reused id.
    digestOf.insert(u"attachment_id"_s,
                    QUuid::createUuidV5(commandId, complaintId.toString(QUuid::WithoutBraces)).toString(QUuid::WithoutBraces));
    append.requestDigest = QCryptographicHash::hash(json::canonicalBytesUnchecked(digestOf), QCryptographicHash::Sha256);
    append.attachment = std::move(record);
    const auto outcome = m_store.execute(append);
    if (!outcome.ok())
        return storageFailure(outcome.error());
    if (outcome->status != 200)
        return HubResponse::json(outcome->status, outcome->body);
    appended = !outcome->replayed && !outcome->body.value(u"events"_s).toArray().isEmpty();
    if (appended)
        qCInfo(lcHub).noquote() << "attachment" << meta.value(u"attachment_id"_s).toString() << "added to"
                                << complaint.trackingId << "by" << user.username << "(" << append.attachment->size
                                << "bytes," << append.attachment->type << ")";
    envelope.insert(u"attachment"_s, meta);
    envelope.insert(u"events"_s, outcome->body.value(u"events"_s));
    return HubResponse::json(201, envelope);
}

HubResponse AttachmentRoute::download(const QUuid &complaintId, const QUuid &attachmentId, const UserRecord &user)
{
    const auto found = m_store.complaint(complaintId);
    if (!found.ok())
        return storageFailure(found.error());
    if (!found.value() || (user.role == Role::Liaison && found.value()->opd != user.opd))
        return notFound();
    const auto stored = m_store.attachment(complaintId, attachmentId);
    if (!stored.ok())
        return storageFailure(stored.error());
    if (!stored.value())
        return HubResponse::error(404, u"attachment_not_found"_s, u"This complaint has no attachment with this id."_s);
    const AttachmentRecord &record = *stored.value();
    HubResponse response;
    response.status = 200;
    response.contentType = record.type.toLatin1();
    response.body = record.bytes;
    response.headers.append(std::pair<QByteArray, QByteArray>("Content-Disposition", disposition(record.name)));
    response.headers.append(std::pair<QByteArray, QByteArray>("X-Content-Type-Options", "nosniff"));
    response.headers.append(std::pair<QByteArray, QByteArray>("X-Rabeg-Sha256", record.sha256.toLatin1()));
    return response;
}

} // namespace rabeg
