#include "ReportFixture.h"

#include <catch2/catch.hpp>

#include "domain/Lifecycle.h"
#include "domain/Projection.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace reporttest {
namespace {

Actor operatorActor()
{
    return {u"op.rina"_s, Role::Operator, {}};
}
Actor supervisorActor()
{
    return {u"spv.budi"_s, Role::Supervisor, {}};
}
Actor liaisonOf(const QString &opd)
{
    return {u"liaison-"_s + opd.toLower(), Role::Liaison, opd};
}

} // namespace

const ReferenceData &shipped()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

QDateTime wib(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
    REQUIRE(local.isValid());
    return QDateTime(local.date(), local.time(), Qt::UTC).addSecs(-7 * 3600);
}

Story::Story(int number, const QString &title)
    : m_id(QUuid::createUuidV5(QUuid(), u"report-story-%1"_s.arg(number))),
      m_title(title),
      m_trackingId(u"SRG-2026-%1"_s.arg(number, 6, 10, QChar(u'0')))
{ }

Story &Story::play(CommandType type, const Actor &actor, const char *at, const QJsonObject &payload)
{
    const QDateTime now = wib(at);
    Command command {QUuid::createUuidV5(m_id, QString::number(m_events.size())),
                     type,
                     m_id,
                     m_complaint ? m_complaint->version : 0,
                     1,
                     payload};
    const DecisionContext context {actor, now, m_trackingId, &shipped(), &m_events};
    const auto decision = decide(m_complaint, command, context);
    INFO(m_trackingId.toStdString() << ": " << toCode(type).toStdString() << " at " << at << ": "
                                    << (decision.ok() ? std::string("ok") : decision.error().message.toStdString()));
    REQUIRE(decision.ok());
    for (const EventDraft &draft : decision.value()) {
        Event event;
        event.seq = 1000 + m_events.size();
        event.id = QUuid::createUuidV5(m_id, u"event-%1"_s.arg(m_events.size()));
        event.type = draft.type;
        event.typeName = toCode(draft.type);
        event.complaintId = m_id;
        event.version = (m_complaint ? m_complaint->version : 0) + 1;
        event.at = now;
        event.actor = actor;
        event.commandId = command.commandId;
        event.payload = draft.payload;
        m_complaint = apply(m_complaint.value_or(Complaint {}), event);
        m_events.append(event);
    }
    return *this;
}

Story &Story::received(const char *at, const QString &service)
{
    play(CommandType::Intake, operatorActor(), at,
         {{u"channel"_s, u"lapor"_s}, {u"title"_s, m_title}, {u"body"_s, u"Mohon segera ditindaklanjuti."_s}});
    if (service.isEmpty())
        return *this;
    const Service *known = shipped().service(service);
    REQUIRE(known);
    return play(CommandType::Verify, operatorActor(), at,
                {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, known->category}, {u"service"_s, service}});
}

Story &Story::dispatched(const char *at, const QString &opd)
{
    return play(CommandType::Dispatch, operatorActor(), at, {{u"opd"_s, opd}});
}

Story &Story::acknowledged(const char *at)
{
    return play(CommandType::Acknowledge, liaisonOf(m_complaint->opd), at, {});
}

Story &Story::responded(const char *at)
{
    return play(CommandType::Respond, liaisonOf(m_complaint->opd), at,
                {{u"response"_s, u"Sudah ditangani petugas."_s}, {u"override_reason"_s, u"Ditangani di lapangan."_s}});
}

Story &Story::closed(const char *at)
{
    return play(CommandType::Close, operatorActor(), at, {});
}

Story &Story::reopened(const char *at)
{
    return play(CommandType::Reopen, operatorActor(), at, {{u"reason"_s, u"Pelapor menyatakan belum selesai."_s}});
}

Story &Story::escalated(const char *at)
{
    return play(CommandType::Escalate, supervisorActor(), at,
                {{u"reason"_s, u"Tindak lanjut lewat 14 hari"_s}, {u"clock"_s, u"followup"_s}, {u"cycle"_s, 1}});
}

Story &Story::rejected(const char *at)
{
    return play(CommandType::Reject, operatorActor(), at, {{u"reason"_s, u"too_general"_s}});
}

Story &Story::noted(const char *at)
{
    return play(CommandType::AddNote, operatorActor(), at, {{u"text"_s, u"Pelapor menelepon lagi."_s}});
}

