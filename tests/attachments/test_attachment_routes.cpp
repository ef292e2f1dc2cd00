// The hub's attachment routes without a socket (docs/attachments.md): what is accepted (JPEG, PNG, WebP, PDF judged
// by their bytes, up to 10 MB), who may upload and download, what is refused and how, and that the log and the
// pulled pages carry the metadata only.
#include "HubFixture.h"

#include "AttachmentRoute.h"
#include "HubSchema.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

// Bytes that start as a JPEG does and go on with noise that occurs nowhere else (so a byte search means something).
QByteArray jpegLike(qsizetype size)
{
    QByteArray bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
    QRandomGenerator random(20261130);
    while (bytes.size() < size)
        bytes.append(char(random.bounded(256)));
    bytes.resize(size);
    return bytes;
}

HubResponse upload(HubFixture &hub, const QByteArray &token, const QUuid &complaint, const QByteArray &bytes,
                   const QString &name, const QByteArray &commandId = {})
{
    HubRequest request;
    request.method = "POST";
    request.path = u"/api/v1/complaints/%1/attachments"_s.arg(uuidText(complaint));
    request.headers.insert("authorization", "Bearer " + token);
    request.headers.insert("content-type", "image/jpeg"); // claimed; never believed
    if (!name.isNull())
        request.headers.insert("x-rabeg-file-name", QUrl::toPercentEncoding(name));
    if (!commandId.isEmpty())
        request.headers.insert("x-rabeg-command-id", commandId);
    request.body = bytes;
    return hub.api().handle(request);
}

QString downloadPath(const QUuid &complaint, const QString &attachment)
{
    return u"/api/v1/complaints/%1/attachments/%2"_s.arg(uuidText(complaint), attachment);
}

qint64 attachmentRows(HubFixture &hub)
{
    QSqlQuery q(hub.store().database());
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM attachments"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("a photo uploaded by an operator comes back byte for byte, and the event lists only its metadata")
{
    HubFixture hub;
    const QByteArray token = hub.login(u"op.rina"_s);
    const QUuid complaint = hub.intake(token, u"Jalan berlubang di Kasemen"_s, u"Lubang besar di Jl. Raya Kasemen."_s);
    const qint64 before = hub.version(complaint);
    const QByteArray photo = jpegLike(3 * 1024 * 1024 + 17);

    const HubResponse answer = upload(hub, token, complaint, photo, u"jalan rusak — Kasemen.jpg"_s);
    INFO(answer.body.left(400).toStdString());
    REQUIRE(answer.status == 201);
    const QJsonObject meta = answer.object().value(u"attachment"_s).toObject();
    CHECK(meta.value(u"name"_s).toString() == u"jalan rusak — Kasemen.jpg"_s);
    CHECK(meta.value(u"type"_s).toString() == u"image/jpeg"_s);
    CHECK(meta.value(u"size"_s).toInteger() == photo.size());
    CHECK(meta.value(u"sha256"_s).toString() == sha256(photo));
    CHECK(hub.version(complaint) == before + 1);

    const HubResponse fetched = hub.get(token, downloadPath(complaint, meta.value(u"attachment_id"_s).toString()));
    REQUIRE(fetched.status == 200);
    CHECK(fetched.contentType == "image/jpeg");
    CHECK(fetched.body.size() == photo.size());
    CHECK(sha256(fetched.body) == sha256(photo));
    CHECK(fetched.body == photo);

    // The history and the pulled page: the event with the metadata and who added it, never the bytes.
    const QJsonArray events = hub.get(token, u"/api/v1/complaints/%1/events"_s.arg(uuidText(complaint)))
                                  .object().value(u"events"_s).toArray();
    const QJsonObject added = events.last().toObject();
    CHECK(added.value(u"type"_s).toString() == u"attachment_added"_s);
    CHECK(added.value(u"actor"_s).toObject().value(u"user"_s).toString() == u"op.rina"_s);
    CHECK(added.value(u"payload"_s).toObject() == meta);
    const HubResponse page = hub.get(token, u"/api/v1/events?after=0&limit=1000"_s);
    REQUIRE(page.status == 200);
    CHECK(page.body.contains(sha256(photo).toLatin1()));
    CHECK_FALSE(page.body.contains(photo.mid(4096, 64)));
    CHECK_FALSE(page.body.contains(photo.mid(4096, 64).toBase64()));
}

TEST_CASE("PNG, WebP and PDF are accepted by their bytes, whatever their names say")
{
    HubFixture hub;
    const QByteArray token = hub.login(u"op.rina"_s);
    const QUuid complaint = hub.intake(token, u"Sampah menumpuk"_s, u"Sampah di pasar Rau belum diangkut."_s);
    const QList<std::tuple<QByteArray, QString, QString>> files{
        {QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16), u"foto.jpg"_s, u"image/png"_s},
        {QByteArray("RIFF\x24\x00\x00\x00WEBPVP8 ", 16), u"foto.webp"_s, u"image/webp"_s},
        {QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), u"surat kuasa.pdf"_s, u"application/pdf"_s},
    };
    for (const auto &[bytes, name, type] : files) {
        const HubResponse answer = upload(hub, token, complaint, bytes, name);
        INFO(name.toStdString() << " " << answer.body.toStdString());
        REQUIRE(answer.status == 201);
        CHECK(answer.object().value(u"attachment"_s).toObject().value(u"type"_s).toString() == type);
    }
}

