// Attachments in the hub store contract, on SQLite (BLOB) and PostgreSQL (BYTEA): built into test_hub_store, which
// runs both back ends. Every byte value survives (0x00 and '\\' among them), sealed at rest; the row is written only
// with its attachment_added event, and read back only under its own complaint.
#include "../hub_store/HubStoreFixture.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

namespace {

QByteArray everyByte(qsizetype size)
{
    QByteArray bytes("%PDF-1.7\n");
    for (qsizetype i = bytes.size(); i < size; ++i)
        bytes.append(char((i * 7 + i / 256) & 0xFF));
    return bytes;
}

AttachmentRecord recordOf(const QUuid &complaint, const QByteArray &bytes, const QDateTime &at)
{
    AttachmentRecord record;
    record.id = QUuid::createUuid();
    record.complaintId = complaint;
    record.name = u"surat pernyataan — RT 02.pdf"_s;
    record.type = u"application/pdf"_s;
    record.size = bytes.size();
    record.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    record.at = at;
    record.bytes = bytes;
    return record;
}

QJsonObject metaOf(const AttachmentRecord &record)
{
    return {{u"attachment_id"_s, record.id.toString(QUuid::WithoutBraces)},
            {u"name"_s, record.name},
            {u"type"_s, record.type},
            {u"size"_s, record.size},
            {u"sha256"_s, record.sha256}};
}

} // namespace

TEST_CASE("an attachment is stored with its event and read back byte for byte, only under its complaint",
          "[hub_store][attachments]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const QUuid complaint = hub.intake();
    const QUuid other = hub.intake();
    const AttachmentRecord record = recordOf(complaint, everyByte(2 * 1024 * 1024 + 3), hub.now());

    AppendRequest append = hub.request(
        operatorActor(),
        hub.command(CommandType::AddAttachment, complaint, metaOf(record), hub.versionOf(complaint)));
    append.attachment = record;
    const CommandOutcome outcome = hub.execute(append);
    INFO(QJsonDocument(outcome.body).toJson().toStdString());
    REQUIRE(outcome.status == 200);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM attachments"_s) == 1);

    const auto read = hub.store().attachment(complaint, record.id);
    REQUIRE(read.ok());
    REQUIRE(read.value().has_value());
    CHECK(read.value()->bytes == record.bytes);
    CHECK(read.value()->name == record.name);
    CHECK(read.value()->type == record.type);
    CHECK(read.value()->size == record.size);
    CHECK(read.value()->sha256 == record.sha256);
    // Sealed at rest: the column holds none of the file's bytes as they are.
    QSqlQuery raw(hub.db());
    REQUIRE(raw.exec(u"SELECT bytes FROM attachments"_s));
    REQUIRE(raw.next());
    const QByteArray stored = raw.value(0).toByteArray();
    CHECK(stored.startsWith("sb1:"));
    CHECK_FALSE(stored.contains(record.bytes.mid(1000, 64)));
    const auto elsewhere = hub.store().attachment(other, record.id);
    REQUIRE(elsewhere.ok());
    CHECK_FALSE(elsewhere.value().has_value());

    // Read again after a restart, as another hub process would.
    hub.reopen();
    const auto again = hub.store().attachment(complaint, record.id);
    REQUIRE(again.ok());
    REQUIRE(again.value().has_value());
    CHECK(again.value()->bytes == record.bytes);
}

TEST_CASE("an attachment whose event the lifecycle refuses is not stored", "[hub_store][attachments]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    const QUuid complaint = hub.dispatched(kDishub);
    const AttachmentRecord record = recordOf(complaint, everyByte(5000), hub.now());
    // The liaison of another OPD is out of scope.
    AppendRequest append = hub.request(
        liaisonOf(kDlh), hub.command(CommandType::AddAttachment, complaint, metaOf(record), hub.versionOf(complaint)));
    append.attachment = record;
    const qint64 head = hub.head();
    CHECK(hub.execute(append).status != 200);
    CHECK(hub.head() == head);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM attachments"_s) == 0);
}