QList<Story> stories()
{
    QList<Story> all;
    // 1. KTP-el at DISDUKCAPIL, answered inside the week and closed: follow-up met on Wed 11 Nov; 8 working days
    //    after Mon 2 Nov on DISDUKCAPIL's calendar (3-6, Saturday 7 Nov when it opens, 9-11).
    all.append(Story(1, u"KTP-el belum dicetak"_s)
                   .received("2026-11-02 09:00", u"ktp-el"_s)
                   .dispatched("2026-11-02 10:00", u"DISDUKCAPIL"_s)
                   .acknowledged("2026-11-03 09:00")
                   .responded("2026-11-11 10:00")
                   .closed("2026-11-13 10:00"));
    // 2. PJU at DISHUB, never answered: follow-up due Fri 13 Nov 24:00, breached inside the week, overdue at its end,
    //    escalated on Saturday; stalled at its first SOP step. Its title needs quoting in CSV.
    all.append(Story(2, u"Lampu PJU mati, jalan \"gelap\" total"_s)
                   .received("2026-10-30 09:00", u"pju"_s)
                   .dispatched("2026-10-30 10:00", u"DISHUB"_s)
                   .escalated("2026-11-14 08:00"));
    // 3. Received in the week and rejected: received, nothing else.
    all.append(Story(3, u"Pertanyaan umum"_s).received("2026-11-10 08:00").rejected("2026-11-10 09:00"));
    // 4. Received, verified and dispatched inside the week; a note (changes nothing); not overdue, not stalled.
    all.append(Story(4, u"KIA anak belum jadi"_s)
                   .received("2026-11-12 09:00", u"ktp-el"_s)
                   .noted("2026-11-12 09:10")
                   .dispatched("2026-11-13 10:00", u"DISDUKCAPIL"_s));
    // 5. Received on Monday and never verified: triage (3 working days) due Thu 12 Nov 24:00, overdue at the end,
    //    with the command center.
    all.append(Story(5, u"Sampah menumpuk di pasar"_s).received("2026-11-09 08:00"));
    // 6. Road at PUPR: answered in October, reopened and answered again inside the week. Only the second cycle is
    //    decided in the week (met); 2 working days (11, 12 Nov).
    all.append(Story(6, u"Jalan berlubang di Ciracas"_s)
                   .received("2026-10-19 09:00", u"jalan-rusak"_s)
                   .dispatched("2026-10-19 10:00", u"PUPR"_s)
                   .acknowledged("2026-10-20 09:00")
                   .responded("2026-10-23 10:00")
                   .reopened("2026-11-10 09:00")
                   .responded("2026-11-12 14:00"));
    // 7. PJU at DISHUB answered late inside the week: breached on 3 Nov (decided in the week before), 16 working
    //    days (20 Oct to 10 Nov).
    all.append(Story(7, u"Lampu jalan padam"_s)
                   .received("2026-10-19 09:30", u"pju"_s)
                   .dispatched("2026-10-19 10:00", u"DISHUB"_s)
                   .acknowledged("2026-10-21 09:00")
                   .responded("2026-11-10 11:00"));
    return all;
}

FixtureCache::FixtureCache(const QString &liaisonOpd)
{
    REQUIRE(dir.isValid());
    path = dir.filePath(u"cache.sqlite"_s);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"report-fixture-"_s + liaisonOpd));
    ComplaintRepository repository(cache);
    REQUIRE_FALSE(repository.begin());
    for (const Story &story : stories()) {
        if (!liaisonOpd.isEmpty() && story.complaint().opd != liaisonOpd)
            continue;
        REQUIRE_FALSE(repository.put(story.complaint(), story.events()));
    }
    REQUIRE_FALSE(repository.commit());
    const QString scope = liaisonOpd.isEmpty() ? u"supervisor/"_s : u"liaison/"_s + liaisonOpd;
    REQUIRE_FALSE(cache.setMeta(u"scope"_s, scope));
    REQUIRE_FALSE(cache.setMeta(u"cursor"_s, u"4821"_s));
    REQUIRE_FALSE(cache.setMeta(u"kind"_s, u"production"_s));
    REQUIRE_FALSE(cache.setMeta(u"synced_at"_s, u"2026-11-16T02:00:00.000Z"_s)); // Mon 16 Nov 09:00 WIB
    cache.close();
}

} // namespace reporttest