TEST_CASE("a file over 10 MB is refused with 413 and a sentence, and nothing is appended")
{
    HubFixture hub;
    const QByteArray token = hub.login(u"op.rina"_s);
    const QUuid complaint = hub.intake(token, u"Jalan berlubang"_s, u"Lubang di Jl. Cipocok."_s);
    const StoreDump before = hub.dump();
    const HubResponse answer = upload(hub, token, complaint, jpegLike(AttachmentRoute::kMaxBytes + 1), u"besar.jpg"_s);
    requireError(answer, 413, u"attachment_too_large"_s);
    CHECK(errorOf(answer).value(u"message"_s).toString().contains(u"10 MB"_s));
    CHECK(hub.dump() == before);
    CHECK(attachmentRows(hub) == 0);
    // Exactly 10 MB is within the limit.
    CHECK(upload(hub, token, complaint, jpegLike(AttachmentRoute::kMaxBytes), u"pas.jpg"_s).status == 201);
    // Other routes keep their 1 MB limit.
    requireError(hub.post(token, u"/api/v1/commands"_s, QByteArray(HubApi::kMaxJsonBody + 1, ' ')), 413,
                 u"body_too_large"_s);
}

TEST_CASE("a program renamed .jpg and other files that are not photos or PDF are refused with 415")
{
    HubFixture hub;
    const QByteArray token = hub.login(u"op.rina"_s);
    const QUuid complaint = hub.intake(token, u"Jalan berlubang"_s, u"Lubang di Jl. Cipocok."_s);
    const StoreDump before = hub.dump();
    const QList<std::pair<QByteArray, QString>> refused{
        {QByteArray("MZ\x90\x00\x03\x00\x00\x00\x04\x00", 10) + QByteArray(2000, 'A'), u"foto-jalan.jpg"_s},
        {QByteArray("\x7F" "ELF\x02\x01\x01", 7) + QByteArray(100, 0), u"foto.png"_s},
        {QByteArray("<html><script>alert(1)</script></html>"), u"surat.pdf"_s},
        {QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'), u"dokumen.pdf"_s},
        {QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16), u"rekaman.webp"_s},
    };
    for (const auto &[bytes, name] : refused) {
        INFO(name.toStdString());
        const HubResponse answer = upload(hub, token, complaint, bytes, name);
        requireError(answer, 415, u"attachment_type"_s);
        CHECK(errorOf(answer).value(u"message"_s).toString().contains(u"not a photo or a PDF"_s));
    }
    CHECK(hub.dump() == before);
    CHECK(attachmentRows(hub) == 0);
}

