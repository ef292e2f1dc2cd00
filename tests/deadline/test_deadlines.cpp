#include <catch2/catch.hpp>

#include "DeadlineFixture.h"

using namespace rabeg;
using namespace rabeg::testing;

// Every due time below was computed by hand from the 2026 decree and the convention in docs/deadlines.md.

TEST_CASE("triage received the day before the Nyepi and Idul Fitri closure is due on 27 March")
{
    History h;
    h.add(EventType::Received, "2026-03-17 10:00");
    const Deadline d = deadline(h, "triage", wib("2026-03-17 12:00"));
    CHECK(d.dueAt == utc("2026-03-27T17:00:00Z")); // 25, 26, 27 March; 24:00 WIB
    CHECK(d.state == DeadlineState::Running);
    CHECK(d.cycle == 1);
}

TEST_CASE("a complaint received on a Friday evening counts from Monday")
{
    History h;
    h.add(EventType::Received, "2026-11-27 20:00");
    CHECK(deadline(h, "triage", wib("2026-11-28 09:00")).dueAt == utc("2026-12-02T17:00:00Z")); // Mon 30, Tue 1, Wed 2
}

TEST_CASE("one second before midnight WIB is still the earlier day")
{
    History before;
    before.add(EventType::Received, "2026-11-26 23:59");
    CHECK(deadline(before, "triage", wib("2026-11-27 09:00")).dueAt == utc("2026-12-01T17:00:00Z")); // 27, 30, 1
    History after;
    after.add(EventType::Received, "2026-11-27 00:00");
    CHECK(deadline(after, "triage", wib("2026-11-27 09:00")).dueAt == utc("2026-12-02T17:00:00Z")); // 30, 1, 2
}

TEST_CASE("the day before Christmas, triage and first response run into the provisional New Year")
{
    History h;
    h.add(EventType::Received, "2026-12-23 09:00")
        .add(EventType::Verified, "2026-12-28 10:00",
             {{QStringLiteral("classification"), QStringLiteral("pengaduan")},
              {QStringLiteral("category"), QStringLiteral("infrastruktur")},
              {QStringLiteral("service"), QStringLiteral("jalan-rusak")}});
    const Deadline triage = deadline(h, "triage", wib("2026-12-28 11:00"));
    CHECK(triage.dueAt == utc("2026-12-30T17:00:00Z")); // 24 cuti, 25 Christmas, weekend: 28, 29, 30
    CHECK(triage.state == DeadlineState::Met);
    h.dispatched("2026-12-29 10:00", "PUPR");
    const Deadline first = deadline(h, "first_response", wib("2026-12-29 11:00"));
    CHECK(first.dueAt == utc("2027-01-06T17:00:00Z")); // 30, 31, (1 Jan), 4, 5, 6
}

TEST_CASE("an OPD that opens on the first Saturday has its first-response clock end a day earlier")
{
    History dukcapil;
    dukcapil.add(EventType::Received, "2026-12-01 09:00").dispatched("2026-12-03 10:00", "DISDUKCAPIL");
    CHECK(deadline(dukcapil, "first_response", wib("2026-12-03 11:00")).dueAt == utc("2026-12-09T17:00:00Z"));
    History dishub;
    dishub.add(EventType::Received, "2026-12-01 09:00").dispatched("2026-12-03 10:00", "DISHUB");
    CHECK(deadline(dishub, "first_response", wib("2026-12-03 11:00")).dueAt == utc("2026-12-10T17:00:00Z"));
}

TEST_CASE("a deferral from Thursday to the next Tuesday moves triage by the four working days it overlapped")
{
    History h;
    h.add(EventType::Received, "2026-11-18 09:00")
        .add(EventType::Deferred, "2026-11-19 10:00", {{QStringLiteral("reason"), QStringLiteral("wrong_format")}});
    const Deadline paused = deadline(h, "triage", wib("2026-11-21 10:00"));
    CHECK(paused.state == DeadlineState::Paused);
    h.add(EventType::Resumed, "2026-11-24 11:00");
    // Without the pause: 19, 20, 23 November. The pause overlaps Thu 19, Fri 20, Mon 23, Tue 24 (not the weekend):
    // four more working days after the 23rd: 24, 25, 26, 27.
    const Deadline resumed = deadline(h, "triage", wib("2026-11-24 12:00"));
    CHECK(resumed.dueAt == utc("2026-11-27T17:00:00Z"));
    // A working-day clock warns at a share of its working time (docs/deadlines.md, "Warning"): from receipt to due,
    // 15 h of the 18th and the seven working days 19, 20, 23 to 27 November, 183 h. By the 24th at 12:00, 15 + 72 +
    // 12 = 99 h have passed (54%); by the 25th at 12:00, 123 h (67%), under the 70% threshold; 70% is 128.1 h,
    // reached at 17:06 on the 25th (111 h at its midnight, then 17 h 6 min).
    CHECK(resumed.state == DeadlineState::Running);
    CHECK(deadline(h, "triage", wib("2026-11-25 12:00")).state == DeadlineState::Running);
    CHECK(deadline(h, "triage", wib("2026-11-25 17:05")).state == DeadlineState::Running);
    CHECK(deadline(h, "triage", wib("2026-11-25 17:06")).state == DeadlineState::Warning);
    CHECK(deadline(h, "triage", wib("2026-11-26 12:00")).state == DeadlineState::Warning); // 147 h, 80%
    // The completion clock (calendar days) is extended by the six calendar days 19..24.
    CHECK(deadline(h, "completion", wib("2026-11-24 12:00")).dueAt == utc("2027-01-23T17:00:00Z"));
}

