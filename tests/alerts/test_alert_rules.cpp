// The alert rules and their delivery on the calendar (docs/alerts.md), over a real cache file written by the
// lifecycle. Every expected time is worked out by hand in the comments from resources/refdata (sla.csv: triage 3
// working days, first response 5 working days, follow-up 14 calendar days, warning at 70%; calendar.csv 2026).
#include "AlertFixture.h"

#include <catch2/catch.hpp>

#include "alerts/WorkingHours.h"
#include "store/SyncRepository.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace alerttest;

namespace {

AlertRecipient rina()
{
    return {u"op.rina"_s, Role::Operator, {}};
}

AlertRecipient liaison(const QString &opd)
{
    return {u"liaison-"_s + opd.toLower(), Role::Liaison, opd};
}

QList<Alert> pending(AlertCache &fixture)
{
    QList<Alert> out;
    for (const Alert &alert : AlertState::load(fixture.cache()).alerts) {
        if (!alert.delivered())
            out.append(alert);
    }
    return out;
}

} // namespace

TEST_CASE("office hours are 08:00 to 16:00 WIB on the calendar's working days")
{
    const WorkingCalendar calendar(shipped().calendar);
    const WorkingHours center(calendar, {});
    CHECK_FALSE(center.isWorking(wib("2026-12-08 07:59")));
    CHECK(center.isWorking(wib("2026-12-08 08:00")));
    CHECK(center.isWorking(wib("2026-12-08 15:59")));
    CHECK_FALSE(center.isWorking(wib("2026-12-08 16:00")));
    CHECK_FALSE(center.isWorking(wib("2026-12-12 10:00"))); // Saturday
    CHECK_FALSE(center.isWorking(wib("2026-12-24 10:00"))); // cuti bersama
    CHECK_FALSE(center.isWorking(wib("2026-12-25 10:00"))); // Christmas
    // Friday after hours -> Monday; before hours on a working day -> the same day; the Christmas break -> Mon 28.
    CHECK(center.nextStart(wib("2026-12-11 16:00")) == wib("2026-12-14 08:00"));
    CHECK(center.nextStart(wib("2026-12-08 06:30")) == wib("2026-12-08 08:00"));
    CHECK(center.nextStart(wib("2026-12-23 16:30")) == wib("2026-12-28 08:00"));
    // DISDUKCAPIL opens on Saturday 5 December 2026; DISHUB does not.
    CHECK(WorkingHours(calendar, u"DISDUKCAPIL"_s).isWorking(wib("2026-12-05 10:00")));
    CHECK_FALSE(WorkingHours(calendar, u"DISHUB"_s).isWorking(wib("2026-12-05 10:00")));
    CHECK(WorkingHours(calendar, u"DISDUKCAPIL"_s).nextStart(wib("2026-12-04 17:00")) == wib("2026-12-05 08:00"));
}

TEST_CASE("the first evaluation after the bootstrap alerts nothing, and a complaint received later alerts once")
{
    AlertCache fixture;
    for (int n = 1; n <= 30; ++n)
        fixture.received(n, u"Jalan berlubang di Ciracas"_s, "2026-12-07 09:00");
    AlertCenter center(fixture.cache());
    center.setRecipient(rina());
    evaluateAt(center, "2026-12-07 10:00");
    CHECK(center.delivered().isEmpty());
    CHECK(pending(fixture).isEmpty());

    fixture.received(31, u"Sampah menumpuk di Pasar Rau"_s, "2026-12-08 10:00");
    evaluateAt(center, "2026-12-08 10:01");
    CHECK(deliveredSummary(center) == QStringList {u"new_complaint SRG-2026-000031 now"_s});
    evaluateAt(center, "2026-12-08 10:02");
    CHECK(center.delivered().size() == 1);

    AlertCenter restarted(fixture.cache());
    restarted.setRecipient(rina());
    evaluateAt(restarted, "2026-12-08 10:05");
    CHECK(deliveredSummary(restarted) == QStringList {u"new_complaint SRG-2026-000031 now"_s});
    CHECK(restarted.unreadCount() == 1);
}

