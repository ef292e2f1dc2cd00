#include "CodecSamples.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace samples {
namespace {

const QUuid kComplaint = uuid(u"0b6c7a52-9e1f-4c3d-a5b7-c9d1e3f5a7b9");

Command command(int n, CommandType type, QJsonObject payload)
{
    Command c;
    c.commandId = QUuid::createUuidV5(kComplaint, u"command-%1"_s.arg(n));
    c.type = type;
    c.complaintId = kComplaint;
    c.baseVersion = n;
    c.baseEpoch = 2;
    c.payload = std::move(payload);
    return c;
}

Event event(int n, EventType type, const Actor &actor, QJsonObject payload)
{
    Event e;
    e.seq = 1000 + 3 * n;
    e.id = QUuid::createUuidV5(kComplaint, u"event-%1"_s.arg(n));
    e.type = type;
    e.typeName = toCode(type);
    e.complaintId = kComplaint;
    e.version = n + 1;
    e.at = QDateTime(QDate(2026, 11, 2), QTime(1, 15, 30, 125), Qt::UTC).addSecs(qint64(n) * 5400);
    e.actor = actor;
    e.workstation = actor.role == Role::Liaison ? u"OPD-"_s + actor.opd : u"WS-KOMINFO-02"_s;
    e.commandId = QUuid::createUuidV5(kComplaint, u"command-%1"_s.arg(n));
    e.payload = std::move(payload);
    e.prevHash = QString::fromLatin1(QByteArray(64, 'a'));
    e.hash = QString::fromLatin1(QByteArray(64, 'b'));
    return e;
}

} // namespace

QUuid uuid(const char16_t *text)
{
    return QUuid::fromString(QStringView(text));
}

QList<Command> commands()
{
    using C = CommandType;
    return {
        command(0, C::Intake,
                {{u"channel"_s, u"walk_in"_s},
                 {u"external_ref"_s, u"LPR7730125"_s},
                 {u"title"_s, u"Blanko KTP-el habis, sudah 3 bulan belum dicetak"_s},
                 {u"body"_s,
                  u"Dengan hormat, perekaman KTP-el saya sudah selesai sejak 4 Agustus di Disdukcapil, "
                  u"tapi sampai sekarang belum dicetak karena blanko habis.\nMohon kejelasannya."_s},
                 {u"classification"_s, u"pengaduan"_s},
                 {u"category"_s, u"adminduk-ktp"_s},
                 {u"service"_s, u"ktp-el"_s},
                 {u"kecamatan"_s, u"WALANTAKA"_s},
                 {u"kelurahan"_s, u"WALANTAKA-PIPITAN"_s},
                 {u"address"_s, u"Kp. Pipitan RT 02/RW 05"_s},
                 {u"anonim"_s, true},
                 {u"rahasia"_s, false},
                 {u"received_at"_s, u"2026-11-02T08:10:00.000+07:00"_s},
                 {u"identity"_s,
                  QJsonObject {{u"name"_s, u"Euis Suryani"_s},
                               {u"nik"_s, u"3673034512890003"_s},
                               {u"phone"_s, u"081311223344"_s},
                               {u"email"_s, u"euis.suryani@gmail.com"_s},
                               {u"address"_s, u"Kp. Pipitan RT 02/RW 05, Walantaka"_s}}}}),
        command(1, C::Verify,
                {{u"classification"_s, u"permintaan_informasi"_s},
                 {u"category"_s, u"adminduk-ktp"_s},
                 {u"service"_s, u"ktp-el"_s},
                 {u"title"_s, u"Kapan blanko KTP-el tersedia?"_s},
                 {u"anonim"_s, true},
                 {u"rahasia"_s, true}}),
        command(2, C::Defer, {{u"reason"_s, u"other"_s}, {u"note"_s, u"Mohon lampirkan foto bukti perekaman."_s}}),
        command(3, C::Resume, {{u"note"_s, u"Pelapor sudah mengirim foto."_s}}),
        command(4, C::Reject, {{u"reason"_s, u"not_public_service"_s}, {u"note"_s, u"Urusan pribadi antarwarga."_s}}),
        command(5, C::NotOurAuthority, {{u"agency"_s, u"POLRESTA"_s}, {u"note"_s, u"SIM adalah kewenangan Polri."_s}}),
        command(6, C::MarkDuplicate,
                {{u"duplicate_of"_s, u"5f2e8d41-7c6b-4a39-9e18-2d3c4b5a6978"_s},
                 {u"note"_s, u"Sama dengan laporan tetangga kemarin."_s}}),
        command(7, C::Dispatch,
                {{u"opd"_s, u"DISDUKCAPIL"_s}, {u"note"_s, u"Mohon segera, pelapor butuh untuk melamar kerja."_s}}),
        command(8, C::Return, {{u"reason"_s, u"other_opd"_s}, {u"note"_s, u"Ini kewenangan Kecamatan Walantaka."_s}}),
        command(9, C::Acknowledge, {{u"note"_s, u"Diterima, sedang dicek di SIAK."_s}}),
        command(10, C::Respond,
                {{u"response"_s,
                  u"KTP-el Saudara sudah dicetak dan dapat diambil di kantor "
                  u"Kecamatan Walantaka mulai Senin, 9 November 2026."_s}}),
        command(11, C::Reopen, {{u"reason"_s, u"Pelapor: KTP belum ada di kecamatan, petugas bilang blm dikirim."_s}}),
        command(12, C::Close, {{u"note"_s, u"Pelapor sudah menerima KTP-el."_s}}),
        command(
            13, C::Escalate,
            {{u"reason"_s, u"Tindak lanjut OPD melewati 14 hari."_s}, {u"clock"_s, u"followup"_s}, {u"cycle"_s, 2}}),
        command(14, C::Assign, {{u"assignee"_s, u"op.dede"_s}, {u"note"_s, u"Tolong dipantau, Kang."_s}}),
        command(15, C::Claim, {}),
        command(16, C::Release, {}),
        command(17, C::AddNote, {{u"text"_s, u"Pelapor menelepon lagi, menanyakan perkembangan. Sdh dijelaskan."_s}}),
        command(18, C::CompleteStep, {{u"step"_s, u"verifikasi-siak"_s}, {u"note"_s, u"Data cocok."_s}}),
        command(19, C::ReopenStep, {{u"step"_s, u"cetak-ktp"_s}, {u"reason"_s, u"Hasil cetak buram, cetak ulang."_s}}),
        command(20, C::RevealIdentity, {{u"reason"_s, u"Permintaan penyidik, surat B/123/XI/2026."_s}}),
        command(21, C::AddAttachment,
                {{u"attachment_id"_s, u"0b9c2f6e-58a1-4d7e-9c3b-2e1f0a9d8c7b"_s},
                 {u"name"_s, u"jalan-rusak-kasemen.jpg"_s},
                 {u"type"_s, u"image/jpeg"_s},
                 {u"size"_s, 482113},
                 {u"sha256"_s, u"3f0a9c2b7d5e14f86a0b3c9d2e7f1a4b5c6d8e9f0a1b2c3d4e5f6a7b8c9d0e1f"_s}}),
    };
}

