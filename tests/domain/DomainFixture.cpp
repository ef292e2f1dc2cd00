#include "DomainFixture.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace fixture {

bool SmallCity::hasOpd(QStringView code) const
{
    return code == QStringView(kOwnOpd) || code == QStringView(kOtherOpd) || code == u"DLH"_s;
}
bool SmallCity::hasAgency(QStringView code) const
{
    return code == u"POLRESTA"_s;
}
bool SmallCity::hasCategory(QStringView id) const
{
    return id == u"perhubungan-pju"_s || id == u"infrastruktur-jalan"_s;
}
bool SmallCity::hasService(QStringView code) const
{
    return code == u"pju"_s || code == u"jalan-rusak"_s;
}
bool SmallCity::hasKecamatan(QStringView code) const
{
    return code == u"SERANG"_s || code == u"KASEMEN"_s;
}

const SmallCity &city()
{
    static const SmallCity instance;
    return instance;
}

QDateTime now()
{
    return QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
}

QUuid complaintId()
{
    return QUuid::fromString(u"0b6c7a52-9e1f-4c3d-a5b7-c9d1e3f5a7b9"_s);
}
QUuid otherComplaintId()
{
    return QUuid::fromString(u"5f2e8d41-7c6b-4a39-9e18-2d3c4b5a6978"_s);
}

Actor operatorActor()
{
    return {u"op.rina"_s, Role::Operator, QString()};
}
Actor supervisorActor()
{
    return {u"supervisor"_s, Role::Supervisor, QString()};
}
Actor trainerActor()
{
    return {u"pelatih"_s, Role::Trainer, QString()};
}
Actor adminActor()
{
    return {u"admin"_s, Role::Admin, QString()};
}
Actor systemActor()
{
    return {u"system"_s, Role::System, QString()};
}
Actor ownLiaison()
{
    return {u"liaison-dishub"_s, Role::Liaison, QString::fromUtf16(kOwnOpd)};
}
Actor otherLiaison()
{
    return {u"liaison-pupr"_s, Role::Liaison, QString::fromUtf16(kOtherOpd)};
}

Complaint complaintIn(ComplaintState state)
{
    Complaint c;
    c.id = complaintId();
    c.trackingId = u"SRG-2026-0000123"_s;
    c.channel = Channel::Lapor;
    c.externalRef = u"LPR4418820"_s;
    c.receivedAt = now().addDays(-6);
    c.title = u"Lampu PJU mati di Jl. Ahmad Yani"_s;
    c.body = u"Sudah dua minggu lampu jalan di depan Masjid Agung mati, jalan jadi gelap dan rawan begal."_s;
    c.classification = Classification::Pengaduan;
    c.category = u"perhubungan-pju"_s;
    c.service = u"pju"_s;
    c.kecamatan = u"SERANG"_s;
    c.state = state;
    c.opd = QString::fromUtf16(kOwnOpd);
    c.assignee = u"op.dede"_s;
    c.cycle = 1;
    c.version = 5;
    c.updatedAt = now().addDays(-1);
    return c;
}

QJsonObject validPayload(CommandType type)
{
    using C = CommandType;
    switch (type) {
    case C::Intake:
        return {{u"channel"_s, u"walk_in"_s},
                {u"title"_s, u"Jalan berlubang di Kasemen"_s},
                {u"body"_s, u"Jalan di depan SDN Kasemen 1 berlubang besar, sudah ada motor yang jatuh."_s},
                {u"kecamatan"_s, u"KASEMEN"_s},
                {u"service"_s, u"jalan-rusak"_s}};
    case C::Verify:
        return {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, u"perhubungan-pju"_s}, {u"service"_s, u"pju"_s}};
    case C::Defer:
        return {{u"reason"_s, u"unclear_location"_s}, {u"note"_s, u"Mohon sebutkan nama jalan atau patokan."_s}};
    case C::Resume:
        return {{u"note"_s, u"Pelapor sudah mengirim foto lokasi."_s}};
    case C::Reject:
        return {{u"reason"_s, u"too_general"_s}};
    case C::NotOurAuthority:
        return {{u"agency"_s, u"POLRESTA"_s}};
    case C::MarkDuplicate:
        return {{u"duplicate_of"_s, otherComplaintId().toString(QUuid::WithoutBraces)}};
    case C::Dispatch:
        return {{u"opd"_s, QString::fromUtf16(kOwnOpd)}};
    case C::Return:
        return {{u"reason"_s, u"other_opd"_s}, {u"note"_s, u"Ini kewenangan PUPR."_s}};
    case C::Acknowledge:
        return {};
    case C::Respond:
        return {{u"response"_s, u"Lampu sudah diganti oleh petugas UPT PJU pada hari Senin."_s}};
    case C::Reopen:
        return {{u"reason"_s, u"Pelapor menyatakan lampu mati lagi."_s}};
    case C::Close:
        return {{u"note"_s, u"Pelapor menyatakan selesai."_s}};
    case C::Escalate:
        return {{u"reason"_s, u"Tindak lanjut OPD melewati 14 hari."_s}, {u"clock"_s, u"followup"_s}, {u"cycle"_s, 1}};
    case C::Assign:
        return {{u"assignee"_s, u"op.asep"_s}};
    case C::Claim:
    case C::Release:
        return {};
    case C::AddNote:
        return {{u"text"_s, u"Sudah dikonfirmasi lewat telepon."_s}};
    case C::CompleteStep:
        return {{u"step"_s, u"survei-lapangan"_s}};
    case C::ReopenStep:
        return {{u"step"_s, u"survei-lapangan"_s}, {u"reason"_s, u"Foto survei belum diunggah."_s}};    case C::RevealIdentity:
        return {{u"reason"_s, u"Permintaan penyidik, surat B/123/XI/2026."_s}};
    case C::AddAttachment:
        return {{u"attachment_id"_s, u"0b9c2f6e-58a1-4d7e-9c3b-2e1f0a9d8c7b"_s}, {u"name"_s, u"foto-lokasi.jpg"_s},
                {u"type"_s, u"image/jpeg"_s}, {u"size"_s, 1024},
                {u"sha256"_s, u"3f0a9c2b7d5e14f86a0b3c9d2e7f1a4b5c6d8e9f0a1b2c3d4e5f6a7b8c9d0e1f"_s}};
    }
    return {};
}

Command commandFor(CommandType type, const QJsonObject &payload)
{
    Command command;
    command.commandId = QUuid::fromString(u"7d0f1e4a-3b2c-4d5e-8f90-a1b2c3d4e5f6"_s);
    command.type = type;
    command.complaintId = complaintId();
    command.baseVersion = 5;
    command.baseEpoch = 1;
    command.payload = payload;
    return command;
}

Command commandFor(CommandType type)
{
    return commandFor(type, validPayload(type));
}

DecisionContext contextFor(const Actor &actor)
{
    return {actor, now(), u"SRG-2026-0000124"_s, &city()};
}

std::string describe(const Refusal &refusal)
{
    return "refused (" + refusal.code.toStdString() + "): " + refusal.message.toStdString();
}

} // namespace fixture