TEST_CASE("the liaison of the OPD holding a complaint may upload and download, another OPD's liaison gets 404")
{
    HubFixture hub;
    const QUuid complaint = hub.dispatched(u"DISHUB"_s);
    const QByteArray own = hub.login(u"liaison-dishub"_s);
    const QByteArray other = hub.login(u"liaison-dlh"_s);
    const QByteArray photo = jpegLike(40000);

    const HubResponse answer = upload(hub, own, complaint, photo, u"lampu-diganti.jpg"_s);
    REQUIRE(answer.status == 201);
    const QString id = answer.object().value(u"attachment"_s).toObject().value(u"attachment_id"_s).toString();
    CHECK(hub.get(own, downloadPath(complaint, id)).body == photo);

    const StoreDump before = hub.dump();
    requireError(upload(hub, other, complaint, photo, u"bukan-urusan.jpg"_s), 404, u"not_found"_s);
    requireError(hub.get(other, downloadPath(complaint, id)), 404, u"not_found"_s);
    CHECK(hub.dump() == before);
    CHECK(attachmentRows(hub) == 1);
}

TEST_CASE("an admin may not upload (403), a download of an unknown attachment is 404, and a malformed upload is "
          "refused with a sentence")
{
    HubFixture hub;
    const QByteArray token = hub.login(u"op.rina"_s);
    const QByteArray admin = hub.login(u"admin.iwan"_s);
    const QUuid complaint = hub.intake(token, u"Jalan berlubang"_s, u"Lubang di Jl. Cipocok."_s);
    const StoreDump before = hub.dump();
    requireError(upload(hub, admin, complaint, jpegLike(1000), u"a.jpg"_s), 403,
                 u"attachment_forbidden"_s);
    requireError(upload(hub, token, QUuid::createUuid(), jpegLike(1000), u"a.jpg"_s), 404, u"not_found"_s);
    requireError(upload(hub, token, complaint, jpegLike(1000), QString()), 422, u"invalid_file_name"_s);
    requireError(upload(hub, token, complaint, jpegLike(1000), u"../../"_s), 422, u"invalid_file_name"_s);
    requireError(upload(hub, token, complaint, jpegLike(1000), QString(201, u'a')), 422, u"invalid_file_name"_s);
    requireError(upload(hub, token, complaint, {}, u"kosong.jpg"_s), 422, u"attachment_empty"_s);
    requireError(upload(hub, token, complaint, jpegLike(1000), u"a.jpg"_s, "bukan-uuid"), 422, u"invalid_field"_s);
    requireError(hub.get(token, downloadPath(complaint, uuidText(QUuid::createUuid()))), 404,
                 u"attachment_not_found"_s);
    requireError(hub.get(token, u"/api/v1/complaints/%1/attachments"_s.arg(uuidText(complaint))), 405,
                 u"method_not_allowed"_s);
    requireError(hub.request("POST", downloadPath(complaint, uuidText(QUuid::createUuid())), token, "x"), 405,
                 u"method_not_allowed"_s);
    // Without a session: 401 before anything else is looked at.
    requireError(upload(hub, QByteArray("bukan-token"), complaint, jpegLike(1000), u"a.jpg"_s), 401,
                 u"invalid_token"_s);
    // The event's command only comes through the upload route, which stores the bytes with it.
    const QJsonObject command = HubFixture::command(
        u"add_attachment"_s, complaint, hub.version(complaint),
        {{u"attachment_id"_s, uuidText(QUuid::createUuid())}, {u"name"_s, u"a.jpg"_s}, {u"type"_s, u"image/jpeg"_s},
         {u"size"_s, 10}, {u"sha256"_s, QString(64, u'0')}});
    requireError(hub.send(token, command), 422, u"use_attachment_route"_s);
    CHECK(hub.dump() == before);
    // A folder in the name is dropped, the file's own name kept.
    const HubResponse named = upload(hub, token, complaint, jpegLike(1000), u"C:\\Users\\rina\\foto lokasi.jpg"_s);
    REQUIRE(named.status == 201);
    CHECK(named.object().value(u"attachment"_s).toObject().value(u"name"_s).toString() == u"foto lokasi.jpg"_s);
    // A NIK in a name would reach every cache: it is masked before it is recorded.
    const HubResponse ktp = upload(hub, token, complaint, jpegLike(1000), u"KTP 3673012303850001.jpg"_s);
    REQUIRE(ktp.status == 201);
    CHECK(ktp.object().value(u"attachment"_s).toObject().value(u"name"_s).toString() == u"KTP 3673************.jpg"_s);
}

