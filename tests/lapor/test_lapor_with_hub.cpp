// The LAPOR! import against a real hub on loopback: the same export twice, an export with changed statuses, and the
// same export from a second workstation give the right complaints and events, nothing duplicated.
#include "LaporFixtures.h"
#include "TestClient.h"
#include "TestHub.h"
#include "lapor/LaporCsvSource.h"
#include "lapor/LaporIds.h"
#include "lapor/LaporImporter.h"
#include "sync/HeldIdentities.h"

#include <QDirIterator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

LaporImportResult importFile(TestClient &client, const ReferenceData &reference, const QString &file)
{
    auto csv = LaporCsvSource::fromFile(laporData(file), reference, [] { return laporNow(); });
    REQUIRE(csv.ok());
    const auto result = LaporImporter(client.cache(), reference, [] { return laporNow(); }).import(csv.value());
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

QStringList hubTypes(TestHub &hub, const QString &trackingId)
{
    const auto history = hub.store().history(laporIds::complaintId(trackingId));
    REQUIRE(history.ok());
    QStringList types;
    for (const Event &event : history.value())
        types.append(event.typeName);
    return types;
}

qint64 laporComplaints(TestHub &hub)
{
    return hub.scalar(u"SELECT COUNT(*) FROM complaints WHERE external_ref LIKE '#48%'"_s).toLongLong();
}

QStringList skippedRows(const LaporImportResult &result)
{
    QStringList rows;
    for (const LaporRowOutcome &o : result.outcomes) {
        if (o.kind == LaporRowOutcome::Kind::Skipped)
            rows.append(o.trackingId);
    }
    return rows;
}

} // namespace

TEST_CASE("importing a LAPOR! export twice and then one with changed statuses gives the right complaints and events")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    TestClient client(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    client.requireSync();
    const ReferenceData &reference = hub.reference();

    // First import: six new complaints, each under the id its tracking id gives.
    const LaporImportResult first = importFile(client, reference, u"lapor-export-1.csv"_s);
    CHECK(first.count(LaporRowOutcome::Kind::Intake) == 6);
    CHECK(first.reportersLeftOut == 2);
    client.requireSync();
    CHECK(client.outbox().isEmpty());
    CHECK(laporComplaints(hub) == 6);
    for (const QString &id :
         {u"#4821057"_s, u"#4821133"_s, u"#4821290"_s, u"#4821377"_s, u"#4821402"_s, u"#4821519"_s}) {
        INFO(id.toStdString());
        CHECK(hubTypes(hub, id) == QStringList {u"received"_s});
        const auto cached = client.cached(laporIds::complaintId(id));
        REQUIRE(cached);
        CHECK(cached->externalRef == id);
        CHECK(cached->channel == Channel::Lapor);
        CHECK(cached->trackingId.startsWith(u"SRG-2026-"_s));
    }
    const auto walantaka = client.cached(laporIds::complaintId(u"#4821290"_s));
    CHECK(walantaka->receivedAt == QDateTime(QDate(2026, 11, 10), QTime(2, 30), Qt::UTC)); // LAPOR!'s date
    CHECK(walantaka->anonim);
    CHECK(walantaka->kecamatan == u"WALANTAKA"_s);
    // Reported 41 days before: beyond what may be stated, it arrives at hub time and its text keeps the date.
    const auto taktakan = client.cached(laporIds::complaintId(u"#4821519"_s));
    CHECK(taktakan->receivedAt > QDateTime(QDate(2026, 11, 30), QTime(3, 59), Qt::UTC));
    CHECK(taktakan->body.endsWith(u"(Reported to LAPOR! on 20/10/2026 08:15 WIB.)"_s));
    // Identities named in the file are not imported: the hub holds none for these complaints.
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM identities WHERE complaint_id = ?"_s,
                     {uuidText(laporIds::complaintId(u"#4821057"_s))})
              .toLongLong()
          == 0);

    // The same export again: nothing queued, nothing on the hub.
    const qint64 head = hub.head();
    const LaporImportResult again = importFile(client, reference, u"lapor-export-1.csv"_s);
    CHECK(again.queued.isEmpty());
    CHECK(again.count(LaporRowOutcome::Kind::Unchanged) == 6);
    client.requireSync();
    CHECK(hub.head() == head);
    CHECK(laporComplaints(hub) == 6);

    // Meanwhile the city works #4821057 to a response.
    const QUuid lamp = laporIds::complaintId(u"#4821057"_s);
    hub.run(u"operator"_s, CommandType::Verify, lamp, verifyPayload());
    hub.run(u"operator"_s, CommandType::Dispatch, lamp, {{u"opd"_s, u"DISHUB"_s}});
    hub.run(u"liaison-dishub"_s, CommandType::Acknowledge, lamp, {});
    hub.run(u"liaison-dishub"_s, CommandType::Respond, lamp,
            {{u"response"_s, u"Lampu sudah diganti petugas Dishub pada 28 November."_s},
             {u"override_reason"_s, u"Pekerjaan selesai di lapangan; ceklis menyusul."_s}});
    client.requireSync();

    // The next export: the reporter closed #4821057, LAPOR! passed #4821402 to the police, #4821290 was deferred
    // by LAPOR!'s administrator, #4821133 says "Selesai" without a response here, and #4821644 is new.
    const LaporImportResult changed = importFile(client, reference, u"lapor-export-2.csv"_s);
    CHECK(changed.count(LaporRowOutcome::Kind::Intake) == 1);
    CHECK(changed.count(LaporRowOutcome::Kind::Change) == 2);
    CHECK(skippedRows(changed) == QStringList {u"#4821133"_s, u"#4821290"_s});
    REQUIRE(changed.queued.size() == 3);
    CHECK(changed.queued.at(0).type == CommandType::Close);
    CHECK(changed.queued.at(1).type == CommandType::NotOurAuthority);
    CHECK(changed.queued.at(1).payload.value(u"agency"_s).toString() == u"POLRESTA"_s);
    client.requireSync();
    CHECK(client.outbox().isEmpty());
    CHECK(
        hubTypes(hub, u"#4821057"_s)
        == QStringList {u"received"_s, u"verified"_s, u"dispatched"_s, u"acknowledged"_s, u"responded"_s, u"closed"_s});
    CHECK(hubTypes(hub, u"#4821402"_s) == QStringList {u"received"_s, u"forwarded"_s});
    CHECK(client.cached(laporIds::complaintId(u"#4821402"_s))->agency == u"POLRESTA"_s);
    CHECK(hubTypes(hub, u"#4821133"_s) == QStringList {u"received"_s});
    CHECK(hubTypes(hub, u"#4821290"_s) == QStringList {u"received"_s});
    CHECK(hubTypes(hub, u"#4821644"_s) == QStringList {u"received"_s});
    CHECK(laporComplaints(hub) == 7);

    // The changed export a second time: every change is already there.
    const qint64 afterChanges = hub.head();
    const LaporImportResult repeated = importFile(client, reference, u"lapor-export-2.csv"_s);
    CHECK(repeated.queued.isEmpty());
    CHECK(skippedRows(repeated) == QStringList {u"#4821133"_s, u"#4821290"_s});
    client.requireSync();
    CHECK(hub.head() == afterChanges);
}