TEST_CASE("a follow-up entering warning on a Saturday reaches the OPD's liaison on Monday at 08:00, in the digest")
{
    AlertCache fixture;
    // Dispatched Wed 2 Dec 10:00 WIB: the follow-up (14 calendar days) is due Wed 16 Dec 24:00, a span of 350 hours;
    // 70% of it, 245 hours, is Sat 12 Dec 15:00 WIB. DISHUB does not open on Saturdays.
    fixture.received(1, u"Lampu PJU mati di Jalan Ki Mas Jong"_s, "2026-12-02 09:00")
        .dispatched(1, "2026-12-02 10:00", u"DISHUB"_s);
    AlertCenter center(fixture.cache());
    center.setRecipient(liaison(u"DISHUB"_s));
    evaluateAt(center, "2026-12-11 15:00"); // the baseline: the dispatch and the first response's warning are past

    evaluateAt(center, "2026-12-12 14:59");
    CHECK(pending(fixture).isEmpty());
    evaluateAt(center, "2026-12-12 15:00");
    REQUIRE(pending(fixture).size() == 1);
    const Alert raised = pending(fixture).constFirst();
    CHECK(raised.kind == AlertKind::DeadlineWarning);
    CHECK(raised.happenedAt == wib("2026-12-12 15:00"));
    CHECK(raised.dueAt == wib("2026-12-17 00:00"));
    CHECK(raised.digestAt == wib("2026-12-14 08:00"));
    CHECK(center.delivered().isEmpty());

    AlertCenter restarted(fixture.cache()); // a restart over the weekend repeats nothing
    restarted.setRecipient(liaison(u"DISHUB"_s));
    evaluateAt(restarted, "2026-12-13 10:00");
    evaluateAt(restarted, "2026-12-14 07:59");
    CHECK(restarted.delivered().isEmpty());
    CHECK(pending(fixture).size() == 1);

    evaluateAt(restarted, "2026-12-14 08:00");
    CHECK(deliveredSummary(restarted) == QStringList {u"deadline_warning SRG-2026-000001 digest"_s});
    CHECK(restarted.delivered().constFirst().deliveredAt == wib("2026-12-14 08:00"));
    CHECK(restarted.delivered().constFirst().detail == u"Tindak lanjut OPD"_s); // the clock's name in sla.csv
    evaluateAt(restarted, "2026-12-14 09:00");
    CHECK(restarted.delivered().size() == 1);
}

TEST_CASE("a dispatch on a Saturday the liaison's OPD works is shown at once; another OPD's liaison gets it Monday")
{
    AlertCache disdukcapil;
    AlertCenter opens(disdukcapil.cache());
    opens.setRecipient(liaison(u"DISDUKCAPIL"_s));
    evaluateAt(opens, "2026-12-04 15:00");
    disdukcapil.received(1, u"KTP-el belum jadi"_s, "2026-12-05 09:00").dispatched(1, "2026-12-05 10:00",
                                                                                   u"DISDUKCAPIL"_s);
    evaluateAt(opens, "2026-12-05 10:01");
    CHECK(deliveredSummary(opens) == QStringList {u"dispatched SRG-2026-000001 now"_s});

    AlertCache dishub;
    AlertCenter closed(dishub.cache());
    closed.setRecipient(liaison(u"DISHUB"_s));
    evaluateAt(closed, "2026-12-04 15:00");
    dishub.received(1, u"Lampu lalu lintas padam"_s, "2026-12-05 09:00").dispatched(1, "2026-12-05 10:00",
                                                                                     u"DISHUB"_s);
    evaluateAt(closed, "2026-12-05 10:01");
    CHECK(closed.delivered().isEmpty());
    evaluateAt(closed, "2026-12-07 08:00");
    CHECK(deliveredSummary(closed) == QStringList {u"dispatched SRG-2026-000001 digest"_s});
}