TEST_CASE("the follow-up clock runs fourteen calendar days, warns at seventy percent and breaches after")
{
    History h;
    h.add(EventType::Received, "2026-11-01 09:00").dispatched("2026-11-02 15:00", "DLH");
    CHECK(deadline(h, "followup", wib("2026-11-05 10:00")).dueAt == utc("2026-11-16T17:00:00Z"));
    CHECK(deadline(h, "followup", wib("2026-11-05 10:00")).state == DeadlineState::Running);
    CHECK(deadline(h, "followup", wib("2026-11-13 10:00")).state == DeadlineState::Warning);
    CHECK(deadline(h, "followup", wib("2026-11-17 00:00")).state == DeadlineState::Breached);
    History answered = h;
    answered.add(EventType::Acknowledged, "2026-11-03 09:00").add(EventType::Responded, "2026-11-12 10:00",
                                                                   {{QStringLiteral("response"), QStringLiteral("ok")}});
    const Deadline met = deadline(answered, "followup", wib("2026-11-20 10:00"));
    CHECK(met.state == DeadlineState::Met);
    CHECK(met.stoppedAt == wib("2026-11-12 10:00"));
}

TEST_CASE("a return and a re-dispatch start a new follow-up cycle, as does a reopen")
{
    History h;
    h.add(EventType::Received, "2026-11-02 09:00").dispatched("2026-11-02 11:00", "DISHUB");
    h.add(EventType::Returned, "2026-11-04 10:00",
          {{QStringLiteral("opd"), QStringLiteral("DISHUB")}, {QStringLiteral("reason"), QStringLiteral("other_opd")}});
    CHECK(deadline(h, "followup", wib("2026-11-04 11:00")).state == DeadlineState::Met); // stopped by the return
    h.dispatched("2026-11-05 09:00", "PUPR");
    const Deadline second = deadline(h, "followup", wib("2026-11-05 10:00"));
    CHECK(second.cycle == 2);
    CHECK(second.dueAt == utc("2026-11-19T17:00:00Z"));
    h.add(EventType::Acknowledged, "2026-11-06 09:00")
        .add(EventType::Responded, "2026-11-10 09:00", {{QStringLiteral("response"), QStringLiteral("selesai")}})
        .add(EventType::Reopened, "2026-11-12 09:00", {{QStringLiteral("reason"), QStringLiteral("belum")}});
    const Deadline third = deadline(h, "followup", wib("2026-11-12 10:00"));
    CHECK(third.cycle == 3);
    CHECK(third.dueAt == utc("2026-11-26T17:00:00Z"));
    CHECK(third.state == DeadlineState::Running);
}

TEST_CASE("clocks that never started are not applicable, a rejected complaint has no follow-up")
{
    History h;
    h.add(EventType::Received, "2026-11-02 09:00")
        .add(EventType::Rejected, "2026-11-02 10:00", {{QStringLiteral("reason"), QStringLiteral("spam")}});
    const QDateTime now = wib("2026-12-30 10:00");
    CHECK(deadline(h, "followup", now).state == DeadlineState::NotApplicable);
    CHECK(deadline(h, "first_response", now).state == DeadlineState::NotApplicable);
    CHECK(deadline(h, "autoclose", now).state == DeadlineState::NotApplicable);
    CHECK(deadline(h, "triage", now).state == DeadlineState::Met);
    CHECK(deadline(h, "completion", now).state == DeadlineState::Met);
}

TEST_CASE("auto-close is due ten working days after the response and stops on a reopen")
{
    History h;
    h.add(EventType::Received, "2026-11-02 09:00").dispatched("2026-11-02 11:00", "DLH");
    h.add(EventType::Acknowledged, "2026-11-03 09:00")
        .add(EventType::Responded, "2026-11-05 16:30", {{QStringLiteral("response"), QStringLiteral("sudah")}});
    // Thu 5 Nov: 6, 9, 10, 11, 12, 13, 16, 17, 18, 19 November.
    CHECK(deadline(h, "autoclose", wib("2026-11-06 09:00")).dueAt == utc("2026-11-19T17:00:00Z"));
    CHECK(deadline(h, "autoclose", wib("2026-11-20 09:00")).state == DeadlineState::Breached);
}

TEST_CASE("an hour clock is literal and a pause extends it by its length")
{
    SlaClock hours;
    hours.id = QStringLiteral("urgent");
    hours.startEvents = {QStringLiteral("received")};
    hours.stopEvents = {QStringLiteral("verified")};
    hours.duration = 24;
    hours.unit = ClockUnit::Hours;
    hours.pauseStates = {QStringLiteral("deferred")};
    hours.warningPercent = 50;
    History h;
    h.add(EventType::Received, "2026-11-27 20:00")
        .add(EventType::Deferred, "2026-11-27 22:00", {{QStringLiteral("reason"), QStringLiteral("wrong_format")}})
        .add(EventType::Resumed, "2026-11-28 01:00");
    const Deadline d = clockOf(computeDeadlines(h.events(), {hours}, shippedCalendar(), wib("2026-11-28 02:00")),
                               "urgent");
    CHECK(d.dueAt == wib("2026-11-28 23:00")); // 24 hours plus the 3 paused, weekend or not
    CHECK(d.state == DeadlineState::Running);
}
