// Issue 12: the retention purge of identities and the audit export for the Ombudsman, through the rabeg-hub
// executable over the fixture's real SQLite store.
#include "HubFixture.h"
#include "PrivacyFiles.h"

#include "codec/WireTime.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QString specOf(HubFixture &hub) { return u"sqlite:"_s + hub.store().database().databaseName(); }

// A DISHUB complaint taken in, dispatched, acknowledged, answered and closed; the time of its closing.
QDateTime closeOne(HubFixture &hub, QUuid *id)
{
    *id = hub.dispatched(u"DISHUB"_s);
    const QByteArray liaison = hub.login(u"liaison-dishub"_s);
    hub.run(liaison, u"acknowledge"_s, *id, {});
    hub.run(liaison, u"respond"_s, *id,
            {{u"response"_s, u"Lampu sudah diganti."_s}, {u"override_reason"_s, u"Survei lewat telepon."_s}});
    const QJsonObject closed = hub.run(hub.login(u"op.rina"_s), u"close"_s, *id, {{u"note"_s, u"Selesai."_s}});
    return parseWireTime(closed.value(u"events"_s).toArray().last().toObject().value(u"at"_s).toString());
}

bool identityHeld(HubFixture &hub, const QUuid &id)
{
    const auto identity = hub.store().identity(id);
    REQUIRE(identity.ok());
    return identity.value().has_value();
}

QList<AuditEntry> auditOf(HubFixture &hub, const QUuid &complaint, const QString &action)
{
    const auto all = hub.store().auditEntries({}, QDateTime::fromSecsSinceEpoch(0), QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(all.ok());
    QList<AuditEntry> found;
    for (const AuditEntry &entry : all.value()) {
        if (entry.action == action && (complaint.isNull() || entry.complaintId == complaint))
            found.append(entry);
    }
    return found;
}

} // namespace

TEST_CASE("the retention purge deletes the identities of complaints closed longer than the period, audit verify still "
          "passes, the purge is audited, and tampering is still located", "[privacy][retention]")
{
    HubFixture hub;
    QUuid closed;
    const QDateTime closedAt = closeOne(hub, &closed);
    const QUuid open = hub.dispatched(u"DISHUB"_s, u"Lampu taman mati"_s);
    REQUIRE(identityHeld(hub, closed));
    REQUIRE(identityHeld(hub, open));
    const QString spec = specOf(hub);

    // Not yet: closed 29 days before the purge's time, the period is 30 days.
    HubRun run = runHub({u"retention"_s, u"purge"_s, u"--store"_s, spec, u"--older-than-days"_s, u"30"_s,
                         u"--as-of"_s, toWireTime(closedAt.addDays(29))});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(identityHeld(hub, closed));

    run = runHub({u"retention"_s, u"purge"_s, u"--store"_s, spec, u"--older-than-days"_s, u"30"_s, u"--as-of"_s,
                  toWireTime(closedAt.addDays(31))});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(identityHeld(hub, closed)); // the row, and with it the digest's salt
    CHECK(identityHeld(hub, open));          // still open: kept however old
    // The identity route answers an empty identity now.
    const HubResponse seen = hub.get(hub.login(u"spv.dewi"_s), u"/api/v1/complaints/%1/identity"_s.arg(uuidText(closed)));
    REQUIRE(seen.status == 200);
    CHECK(seen.object().value(u"identity"_s).toObject().isEmpty());

    const QList<AuditEntry> purges = auditOf(hub, {}, u"retention_purge"_s);
    REQUIRE(purges.size() == 2);
    CHECK(purges.last().detail.value(u"older_than_days"_s).toInt() == 30);
    // The first purge took the demo's long-closed complaints; the second only the one closed 31 days before.
    CHECK(purges.last().detail.value(u"identities_deleted"_s).toInteger() == 1);

    run = runHub({u"audit"_s, u"verify"_s, u"--store"_s, spec});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(u"ok: the chain holds up to seq"_s));

    // Tampering with the log after the purge is still found, and where.
    hub.exec(u"UPDATE events SET json = replace(json, 'Selesai.', 'Selesai!') WHERE complaint_id = '%1'"_s.arg(uuidText(closed)));
    run = runHub({u"audit"_s, u"verify"_s, u"--store"_s, spec});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(u"broken at seq "_s));
}