TEST_CASE("a second workstation importing the same export offline makes no second complaint on the hub")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    TestClient operatorClient(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    TestClient supervisorClient(hub.url(), u"supervisor"_s, dir.filePath(u"supervisor.sqlite"_s));
    operatorClient.requireSync();
    supervisorClient.requireSync();

    importFile(operatorClient, hub.reference(), u"lapor-export-1.csv"_s);
    // The supervisor's workstation has not seen them yet and queues the same intakes under its own name.
    const LaporImportResult other = importFile(supervisorClient, hub.reference(), u"lapor-export-1.csv"_s);
    CHECK(other.count(LaporRowOutcome::Kind::Intake) == 6);
    operatorClient.requireSync();
    supervisorClient.requireSync();
    CHECK(supervisorClient.outbox().isEmpty());
    CHECK(supervisorClient.engine().status().refused == 0);
    CHECK(laporComplaints(hub) == 6);
    CHECK(hubTypes(hub, u"#4821377"_s) == QStringList {u"received"_s});
    CHECK(supervisorClient.cached(laporIds::complaintId(u"#4821377"_s))->externalRef == u"#4821377"_s);
}

TEST_CASE(
    "reporters named in an export reach the hub's identity table with their intakes and no file of the workstation")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(u"operator.sqlite"_s);
    // The sync engine as the GUI runs it: the identities the import holds are sent with their intakes.
    auto held = std::make_shared<HeldIdentities>();
    SyncSettings settings = settingsFor(hub.url(), u"operator"_s, cachePath);
    settings.identities = held;
    SyncEngine engine(settings);
    REQUIRE_FALSE(engine.open(newConnectionName()));
    REQUIRE_FALSE(engine.syncOnce());

    auto csv = LaporCsvSource::fromFile(laporData(u"lapor-export-2.csv"_s), hub.reference(), [] { return laporNow(); });
    REQUIRE(csv.ok());
    LaporImporter importer(engine.cache(), hub.reference(), [] { return laporNow(); });
    importer.setIdentities(held);
    const auto result = importer.import(csv.value());
    REQUIRE(result.ok());
    CHECK(result->reportersHeld == 3);
    CHECK(result->reportersLeftOut == 0);
    CHECK(held->count() == 3);
    for (const Command &command : result->queued)
        CHECK_FALSE(command.payload.contains(u"identity"_s));

    const Status synced = engine.syncOnce();
    INFO((synced ? synced->message : QString()).toStdString());
    REQUIRE_FALSE(synced);
    CHECK(held->count() == 0); // sent and forgotten
    const auto identity = hub.store().identity(laporIds::complaintId(u"#4821644"_s));
    REQUIRE(identity.ok());
    REQUIRE(identity.value());
    CHECK(identity.value()->name == u"Pelapor Uji Tiga"_s);
    CHECK(hub.store().identity(laporIds::complaintId(u"#4821377"_s)).value()->name == u"Pelapor Uji Dua"_s);
    CHECK_FALSE(hub.store().identity(laporIds::complaintId(u"#4821133"_s)).value()); // the export names nobody

    // None of the names in the cache, its -wal or -shm.
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden);
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(file.fileName().toStdString());
        for (const char *name : {"Pelapor Uji Satu", "Pelapor Uji Dua", "Pelapor Uji Tiga"})
            CHECK_FALSE(bytes.contains(name));
    }
}

