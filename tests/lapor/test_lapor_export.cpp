// The export for LAPOR!: what the city did about LAPOR! reports since a day, keyed by tracking id, with the columns
// of docs/lapor.md, checked byte for byte on a known cache; complaints without a LAPOR! reference stay out.
#include <catch2/catch.hpp>

#include "lapor/LaporCsvSink.h"
#include "lapor/LaporExporter.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

struct Story
{
    Complaint complaint;
    QList<Event> events;
    qint64 seq = 0;

    Story(const QString &tracking, const QString &externalRef, qint64 firstSeq)
    {
        complaint.id = QUuid::createUuidV5(QUuid(), tracking);
        complaint.trackingId = tracking;
        complaint.externalRef = externalRef;
        complaint.title = u"Aduan "_s + tracking;
        complaint.body = u"Isi aduan."_s;
        seq = firstSeq;
    }
    void add(EventType type, const QDateTime &at, const QJsonObject &payload, Role role = Role::Operator)
    {
        Event e;
        e.seq = seq++;
        e.id = QUuid::createUuidV5(complaint.id, QString::number(e.seq));
        e.type = type;
        e.typeName = toCode(type);
        e.complaintId = complaint.id;
        e.version = events.size() + 1;
        e.at = at;
        e.actor = {role == Role::Liaison ? u"liaison-dishub"_s : u"operator"_s, role, {}};
        e.commandId = QUuid::createUuidV5(e.id, u"command"_s);
        e.payload = payload;
        if (type == EventType::Received) { // as the hub writes it
            e.payload.insert(u"tracking_id"_s, complaint.trackingId);
            e.payload.insert(u"received_at"_s, at.toString(Qt::ISODateWithMs));
        }
        events.append(e);
        complaint.version = e.version;
        complaint.updatedAt = at;
        complaint.receivedAt = events.first().at;
    }
};

} // namespace

TEST_CASE("the export for LAPOR! lists each follow-up since the day asked with the documented columns")
{
    const ReferenceData reference = loadBuiltinReferenceData().value();
    QTemporaryDir dir;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"lapor-export"_s));

    Story lamp(u"SRG-2026-0000101"_s, u"#4821057"_s, 10);
    lamp.add(EventType::Received, utc(3, 0, 42), {{u"title"_s, lamp.complaint.title}});
    lamp.add(EventType::Verified, utc(3, 2, 0), {{u"classification"_s, u"pengaduan"_s}});
    lamp.add(EventType::Dispatched, utc(16, 3, 5),
             {{u"opd"_s, u"DISHUB"_s}, {u"note"_s, u"PJU, segera."_s}, {u"cycle"_s, 1}});
    lamp.add(EventType::Acknowledged, utc(17, 1, 30), {}, Role::Liaison);
    lamp.add(EventType::Responded, utc(24, 8, 0),
             {{u"response"_s, u"Lampu sudah diganti, 3 titik \"Ki Mas Jong\" menyala kembali."_s}}, Role::Liaison);
    lamp.add(EventType::Closed, utc(27, 2, 10), {{u"note"_s, u"LAPOR! #4821057, status \"Selesai\""_s}});

    Story sim(u"SRG-2026-0000102"_s, u"#4821402"_s, 30);
    sim.add(EventType::Received, utc(20, 3, 48), {});
    sim.add(EventType::Forwarded, utc(21, 0, 15), {{u"agency"_s, u"POLRESTA"_s}, {u"note"_s, u"SIM keliling"_s}});

    Story road(u"SRG-2026-0000103"_s, u"#4821290"_s, 40);
    road.add(EventType::Received, utc(10, 2, 30), {});
    road.add(EventType::Rejected, utc(18, 4, 0), {{u"reason"_s, u"too_general"_s}});
    road.add(EventType::Escalated, utc(19, 5, 0), {{u"reason"_s, u"Tenggat tindak lanjut 14 hari terlewati"_s}});

    Story walkIn(u"SRG-2026-0000104"_s, QString(), 50); // not from LAPOR!: never exported
    walkIn.add(EventType::Received, utc(18, 1, 0), {});
    walkIn.add(EventType::Verified, utc(18, 2, 0), {});
    walkIn.add(EventType::Dispatched, utc(18, 3, 0), {{u"opd"_s, u"DLH"_s}, {u"cycle"_s, 1}});

    ComplaintRepository repository(cache);
    REQUIRE_FALSE(repository.begin());
    for (const Story *story : {&lamp, &sim, &road, &walkIn})
        REQUIRE_FALSE(repository.put(story->complaint, story->events));
    REQUIRE_FALSE(repository.commit());

    // Since 16 November, WIB: the verification on the 3rd is left out.
    const QDateTime since(QDate(2026, 11, 16), QTime(0, 0), QTimeZone(7 * 3600));
    const QString path = dir.filePath(u"tindak-lanjut.csv"_s);
    LaporCsvSink sink(path);
    const auto written = LaporExporter(cache, reference).exportSince(since, sink);
    REQUIRE(written.ok());
    CHECK(written.value() == 7);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll())
          == u"ID Tracking,Nomor Rabeg,Tanggal Tindak Lanjut,Jenis Tindak Lanjut,Instansi,Isi Tindak Lanjut\n"
             u"#4821057,SRG-2026-0000101,16/11/2026 10:05,disposisi,Dinas Perhubungan,\"PJU, segera.\"\n"
             u"#4821057,SRG-2026-0000101,17/11/2026 08:30,diterima_opd,,\n"
             u"#4821290,SRG-2026-0000103,18/11/2026 11:00,ditolak,,Masukan terlalu umum\n"
             u"#4821290,SRG-2026-0000103,19/11/2026 12:00,eskalasi,Ombudsman RI Perwakilan Banten,Tenggat tindak "
             u"lanjut 14 hari terlewati\n"
             u"#4821402,SRG-2026-0000102,21/11/2026 07:15,bukan_wewenang,Polresta Serang Kota,SIM keliling\n"
             u"#4821057,SRG-2026-0000101,24/11/2026 15:00,tanggapan,,\"Lampu sudah diganti, 3 titik \"\"Ki Mas "
             u"Jong\"\" menyala kembali.\"\n"
             u"#4821057,SRG-2026-0000101,27/11/2026 09:10,selesai,,\"LAPOR! #4821057, status \"\"Selesai\"\"\"\n"_s);
}