TEST_CASE("complaints received after hours before Christmas and on Christmas reach the operator on Monday 28")
{
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient(rina());
    evaluateAt(center, "2026-12-23 10:00");
    fixture.received(1, u"Air PDAM keruh"_s, "2026-12-23 16:30"); // after hours; 24 Dec is cuti bersama
    evaluateAt(center, "2026-12-23 16:31");
    fixture.received(2, u"Pohon tumbang di Jalan Veteran"_s, "2026-12-25 10:00"); // Christmas
    evaluateAt(center, "2026-12-25 10:01");
    evaluateAt(center, "2026-12-28 07:59");
    CHECK(center.delivered().isEmpty());
    const QList<Alert> waiting = pending(fixture);
    REQUIRE(waiting.size() == 2);
    CHECK(waiting.at(0).digestAt == wib("2026-12-28 08:00"));
    CHECK(waiting.at(1).digestAt == wib("2026-12-28 08:00"));
    evaluateAt(center, "2026-12-28 08:00");
    CHECK(deliveredSummary(center)
          == QStringList {u"new_complaint SRG-2026-000002 digest"_s, u"new_complaint SRG-2026-000001 digest"_s});
}

TEST_CASE("a muted kind is not shown, the others still are, and unmuting does not bring back what was muted")
{
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient(rina());
    evaluateAt(center, "2026-12-08 08:30");
    REQUIRE_FALSE(center.setMuted(AlertKind::NewComplaint, true));
    fixture.received(1, u"Jalan rusak di Kasemen"_s, "2026-12-08 10:00")
        .assigned(1, "2026-12-08 10:05", supervisorBudi(), u"op.rina"_s);
    evaluateAt(center, "2026-12-08 10:10");
    CHECK(deliveredSummary(center) == QStringList {u"assigned_to_me SRG-2026-000001 now"_s});

    AlertCenter restarted(fixture.cache()); // the mute is kept for this user
    CHECK(restarted.isMuted(AlertKind::NewComplaint));
    REQUIRE_FALSE(restarted.setMuted(AlertKind::NewComplaint, false));
    restarted.setRecipient(rina());
    evaluateAt(restarted, "2026-12-08 10:20");
    CHECK(deliveredSummary(restarted) == QStringList {u"assigned_to_me SRG-2026-000001 now"_s});
}

TEST_CASE("an assignment alerts its assignee only when someone else made it")
{
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient(rina());
    REQUIRE_FALSE(center.setMuted(AlertKind::NewComplaint, true));
    evaluateAt(center, "2026-12-08 08:30");
    fixture.received(1, u"Saluran air tersumbat"_s, "2026-12-08 09:00")
        .play(1, CommandType::Claim, operatorRina(), "2026-12-08 09:01");
    fixture.received(2, u"Parkir liar di Alun-alun"_s, "2026-12-08 09:00")
        .assigned(2, "2026-12-08 09:02", supervisorBudi(), u"op.rina"_s);
    fixture.received(3, u"Lampu taman mati"_s, "2026-12-08 09:00")
        .assigned(3, "2026-12-08 09:03", supervisorBudi(), u"op.dedi"_s);
    evaluateAt(center, "2026-12-08 09:10");
    CHECK(deliveredSummary(center) == QStringList {u"assigned_to_me SRG-2026-000002 now"_s});
    CHECK(center.delivered().constFirst().detail == u"spv.budi"_s);
}

TEST_CASE("a command the hub stopped with a conflict alerts once")
{
    AlertCache fixture;
    fixture.received(1, u"Trotoar rusak di Jalan Diponegoro"_s, "2026-12-08 09:00");
    AlertCenter center(fixture.cache());
    center.setRecipient(rina());
    evaluateAt(center, "2026-12-08 09:30");
    const Command note {QUuid::createUuidV5(QUuid(), u"conflicting-note"_s), CommandType::AddNote,
                        fixture.id(1), 1, 1, {{u"text"_s, u"Pelapor menelepon."_s}}};
    SyncRepository outbox(fixture.cache());
    REQUIRE_FALSE(outbox.enqueue(note, wib("2026-12-08 09:40")));
    REQUIRE_FALSE(outbox.markOutbox(note.commandId.toString(QUuid::WithoutBraces), u"conflict"_s,
                                    u"version_conflict"_s, u"The complaint changed."_s, {}));
    evaluateAt(center, "2026-12-08 09:45");
    evaluateAt(center, "2026-12-08 09:50");
    CHECK(deliveredSummary(center) == QStringList {u"conflict SRG-2026-000001 now"_s});
    CHECK(center.delivered().constFirst().detail == u"add_note"_s);
}