TEST_CASE("a reporter's reply in a LAPOR! export resumes the deferred complaint with that answer, once")
{
    TestHub hub({10, StoreKind::Demo, true});
    QTemporaryDir dir;
    TestClient client(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s));
    client.requireSync();
    const ReferenceData &reference = hub.reference();
    importFile(client, reference, u"lapor-export-1.csv"_s);
    client.requireSync();

    // The city asks the reporter of #4821377 on LAPOR! which kelurahan they recorded in; the complaint waits.
    const QUuid ktp = laporIds::complaintId(u"#4821377"_s);
    hub.run(u"operator"_s, CommandType::Defer, ktp,
            {{u"reason"_s, u"incomplete_information"_s},
             {u"reporter_message"_s, u"Mohon sebutkan kelurahan tempat perekaman KTP-el."_s},
             {u"reporter_channel"_s, u"lapor"_s}});
    client.requireSync();
    REQUIRE(client.cached(ktp)->state == ComplaintState::Deferred);

    // The next export carries the reporter's reply in a column of its own; the other rows have none.
    QFile source(laporData(u"lapor-export-1.csv"_s));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
    const QString reply = u"Perekaman di Kelurahan Cipare, Kecamatan Serang, tanggal 12 Agustus."_s;
    for (QString &line : lines) {
        if (line.startsWith(u"ID Tracking"_s))
            line += u",Tanggapan Pelapor"_s;
        else if (line.startsWith(u"#4821377"_s))
            line += u",\""_s + reply + u'"';
        else if (line.startsWith(u'#'))
            line += u","_s;
    }
    const QString path = dir.filePath(u"lapor-reply.csv"_s);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(lines.join(u'\n').toUtf8());
    out.close();
    const auto importReply = [&] {
        auto csv = LaporCsvSource::fromFile(path, reference, [] { return laporNow(); });
        REQUIRE(csv.ok());
        const auto result = LaporImporter(client.cache(), reference, [] { return laporNow(); }).import(csv.value());
        REQUIRE(result.ok());
        return result.value();
    };

    const LaporImportResult answered = importReply();
    REQUIRE(answered.queued.size() == 1);
    CHECK(answered.queued.first().type == CommandType::Resume);
    client.requireSync();
    CHECK(client.outbox().isEmpty());
    CHECK(hubTypes(hub, u"#4821377"_s) == QStringList {u"received"_s, u"deferred"_s, u"resumed"_s});
    const auto history = hub.store().history(ktp);
    REQUIRE(history.ok());
    CHECK(history->last().payload.value(u"reporter_answer"_s).toString() == reply);
    CHECK(history->last().payload.value(u"reporter_channel"_s).toString() == u"lapor"_s);
    CHECK(client.cached(ktp)->state == ComplaintState::Received);

    // Asked again later, the same export (still showing the first reply) does not answer the new question.
    hub.run(u"operator"_s, CommandType::Defer, ktp,
            {{u"reason"_s, u"incomplete_information"_s},
             {u"reporter_message"_s, u"Mohon lampirkan foto bukti perekaman."_s},
             {u"reporter_channel"_s, u"lapor"_s}});
    client.requireSync();
    const qint64 head = hub.head();
    const LaporImportResult stale = importReply();
    CHECK(stale.queued.isEmpty());
    CHECK(skippedRows(stale) == QStringList {u"#4821377"_s});
    client.requireSync();
    CHECK(hub.head() == head);
    CHECK(client.cached(ktp)->state == ComplaintState::Deferred);
}
