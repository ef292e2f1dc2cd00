#include "SopFixture.h"

#include "codec/ChecklistCodec.h"
#include "codec/WireTime.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace rabeg;
using sop::Case;
using sop::wib;

// Expected values below are counted by hand on a 2026 calendar (SKB 1497/2025, 2/2025, 5/2025), not with the code.

TEST_CASE("a step due on a Friday is not stalled over the weekend and stalls on Monday", "[sop][stall]")
{
    // Dishub street light, dispatched Thursday 8 January 2026. Step 1 (1 working day) is due at 24:00 WIB on
    // Friday 9 January. Dishub does not open on Saturdays.
    Case c(sop::shipped());
    c.received("2026-01-08 09:00", u"pju"_s).dispatched("2026-01-08 10:00", u"DISHUB"_s);

    const Checklist friday = c.checklistAt("2026-01-09 23:59");
    CHECK(friday.currentStep == 1);
    CHECK(friday.currentDueAt == wib("2026-01-10 00:00"));
    CHECK_FALSE(friday.stalled());
    CHECK(friday.daysAtStep == 1);

    for (const char *weekend : {"2026-01-10 00:00", "2026-01-10 12:00", "2026-01-11 23:59"}) {
        INFO(weekend);
        const Checklist checklist = c.checklistAt(weekend);
        CHECK_FALSE(checklist.stalled());
        CHECK(checklist.daysOver == 0);
    }

    const Checklist monday = c.checklistAt("2026-01-12 00:00");
    CHECK(monday.stalled());
    CHECK(monday.stalledStep == 1);
    CHECK(monday.daysOver == 1);
    CHECK(monday.daysAtStep == 2); // Friday and Monday
    CHECK(describeStall(monday) == u"Stalled at step 1: Telaah aduan dan disposisi ke bidang, 1 working day(s) over"_s);

    const Checklist nextTuesday = c.checklistAt("2026-01-20 09:00");
    CHECK(nextTuesday.daysOver == 6); // 12-15 and 19-20 January: the 16th is Isra Mikraj
}

TEST_CASE("Nyepi, Idul Fitri and their cuti bersama are not working days for a stalled step", "[sop][stall]")
{
    // Akta kelahiran at Disdukcapil. Step 2 is done on Tuesday 17 March 2026, so step 3 "Verifikasi data di SIAK"
    // (2 working days) starts then. Closed: 18 (cuti bersama Nyepi), 19 (Nyepi), 20 (cuti bersama Idul Fitri),
    // 21-22 (Idul Fitri, a weekend), 23-24 (cuti bersama). The 1st working day after the 17th is Wednesday 25,
    // the 2nd Thursday 26: due at 24:00 WIB on 26 March.
    Case c(sop::shipped());
    c.received("2026-03-16 08:30", u"akta-kelahiran"_s).dispatched("2026-03-16 09:00", u"DISDUKCAPIL"_s);
    c.acknowledged("2026-03-16 10:00");
    c.stepDone("2026-03-16 11:00", u"telaah-aduan"_s).stepDone("2026-03-17 14:00", u"cek-berkas"_s);

    const Checklist duringHolidays = c.checklistAt("2026-03-24 16:00");
    CHECK(duringHolidays.currentStep == 3);
    CHECK(duringHolidays.currentSince == wib("2026-03-17 14:00"));
    CHECK(duringHolidays.currentDueAt == wib("2026-03-27 00:00"));
    CHECK(duringHolidays.daysAtStep == 0);
    CHECK_FALSE(duringHolidays.stalled());

    CHECK_FALSE(c.checklistAt("2026-03-26 23:00").stalled());

    // Friday 27, Monday 30, Tuesday 31 and Wednesday 1 April: four working days over.
    const Checklist april = c.checklistAt("2026-04-01 09:00");
    CHECK(april.stalledStep == 3);
    CHECK(april.daysOver == 4);
    CHECK(april.daysAtStep == 6);
    CHECK(describeStall(april) == u"Stalled at step 3: Verifikasi data di SIAK, 4 working day(s) over"_s);

    // Good Friday (3 April) is closed; Saturday 4 April is one of Disdukcapil's service Saturdays, so it counts.
    CHECK(c.checklistAt("2026-04-03 10:00").daysOver == 5);
    CHECK(c.checklistAt("2026-04-04 10:00").daysOver == 6);
    CHECK(c.checklistAt("2026-04-05 10:00").daysOver == 6); // Easter Sunday
    CHECK(c.checklistAt("2026-04-06 10:00").daysOver == 7);
}