TEST_CASE("a cache still bootstrapping is not evaluated")
{
    AlertCache fixture;
    fixture.received(1, u"Jalan berlubang"_s, "2026-12-08 09:00");
    REQUIRE_FALSE(fixture.cache().setMeta(u"bootstrapped"_s, u""_s));
    AlertCenter center(fixture.cache());
    center.setRecipient(rina());
    evaluateAt(center, "2026-12-08 09:30");
    CHECK_FALSE(AlertState::load(fixture.cache()).baselined);
}

TEST_CASE("a re-bootstrap drops the notifications of the history it replaced: a training class reset")
{
    AlertCache fixture;
    REQUIRE_FALSE(fixture.cache().setMeta(u"bootstrap_head"_s, u"1000"_s));
    AlertCenter center(fixture.cache());
    center.setRecipient(liaison(u"DISHUB"_s));
    evaluateAt(center, "2026-12-07 09:00"); // the baseline
    fixture.skipSeqTo(1200);
    fixture.received(1, u"Lampu lalu lintas padam di Simpang Ciceri"_s, "2026-12-07 09:30")
        .dispatched(1, "2026-12-07 10:00", u"DISHUB"_s);
    evaluateAt(center, "2026-12-07 10:05");
    REQUIRE(deliveredSummary(center) == QStringList {u"dispatched SRG-2026-000001 now"_s});
    REQUIRE(center.unreadCount() == 1);
    // The trainer resets the class: the hub's store starts again and the cache is bootstrapped from it anew.
    REQUIRE_FALSE(fixture.cache().setMeta(u"bootstrap_head"_s, u"5000"_s));
    evaluateAt(center, "2026-12-07 10:30");
    CHECK(center.delivered().isEmpty());
    CHECK(center.unreadCount() == 0);
    CHECK(AlertState::load(fixture.cache()).alerts.isEmpty()); // and so after a restart
}

TEST_CASE("a re-bootstrap is a new baseline: the history it brings alerts nobody, what comes after it does")
{
    AlertCache fixture;
    REQUIRE_FALSE(fixture.cache().setMeta(u"bootstrap_head"_s, u"1000"_s));
    AlertCenter center(fixture.cache());
    center.setRecipient(liaison(u"DISHUB"_s));
    evaluateAt(center, "2026-12-07 09:00");
    // The liaison moves to DISHUB from another OPD: the cache is bootstrapped again from a head of 5000, and brings
    // DISHUB's dispatches, whose seqs (1001...) lie above anything the old scope showed.
    fixture.received(1, u"Lampu lalu lintas padam di Simpang Ciceri"_s, "2026-12-07 09:30")
        .dispatched(1, "2026-12-07 10:00", u"DISHUB"_s);
    REQUIRE_FALSE(fixture.cache().setMeta(u"bootstrap_head"_s, u"5000"_s));
    evaluateAt(center, "2026-12-07 10:30");
    CHECK(center.delivered().isEmpty());
    CHECK(pending(fixture).isEmpty());

    fixture.skipSeqTo(5200);
    fixture.received(2, u"Marka jalan pudar di Jalan Trip Jamaksari"_s, "2026-12-07 10:40")
        .dispatched(2, "2026-12-07 10:41", u"DISHUB"_s);
    evaluateAt(center, "2026-12-07 10:45");
    CHECK(deliveredSummary(center) == QStringList {u"dispatched SRG-2026-000002 now"_s});
}