TEST_CASE("an upload sent again with the same command id after a lost answer adds nothing twice")
{
    HubFixture hub;
    const QByteArray token = hub.login(u"op.rina"_s);
    const QUuid complaint = hub.intake(token, u"Jalan berlubang"_s, u"Lubang di Jl. Cipocok."_s);
    const QByteArray photo = jpegLike(5000);
    const QByteArray commandId = "5b8f0c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e";
    const HubResponse first = upload(hub, token, complaint, photo, u"foto.jpg"_s, commandId);
    REQUIRE(first.status == 201);
    const StoreDump after = hub.dump();
    const HubResponse again = upload(hub, token, complaint, photo, u"foto.jpg"_s, commandId);
    REQUIRE(again.status == 201);
    CHECK(again.object().value(u"attachment"_s) == first.object().value(u"attachment"_s));
    CHECK(hub.dump() == after);
    CHECK(attachmentRows(hub) == 1);
    // The same command id with another file is not the same request.
    requireError(upload(hub, token, complaint, jpegLike(6000), u"foto.jpg"_s, commandId), 422,
                 u"command_id_reused"_s);
}

TEST_CASE("a store of schema version 3 is upgraded with the attachments table and then takes uploads")
{
    HubFixture hub;
    for (const QString &sql : {u"DROP TABLE attachments"_s,
                               u"UPDATE hub_meta SET value = '3' WHERE key = 'schema_version'"_s}) {
        QSqlQuery q(hub.store().database());
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase db = hub.store().database();
    REQUIRE_FALSE(upgradeHubSchema(db, HubDialect{false}).has_value());
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT value FROM hub_meta WHERE key = 'schema_version'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == kHubSchemaVersion);
    CHECK(attachmentRows(hub) == 0);
    const QByteArray token = hub.login(u"op.rina"_s);
    const QUuid complaint = hub.intake(token, u"Jalan berlubang"_s, u"Lubang di Jl. Cipocok."_s);
    CHECK(upload(hub, token, complaint, jpegLike(2000), u"foto.jpg"_s).status == 201);
    CHECK(attachmentRows(hub) == 1);
}

// Command ids are each user's own: the hub replays per user. Two users who send one command id (a badly made client,
// or a guessed id) each add their own file; the attachment id was made from the command id and the complaint
// alone, so the second upload collided with the first in the store and got a 503 that no retry could cure.
TEST_CASE("two users uploading to one complaint under the same command id each add their own file")
{
    HubFixture hub;
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QByteArray dewi = hub.login(u"spv.dewi"_s);
    const QUuid complaint = hub.intake(rina, u"Jalan berlubang"_s, u"Lubang di Jl. Cipocok."_s);
    const QByteArray commandId = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    const QByteArray first = jpegLike(4000);
    const QByteArray second = jpegLike(4500);
    const HubResponse byRina = upload(hub, rina, complaint, first, u"foto-rina.jpg"_s, commandId);
    REQUIRE(byRina.status == 201);
    const HubResponse byDewi = upload(hub, dewi, complaint, second, u"foto-dewi.jpg"_s, commandId);
    INFO(byDewi.body.toStdString());
    REQUIRE(byDewi.status == 201);
    CHECK(attachmentRows(hub) == 2);
    const QString rinaId = byRina.object().value(u"attachment"_s).toObject().value(u"attachment_id"_s).toString();
    const QString dewiId = byDewi.object().value(u"attachment"_s).toObject().value(u"attachment_id"_s).toString();
    CHECK(rinaId != dewiId);
    CHECK(hub.get(rina, downloadPath(complaint, rinaId)).body == first);
    CHECK(hub.get(rina, downloadPath(complaint, dewiId)).body == second);
    // Each one's retry is still the same command.
    const StoreDump after = hub.dump();
    CHECK(upload(hub, dewi, complaint, second, u"foto-dewi.jpg"_s, commandId).status == 201);
    CHECK(upload(hub, rina, complaint, first, u"foto-rina.jpg"_s, commandId).status == 201);
    CHECK(hub.dump() == after);
}