QList<Event> events()
{
    using E = EventType;
    const Actor op {u"op.rina"_s, Role::Operator, QString()};
    const Actor liaison {u"liaison-disdukcapil"_s, Role::Liaison, u"DISDUKCAPIL"_s};
    const Actor system {u"system"_s, Role::System, QString()};
    return {
        event(0, E::Received, op,
              {{u"channel"_s, u"lapor"_s},
               {u"external_ref"_s, u"LPR7730125"_s},
               {u"tracking_id"_s, u"SRG-2026-0004711"_s},
               {u"received_at"_s, u"2026-11-02T01:10:00.000Z"_s},
               {u"title"_s, u"Blanko KTP-el habis"_s},
               {u"body"_s, u"pak tolong dong, ktp sy udh rekam dr agustus blm jadi jg 🙏"_s},
               {u"classification"_s, u"pengaduan"_s},
               {u"category"_s, u"adminduk-ktp"_s},
               {u"service"_s, u"ktp-el"_s},
               {u"kecamatan"_s, u"WALANTAKA"_s},
               {u"kelurahan"_s, u"WALANTAKA-PIPITAN"_s},
               {u"address"_s, u"Kp. Pipitan"_s},
               {u"anonim"_s, false},
               {u"rahasia"_s, true},
               {u"reporter_digest"_s, u"b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78"_s}}),
        event(1, E::Verified, op,
              {{u"classification"_s, u"pengaduan"_s},
               {u"category"_s, u"adminduk-ktp"_s},
               {u"service"_s, u"ktp-el"_s},
               {u"title"_s, u"Blanko KTP-el habis, belum dicetak sejak Agustus"_s}}),
        event(2, E::Deferred, op, {{u"reason"_s, u"evidence_needed"_s}, {u"note"_s, u"Mohon foto resi perekaman."_s}}),
        event(3, E::Resumed, op, {{u"note"_s, u"Foto sudah dikirim."_s}}),
        event(4, E::Rejected, op, {{u"reason"_s, u"spam"_s}}),
        event(5, E::Forwarded, op, {{u"agency"_s, u"SAMSAT"_s}, {u"note"_s, u"Pajak kendaraan: Samsat."_s}}),
        event(6, E::MarkedDuplicate, op, {{u"duplicate_of"_s, u"5f2e8d41-7c6b-4a39-9e18-2d3c4b5a6978"_s}}),
        event(7, E::Dispatched, op, {{u"opd"_s, u"DISDUKCAPIL"_s}, {u"cycle"_s, 1}, {u"note"_s, u"Prioritas."_s}}),
        event(8, E::Returned, liaison,
              {{u"opd"_s, u"DISDUKCAPIL"_s}, {u"reason"_s, u"wrong_area"_s}, {u"note"_s, u"Urusan kecamatan."_s}}),
        event(9, E::Acknowledged, liaison, {}),
        event(10, E::Responded, liaison, {{u"response"_s, u"Sudah dicetak, silakan ambil di kecamatan."_s}}),
        event(11, E::Reopened, op, {{u"reason"_s, u"Belum ada di kecamatan."_s}, {u"cycle"_s, 2}}),
        event(12, E::Closed, system, {{u"automatic"_s, true}}),
        event(13, E::Escalated, system,
              {{u"reason"_s, u"Tindak lanjut OPD melewati 14 hari."_s}, {u"clock"_s, u"followup"_s}, {u"cycle"_s, 2}}),
        event(14, E::Assigned, op, {{u"assignee"_s, u"op.rina"_s}}),
        event(15, E::Released, op, {{u"previous"_s, u"op.rina"_s}}),
        event(16, E::NoteAdded, liaison, {{u"text"_s, u"Blanko datang minggu depan (info Dirjen Dukcapil)."_s}}),
        event(17, E::StepDone, liaison, {{u"step"_s, u"verifikasi-siak"_s}, {u"phone_report"_s, false}}),
        event(18, E::StepReopened, op,
              {{u"step"_s, u"cetak-ktp"_s}, {u"reason"_s, u"Cetak ulang."_s}, {u"phone_report"_s, true}}),
        event(19, E::IdentityRevealed, op, {{u"reason"_s, u"Permintaan penyidik, surat B/123/XI/2026."_s}}),
        event(20, E::AttachmentAdded, liaison,
              {{u"attachment_id"_s, u"0b9c2f6e-58a1-4d7e-9c3b-2e1f0a9d8c7b"_s},
                 {u"name"_s, u"jalan-rusak-kasemen.jpg"_s},
                 {u"type"_s, u"image/jpeg"_s},
                 {u"size"_s, 482113},
                 {u"sha256"_s, u"3f0a9c2b7d5e14f86a0b3c9d2e7f1a4b5c6d8e9f0a1b2c3d4e5f6a7b8c9d0e1f"_s}}),
    };
}