TEST_CASE("the retention purge deletes the attachment bytes of complaints closed longer than the period, their "
          "events keep the metadata, an open complaint keeps its files, and audit verify still passes",
          "[privacy][retention]")
{
    HubFixture hub;
    const auto upload = [&hub](const QUuid &complaint, const QByteArray &bytes) {
        HubRequest request;
        request.method = "POST";
        request.path = u"/api/v1/complaints/%1/attachments"_s.arg(uuidText(complaint));
        request.headers.insert("authorization", "Bearer " + hub.login(u"op.rina"_s));
        request.headers.insert("x-rabeg-file-name", "ktp-pelapor.jpg");
        request.body = bytes;
        const HubResponse response = hub.api().handle(request);
        INFO(response.body.toStdString());
        REQUIRE(response.status == 201);
        return QJsonDocument::fromJson(response.body)
            .object()
            .value(u"attachment"_s)
            .toObject()
            .value(u"attachment_id"_s)
            .toString();
    };
    const auto rowsOf = [&hub](const QUuid &complaint) {
        QSqlQuery q(hub.store().database());
        q.prepare(u"SELECT COUNT(*) FROM attachments WHERE complaint_id = ?"_s);
        q.addBindValue(uuidText(complaint));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const QByteArray photo = QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + QByteArray(4000, 'k');
    const QUuid closed = hub.dispatched(u"DISHUB"_s);
    const QString closedFile = upload(closed, photo);
    const QByteArray liaison = hub.login(u"liaison-dishub"_s);
    hub.run(liaison, u"acknowledge"_s, closed, {});
    hub.run(liaison, u"respond"_s, closed,
            {{u"response"_s, u"Lampu sudah diganti."_s}, {u"override_reason"_s, u"Survei lewat telepon."_s}});
    const QJsonObject done = hub.run(hub.login(u"op.rina"_s), u"close"_s, closed, {{u"note"_s, u"Selesai."_s}});
    const QDateTime closedAt
        = parseWireTime(done.value(u"events"_s).toArray().last().toObject().value(u"at"_s).toString());
    const QUuid open = hub.dispatched(u"DISHUB"_s, u"Lampu taman mati"_s);
    const QString openFile = upload(open, photo);
    REQUIRE(rowsOf(closed) == 1);
    const QString spec = specOf(hub);

    HubRun run = runHub({u"retention"_s, u"purge"_s, u"--store"_s, spec, u"--older-than-days"_s, u"30"_s,
                         u"--as-of"_s, toWireTime(closedAt.addDays(29))});
    REQUIRE(run.exitCode == 0);
    CHECK(rowsOf(closed) == 1); // not yet
    run = runHub({u"retention"_s, u"purge"_s, u"--store"_s, spec, u"--older-than-days"_s, u"30"_s, u"--as-of"_s,
                  toWireTime(closedAt.addDays(31))});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(rowsOf(closed) == 0);
    CHECK(rowsOf(open) == 1);
    const QByteArray reader = hub.login(u"spv.dewi"_s);
    CHECK(hub.get(reader, u"/api/v1/complaints/%1/attachments/%2"_s.arg(uuidText(closed), closedFile)).status == 404);
    CHECK(hub.get(reader, u"/api/v1/complaints/%1/attachments/%2"_s.arg(uuidText(open), openFile)).status == 200);
    // The history still lists the file (name, size, SHA-256): only the bytes went.
    const HubResponse history = hub.get(reader, u"/api/v1/complaints/%1/events"_s.arg(uuidText(closed)));
    REQUIRE(history.status == 200);
    CHECK(history.body.contains(closedFile.toUtf8()));
    const QList<AuditEntry> purges = auditOf(hub, {}, u"retention_purge"_s);
    REQUIRE_FALSE(purges.isEmpty());
    CHECK(purges.last().detail.value(u"complaints_with_attachments_deleted"_s).toInteger() == 1);
    run = runHub({u"audit"_s, u"verify"_s, u"--store"_s, spec});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
}

TEST_CASE("a changed audit log entry fails audit verify, naming the entry", "[privacy][audit]")
{
    HubFixture hub;
    const QUuid id = hub.intake(hub.login(u"op.rina"_s), u"Lampu jalan mati"_s, u"Lampu PJU mati."_s);
    REQUIRE(hub.get(hub.login(u"spv.dewi"_s), u"/api/v1/complaints/%1/identity"_s.arg(uuidText(id))).status == 200);
    REQUIRE(runHub({u"audit"_s, u"verify"_s, u"--store"_s, specOf(hub)}).exitCode == 0);
    hub.exec(u"UPDATE audit_log SET actor_user = 'op.budi' WHERE seq = 1"_s);
    const HubRun run = runHub({u"audit"_s, u"verify"_s, u"--store"_s, specOf(hub)});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(u"audit log broken at entry 1"_s));
}

