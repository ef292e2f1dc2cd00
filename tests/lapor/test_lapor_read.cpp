// Reading LAPOR! exports: every bad row is reported by its row number and column, and no good row is lost; a
// renamed and reordered layout maps through a mapping; ids follow from the tracking id.
#include <catch2/catch.hpp>

#include "LaporFixtures.h"
#include "lapor/LaporCsvSource.h"
#include "lapor/LaporIds.h"
#include "lapor/LaporImporter.h"
#include "lapor/LaporStatus.h"
#include "refdata/ReferenceLoader.h"
#include "store/SyncRepository.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const ReferenceData &reference()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

LaporCsvSource source(const QString &file)
{
    auto opened = LaporCsvSource::fromFile(laporData(file), reference(), [] { return laporNow(); });
    INFO((opened.ok() ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

QStringList trackingIds(const LaporBatch &batch)
{
    QStringList ids;
    for (const LaporReport &r : batch.reports)
        ids.append(r.trackingId);
    return ids;
}

} // namespace

TEST_CASE("each malformed row of an export is reported by its row number and column and every good row is kept")
{
    LaporCsvSource csv = source(u"lapor-malformed.csv"_s);
    const auto batch = csv.fetch();
    REQUIRE(batch.ok());
    CHECK(batch->rowsRead == 9);
    // Row 6 spans two lines (a line break inside its quoted text), so later rows are one line further down.
    CHECK(trackingIds(batch.value()) == QStringList {u"#4830011"_s, u"#4830066"_s, u"#4830088"_s, u"#4830100"_s});
    CHECK(batch->reports.at(1).body
          == u"Pohon besar tumbang menutup separuh jalan.\nSudah dua hari belum dipotong, kendaraan harus bergantian "
             u"lewat."_s);
    CHECK(batch->reports.at(1).row == 6);
    CHECK(batch->reports.at(2).row == 8);
    CHECK(batch->reports.at(2).line == 9);

    REQUIRE(batch->problems.size() == 5);
    const auto &p = batch->problems;
    CHECK(p.at(0).row == 3);
    CHECK(p.at(0).field == u"Tanggal Laporan"_s);
    CHECK(p.at(0).message == u"\"31/02/2026 10:00\" is not a date (such as 27/11/2026 08:15, WIB)"_s);
    CHECK(p.at(1).row == 4);
    CHECK(p.at(1).field == u"ID Tracking"_s);
    CHECK(p.at(1).message == u"the tracking id is missing"_s);
    CHECK(p.at(2).row == 5);
    CHECK(p.at(2).field.isEmpty());
    CHECK(p.at(2).message == u"expected 13 columns, found 11"_s);
    CHECK(p.at(3).row == 7);
    CHECK(p.at(3).line == 8);
    CHECK(p.at(3).message == u"text after a closing quote"_s);
    CHECK(p.at(4).row == 9);
    CHECK(p.at(4).field == u"Judul Laporan"_s);
    CHECK(p.at(4).message.startsWith(u"the text is not UTF-8"_s));
}

TEST_CASE("a quoted field left open to the end of the file costs only its own row")
{
    const QByteArray bytes = "ID Tracking,Tanggal Laporan,Isi Laporan\n"
                             "#5000001,01/11/2026 08:00,\"Isi yang tidak pernah ditutup\n"
                             "#5000002,02/11/2026 09:00,Sampah di Jalan Walantaka belum diangkut\n";
    auto csv = LaporCsvSource::fromBytes(u"open.csv"_s, bytes, reference(), [] { return laporNow(); });
    REQUIRE(csv.ok());
    const auto batch = csv.value().fetch();
    REQUIRE(batch.ok());
    CHECK(trackingIds(batch.value()) == QStringList {u"#5000002"_s});
    REQUIRE(batch->problems.size() == 1);
    CHECK(batch->problems.first().row == 2);
    CHECK(batch->problems.first().message == u"a quoted field is not closed"_s);
}

TEST_CASE("the default layout is recognised and its values become our codes")
{
    LaporCsvSource csv = source(u"lapor-export-1.csv"_s);
    CHECK(csv.mapping().missing(csv.headers()).isEmpty());
    const auto batch = csv.fetch();
    REQUIRE(batch.ok());
    CHECK(batch->problems.isEmpty());
    REQUIRE(batch->reports.size() == 6);
    const LaporReport &walantaka = batch->reports.at(2);
    CHECK(walantaka.trackingId == u"#4821290"_s);
    CHECK(walantaka.kecamatan == u"WALANTAKA"_s);
    CHECK(walantaka.category == u"infrastruktur-jalan"_s);
    CHECK(walantaka.classification == u"pengaduan"_s);
    CHECK(walantaka.anonim);
    CHECK_FALSE(walantaka.rahasia);
    CHECK(walantaka.reportedAt == QDateTime(QDate(2026, 11, 10), QTime(2, 30), Qt::UTC)); // 09:30 WIB
    CHECK(batch->reports.at(4).kecamatan == u"CIPOCOKJAYA"_s);
    CHECK(batch->reports.at(4).classification == u"permintaan_informasi"_s);
    // No title in LAPOR!: the first words of the text.
    CHECK(batch->reports.at(5).title
          == u"Saluran air di depan SDN Taktakan tersumbat lumpur dan sampah plastik, setiap…"_s);
    CHECK(batch->reports.at(0).reporterName == u"Pelapor Uji Satu"_s);
    CHECK(batch->reports.at(1).reporterName.isEmpty());
}

TEST_CASE("a renamed and reordered layout is unknown until mapped, then reads like the default one")
{
    LaporCsvSource csv = source(u"lapor-renamed.csv"_s);
    CHECK(csv.mapping().missing(csv.headers())
          == QStringList {u"LAPOR! tracking id"_s, u"Date of the report"_s, u"Text of the report"_s});
    CHECK_FALSE(csv.fetch().ok());
    const auto mapping
        = LaporMapping::fromJson(QJsonObject {{u"columns"_s,
                                               QJsonObject {{u"tracking_id"_s, u"No. Tiket"_s},
                                                            {u"reported_at"_s, u"Waktu Masuk"_s},
                                                            {u"title"_s, u"Judul Aduan"_s},
                                                            {u"body"_s, u"Isi Aduan"_s},
                                                            {u"status"_s, u"Status Tindak Lanjut"_s},
                                                            {u"kecamatan"_s, u"Wilayah"_s},
                                                            {u"anonim"_s, u"Sembunyikan Identitas"_s},
                                                            {u"rahasia"_s, u"Tidak Dipublikasikan"_s}}}});
    REQUIRE(mapping.ok());
    csv.setMapping(mapping.value());
    const auto batch = csv.fetch();
    REQUIRE(batch.ok());
    CHECK(batch->problems.isEmpty());
    CHECK(trackingIds(batch.value()) == QStringList {u"#4833101"_s, u"#4833102"_s, u"#4833103"_s});
    CHECK(batch->reports.at(1).kecamatan == u"KASEMEN"_s);
    CHECK(batch->reports.at(1).anonim);
    CHECK(batch->reports.at(2).rahasia);
    CHECK(batch->reports.at(0).title == u"Lampu taman Alun-alun padam"_s);
    CHECK(batch->reports.at(0).reportedAt == QDateTime(QDate(2026, 11, 24), QTime(12, 5), Qt::UTC));
    CHECK(LaporMapping::fromJson(mapping->toJson()).value() == mapping.value());
    CHECK_FALSE(LaporMapping::fromJson(QJsonObject {{u"columns"_s, QJsonObject {{u"judul"_s, u"x"_s}}}}).ok());
}

TEST_CASE("ids are UUIDv5 of the tracking id, the same for every workstation")
{
    CHECK(laporIds::normalizedTrackingId(u" # 4821057 "_s) == u"#4821057"_s);
    CHECK(laporIds::normalizedTrackingId(u"4821057"_s) == u"#4821057"_s);
    CHECK(laporIds::normalizedTrackingId(u"LPR-12"_s).isEmpty());
    CHECK(laporIds::complaintId(u"#4821057"_s).version() == QUuid::Sha1);
    CHECK(laporIds::complaintId(u"#4821057"_s) == laporIds::complaintId(u"#4821057"_s));
    CHECK(laporIds::complaintId(u"#4821057"_s) != laporIds::complaintId(u"#4821058"_s));
    CHECK(laporIds::intakeCommandId(u"#4821057"_s) != laporIds::complaintId(u"#4821057"_s));
    CHECK(laporIds::statusCommandId(u"#4821057"_s, u"selesai"_s, 5)
          != laporIds::statusCommandId(u"#4821057"_s, u"selesai"_s, 9));
}

TEST_CASE("LAPOR! statuses map to our commands, or to nothing with a reason")
{
    using A = LaporStatus::Action;
    CHECK(LaporStatus::interpret(u"Terverifikasi"_s, {}, reference()).action == A::Nothing);
    CHECK(LaporStatus::interpret(u"Diteruskan"_s, u"Pemerintah Kota Serang"_s, reference()).action == A::Nothing);
    CHECK(LaporStatus::interpret(u"Selesai"_s, {}, reference()).action == A::Close);
    CHECK(LaporStatus::interpret(u"Dibuka Kembali"_s, {}, reference()).action == A::Reopen);
    const LaporStatus forwarded = LaporStatus::interpret(u"Dialihkan"_s, u"Polresta Serang Kota"_s, reference());
    CHECK(forwarded.action == A::Forward);
    CHECK(forwarded.agency == u"POLRESTA"_s);
    CHECK(LaporStatus::interpret(u"Diteruskan"_s, u"Kementerian Antah Berantah"_s, reference()).action
          == A::NotApplied);
    CHECK(LaporStatus::interpret(u"Diarsipkan"_s, {}, reference()).action == A::Archive);
    CHECK(LaporStatus::interpret(u"Ditunda"_s, {}, reference()).action == A::NotApplied);
    const LaporStatus odd = LaporStatus::interpret(u"Menunggu Pelapor"_s, {}, reference());
    CHECK(odd.action == A::Unknown);
    CHECK(odd.reason.contains(u"Menunggu Pelapor"_s));
}

TEST_CASE("an import offline queues one intake per good row under derived ids, and a second import queues nothing")
{
    QTemporaryDir dir;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"operator.sqlite"_s), u"lapor-read"_s));
    LaporImporter importer(cache, reference(), [] { return laporNow(); });
    LaporCsvSource csv = source(u"lapor-malformed.csv"_s);
    const auto first = importer.import(csv);
    REQUIRE(first.ok());
    CHECK(first->problems.size() == 5);
    REQUIRE(first->queued.size() == 4);
    CHECK(first->count(LaporRowOutcome::Kind::Intake) == 4);
    const Command &intake = first->queued.first();
    CHECK(intake.type == CommandType::Intake);
    CHECK(intake.commandId == laporIds::intakeCommandId(u"#4830011"_s));
    CHECK(intake.complaintId == laporIds::complaintId(u"#4830011"_s));
    CHECK(intake.payload.value(u"external_ref"_s).toString() == u"#4830011"_s);
    CHECK(intake.payload.value(u"channel"_s).toString() == u"lapor"_s);
    CHECK(intake.payload.value(u"received_at"_s).toString() == u"2026-11-02T01:00:00.000Z"_s);
    CHECK(intake.payload.value(u"kecamatan"_s).toString() == u"CIPOCOKJAYA"_s);
    CHECK_FALSE(intake.payload.contains(u"identity"_s));
    CHECK(SyncRepository(cache).outbox().value().size() == 4);

    const auto second = importer.import(csv);
    REQUIRE(second.ok());
    CHECK(second->queued.isEmpty());
    CHECK(second->count(LaporRowOutcome::Kind::Unchanged) == 4);
    CHECK(SyncRepository(cache).outbox().value().size() == 4);
}