Complaint fullComplaint()
{
    Complaint c;
    c.id = kComplaint;
    c.trackingId = u"SRG-2026-0004711"_s;
    c.externalRef = u"LPR7730125"_s;
    c.channel = Channel::SocialMedia;
    c.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(1, 10, 0, 999), Qt::UTC);
    c.title = u"Jalan rusak parah di Jl. Raya Serang–Pandeglang"_s;
    c.body = u"Lubangnya dalam bgt, udah 3 motor jatuh minggu ini. Kumaha ieu, Pak?"_s;
    c.classification = Classification::Aspirasi;
    c.category = u"infrastruktur-jalan"_s;
    c.service = u"jalan-rusak"_s;
    c.kecamatan = u"TAKTAKAN"_s;
    c.kelurahan = u"TAKTAKAN-KURANJI"_s;
    c.address = u"Depan Indomaret Kuranji"_s;
    c.anonim = true;
    c.rahasia = true;
    c.state = ComplaintState::InProgress;
    c.opd = u"PUPR"_s;
    c.agency = u"PEMPROV"_s;
    c.assignee = u"op.asep"_s;
    c.duplicateOf = uuid(u"5f2e8d41-7c6b-4a39-9e18-2d3c4b5a6978");
    c.escalated = true;
    c.cycle = 3;
    c.version = 17;
    c.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 45, 1, 5), Qt::UTC);
    return c;
}

Complaint freshComplaint()
{
    Complaint c;
    c.id = uuid(u"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    c.trackingId = u"SRG-2026-0004712"_s;
    c.channel = Channel::Phone;
    c.receivedAt = QDateTime(QDate(2026, 11, 29), QTime(23, 59, 59), Qt::UTC);
    c.title = u"Sampah menumpuk di TPS Pasar Rau"_s;
    c.version = 1;
    return c;
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace samples