TEST_CASE("the audit export of a complaint holds its events and audit entries with the chain heads it was verified "
          "against, and is itself audited", "[privacy][export]")
{
    HubFixture hub;
    const QUuid id = hub.intake(hub.login(u"op.rina"_s), u"Pungli di kelurahan"_s, u"Diminta uang."_s, true);
    REQUIRE(hub.post(hub.login(u"spv.dewi"_s), u"/api/v1/complaints/%1/identity/reveal"_s.arg(uuidText(id)),
                     QJsonObject{{u"reason"_s, u"Permintaan Ombudsman RI Perwakilan Banten"_s}})
                .status == 200);
    const QString tracking = hub.store().complaint(id).value()->trackingId;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"export.json"_s);

    HubRun run = runHub({u"audit"_s, u"export"_s, u"--store"_s, specOf(hub), u"--complaint"_s, tracking, u"--format"_s,
                         u"json"_s, u"--out"_s, file});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(in.readAll()).object();
    CHECK(exported.value(u"scope"_s).toObject().value(u"complaint"_s).toString() == tracking);
    const QJsonArray events = exported.value(u"events"_s).toArray();
    REQUIRE(events.size() == 2); // received, identity_revealed
    CHECK(events.last().toObject().value(u"type"_s).toString() == u"identity_revealed"_s);
    const QJsonArray audit = exported.value(u"audit"_s).toArray();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().toObject().value(u"action"_s).toString() == u"identity_revealed"_s);
    const QJsonObject against = exported.value(u"verified_against"_s).toObject();
    const auto head = hub.store().chainHead();
    REQUIRE(head.ok());
    CHECK(against.value(u"event_log"_s).toObject().value(u"head_seq"_s).toInteger() == head->first);
    CHECK(against.value(u"event_log"_s).toObject().value(u"head_hash"_s).toString() == head->second);
    CHECK(against.value(u"audit_log"_s).toObject().value(u"head_seq"_s).toInteger() == 1);
    // No identity in the export.
    const QByteArray bytes = QJsonDocument(exported).toJson();
    CHECK_FALSE(bytes.contains("3673015507880002"));
    CHECK_FALSE(bytes.contains("Siti Aminah"));
    // The export is an entry of the audit log.
    CHECK(auditOf(hub, {}, u"audit_exported"_s).size() == 1);

    // A period: the WIB day of the complaint's events.
    const QString day = parseWireTime(events.first().toObject().value(u"at"_s).toString())
                            .toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    const QString periodFile = dir.filePath(u"period.json"_s);
    run = runHub({u"audit"_s, u"export"_s, u"--store"_s, specOf(hub), u"--from"_s, day, u"--to"_s, day, u"--out"_s,
                  periodFile});
    REQUIRE(run.exitCode == 0);
    QFile period(periodFile);
    REQUIRE(period.open(QIODevice::ReadOnly));
    const QByteArray periodBytes = period.readAll();
    CHECK(periodBytes.contains(tracking.toUtf8()));
    CHECK(periodBytes.contains("identity_revealed"));

    // A broken chain exports nothing.
    hub.exec(u"UPDATE events SET json = replace(json, 'Diminta uang.', 'Diminta uang!') WHERE complaint_id = '%1'"_s.arg(uuidText(id)));
    run = runHub({u"audit"_s, u"export"_s, u"--store"_s, specOf(hub), u"--complaint"_s, tracking, u"--out"_s,
                  dir.filePath(u"after.json"_s)});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"the event log's chain is broken at seq"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"after.json"_s)));
}