TEST_CASE("the current step starts at the latest completion before it, even when later steps were ticked first",
          "[sop][stall]")
{
    Case c(sop::shipped());
    c.received("2026-01-05 08:00", u"pju"_s).dispatched("2026-01-05 09:00", u"DISHUB"_s);
    c.stepDone("2026-01-05 10:00", u"telaah-aduan"_s);
    c.stepDone("2026-01-06 10:00", u"survei"_s); // step 3 ticked before step 2
    const Checklist checklist = c.checklistAt("2026-01-06 11:00");
    CHECK(checklist.currentStep == 2);
    CHECK(checklist.currentSince == wib("2026-01-05 10:00"));
    // cek-aset is expected to take 1 working day: due at the end of Tuesday 6 January.
    CHECK(c.checklistAt("2026-01-07 08:00").stalledStep == 2);

    c.stepDone("2026-01-07 09:00", u"cek-aset"_s);
    const Checklist after = c.checklistAt("2026-01-07 10:00");
    CHECK(after.currentStep == 4);
    CHECK(after.currentSince == wib("2026-01-07 09:00"));
}

TEST_CASE("a reopened step is current again from its reopening", "[sop][stall]")
{
    Case c(sop::shipped());
    c.received("2026-01-05 08:00", u"pju"_s).dispatched("2026-01-05 09:00", u"DISHUB"_s);
    c.stepDone("2026-01-05 10:00", u"telaah-aduan"_s).stepDone("2026-01-05 11:00", u"cek-aset"_s);
    c.stepReopened("2026-01-12 09:00", u"telaah-aduan"_s);
    const Checklist checklist = c.checklistAt("2026-01-12 10:00");
    CHECK(checklist.currentStep == 1);
    CHECK(checklist.currentSince == wib("2026-01-12 09:00"));
    CHECK_FALSE(checklist.stalled());
    CHECK(c.checklistAt("2026-01-14 10:00").daysOver == 1); // due Tuesday 13th
}

TEST_CASE("only a complaint the OPD is working can stall", "[sop][stall]")
{
    Case c(sop::shipped());
    c.received("2026-01-05 08:00", u"pju"_s).dispatched("2026-01-05 09:00", u"DISHUB"_s);
    c.acknowledged("2026-01-05 10:00");
    c.must(CommandType::Respond, sop::liaisonOf(u"DISHUB"_s), "2026-01-06 10:00",
           {{u"response"_s, u"Sudah diperbaiki."_s}, {u"override_reason"_s, u"Perbaikan darurat malam itu juga."_s}});
    const Checklist responded = c.checklistAt("2026-02-02 10:00");
    CHECK(responded.currentStep == 1);
    CHECK_FALSE(responded.stalled());
    CHECK(responded.daysAtStep == 0);

    // Reopened by the command center: the OPD works it again, and the open step is long overdue.
    c.must(CommandType::Reopen, sop::operatorActor(), "2026-02-02 11:00", {{u"reason"_s, u"Lampu mati lagi."_s}});
    CHECK(c.checklistAt("2026-02-02 12:00").stalled());
}

TEST_CASE("the checklist JSON carries the template, the steps and where it is stuck", "[sop][stall][codec]")
{
    Case c(sop::shipped());
    c.received("2026-01-08 09:00", u"pju"_s).dispatched("2026-01-08 10:00", u"DISHUB"_s);
    c.stepDone("2026-01-08 11:00", u"telaah-aduan"_s, true);
    const QJsonObject json = encodeChecklist(c.checklistAt("2026-01-12 09:00")).toObject();
    CHECK(json.value(u"template"_s) == u"DISHUB/pju"_s);
    CHECK(json.value(u"version"_s) == 1);
    CHECK(json.value(u"stalled_step"_s) == 2);
    CHECK(json.value(u"current_step"_s) == 2);
    CHECK(json.value(u"days_over"_s) == 1); // cek-aset due Friday 9th
    const QJsonArray steps = json.value(u"steps"_s).toArray();
    REQUIRE(steps.size() == 5);
    CHECK(steps.at(0).toObject()
          == QJsonObject{{u"key"_s, u"telaah-aduan"_s},
                         {u"title"_s, u"Telaah aduan dan disposisi ke bidang"_s},
                         {u"expected_days"_s, 1},
                         {u"role"_s, u"liaison"_s},
                         {u"critical"_s, false},
                         {u"done_at"_s, toWireTime(wib("2026-01-08 11:00"))},
                         {u"phone_report"_s, true}});
    CHECK(steps.at(1).toObject().value(u"done_at"_s).isNull());

    const QJsonObject fresh = encodeChecklist(c.checklistAt("2026-01-08 12:00")).toObject();
    CHECK(fresh.value(u"stalled_step"_s).isNull());
    CHECK(fresh.value(u"days_over"_s) == 0);
}
