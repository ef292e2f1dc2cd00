#include "SchedulerFixture.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace schedtest;

TEST_CASE("the hub escalates a complaint at the instant its follow-up clock breaches, not a millisecond before")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    // Dispatched Monday 2 November 2026 at 15:00 WIB: 14 calendar days end Monday 16 November 24:00 WIB.
    const QUuid id = hub.dispatchedAt(wib(2026, 11, 2, 15));
    const QDateTime due = utc(2026, 11, 16, 17);
    REQUIRE(hub.deadline(id, u"followup"_s, due).dueAt == due);

    CHECK(hub.runAt(utc(2026, 11, 10, 0)).escalated == 0);
    CHECK(hub.runAt(due.addMSecs(-1)).escalated == 0);
    CHECK(hub.count(u"escalated"_s, id) == 0);

    CHECK(hub.runAt(due).escalated == 1);
    REQUIRE(hub.count(u"escalated"_s, id) == 1);
    const Event escalated = hub.eventsOf(id, u"escalated"_s).constFirst();
    CHECK(escalated.actor.user == u"system"_s);
    CHECK(escalated.actor.role == Role::System);
    CHECK(escalated.commandId == Scheduler::commandIdFor(id, u"followup"_s, 1, BreachAction::Escalate));
    CHECK(escalated.payload.value(u"clock"_s).toString() == u"followup"_s);
    CHECK(escalated.payload.value(u"cycle"_s).toInt() == 1);
    CHECK(escalated.at == due); // the scheduler ran at the due instant; the event takes hub time

    // Later passes find nothing more to do: an escalation is never repeated (nor retracted).
    CHECK(hub.runAt(due.addDays(3)).escalated == 0);
    CHECK(hub.count(u"escalated"_s, id) == 1);
}

TEST_CASE("a follow-up due on a holiday breaches at the end of that day: calendar days do not skip")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    // Friday 6 March 2026, 20:00 WIB (after office hours): 14 calendar days end Friday 20 March 24:00 WIB, a cuti
    // bersama of Idul Fitri, past the weekend of 7-8 and 14-15 March and Nyepi on 19 March.
    const QUuid id = hub.dispatchedAt(wib(2026, 3, 6, 20));
    const QDateTime due = utc(2026, 3, 20, 17);
    REQUIRE(hub.deadline(id, u"followup"_s, due).dueAt == due);
    CHECK(hub.runAt(due.addMSecs(-1)).escalated == 0);
    CHECK(hub.runAt(due).escalated == 1);
    CHECK(hub.count(u"escalated"_s, id) == 1);
}

TEST_CASE("auto-close waits ten working days across a weekend and the Christmas holidays")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    const QUuid id = hub.dispatchedAt(wib(2026, 12, 10, 9));
    // Responded Tuesday 15 December 10:00 WIB: 16, 17, 18, 21, 22, 23 (24 cuti bersama, 25 Christmas, weekends),
    // 28, 29, 30, 31: due Thursday 31 December 24:00 WIB.
    hub.respondAt(id, wib(2026, 12, 15, 10));
    const QDateTime due = utc(2026, 12, 31, 17);
    REQUIRE(hub.deadline(id, u"autoclose"_s, due).dueAt == due);

    const SchedulerPass before = hub.runAt(due.addMSecs(-1));
    CHECK(before.closed == 0);
    CHECK(hub.count(u"closed"_s, id) == 0);

    CHECK(hub.runAt(due).closed == 1);
    REQUIRE(hub.count(u"closed"_s, id) == 1);
    const Event closed = hub.eventsOf(id, u"closed"_s).constFirst();
    CHECK(closed.actor.role == Role::System);
    CHECK(closed.payload.value(u"automatic"_s).toBool());
    CHECK(closed.commandId == Scheduler::commandIdFor(id, u"autoclose"_s, 1, BreachAction::Close));
    const auto state = hub.store().complaint(id);
    REQUIRE(state.ok());
    CHECK(state.value()->state == ComplaintState::Closed);
    CHECK(hub.count(u"escalated"_s, id) == 0); // it was responded to in time

    CHECK(hub.runAt(due.addDays(10)).closed == 0);
    CHECK(hub.count(u"closed"_s, id) == 1);
}

TEST_CASE("auto-close across Idul Fitri 2026 counts only the working days of the decree")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    const QUuid id = hub.dispatchedAt(wib(2026, 3, 9, 9));
    // Responded Monday 16 March 10:00 WIB: 17; then 18 cuti, 19 Nyepi, 20 cuti, 21-22 Idul Fitri, 23-24 cuti;
    // 25, 26, 27, 30, 31 March, 1, 2 April; 3 April Good Friday; 6, 7 April: due Tuesday 7 April 24:00 WIB.
    hub.respondAt(id, wib(2026, 3, 16, 10));
    const QDateTime due = utc(2026, 4, 7, 17);
    REQUIRE(hub.deadline(id, u"autoclose"_s, due).dueAt == due);
    CHECK(hub.runAt(due.addMSecs(-1)).closed == 0);
    CHECK(hub.runAt(due).closed == 1);
    CHECK(hub.count(u"closed"_s, id) == 1);
}

TEST_CASE("a complaint responded to before its due time is never escalated, however late the scheduler runs")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    const QUuid id = hub.dispatchedAt(wib(2026, 11, 2, 15));
    hub.respondAt(id, wib(2026, 11, 16, 23, 59)); // one minute before 24:00 WIB
    hub.runAt(utc(2026, 12, 31, 0));              // the scheduler was down for six weeks
    CHECK(hub.count(u"escalated"_s, id) == 0);
    CHECK(hub.count(u"closed"_s, id) == 1); // auto-closed instead, once
}

TEST_CASE("a response after the due time still escalates when the scheduler runs later: the event's time decides")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    const QUuid id = hub.dispatchedAt(wib(2026, 11, 2, 15));
    hub.respondAt(id, wib(2026, 11, 17, 9)); // nine hours after the due time, while no scheduler ran
    CHECK(hub.runAt(wib(2026, 11, 18, 9)).escalated == 1);
    const auto escalated = hub.eventsOf(id, u"escalated"_s);
    REQUIRE(escalated.size() == 1);
    CHECK(escalated.constFirst().commandId == Scheduler::commandIdFor(id, u"followup"_s, 1, BreachAction::Escalate));
    CHECK(hub.runAt(wib(2026, 11, 19, 9)).escalated == 0);
    CHECK(hub.count(u"escalated"_s, id) == 1);
}

TEST_CASE("a re-dispatch starts a new follow-up cycle, and the scheduler acts on the new cycle's due time")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    const QUuid id = hub.dispatchedAt(wib(2026, 11, 2, 15), u"DISHUB"_s);
    hub.returnAt(id, wib(2026, 11, 5, 10));
    hub.redispatchAt(id, wib(2026, 11, 6, 10), u"PUPR"_s);
    // Cycle 1 would have been due 16 November; cycle 2 is due Friday 20 November 24:00 WIB.
    const QDateTime due = utc(2026, 11, 20, 17);
    REQUIRE(hub.deadline(id, u"followup"_s, due).dueAt == due);
    REQUIRE(hub.deadline(id, u"followup"_s, due).cycle == 2);
    CHECK(hub.runAt(utc(2026, 11, 16, 17)).escalated == 0);
    CHECK(hub.runAt(due.addMSecs(-1)).escalated == 0);
    CHECK(hub.runAt(due).escalated == 1);
    const auto escalated = hub.eventsOf(id, u"escalated"_s);
    REQUIRE(escalated.size() == 1);
    CHECK(escalated.constFirst().commandId == Scheduler::commandIdFor(id, u"followup"_s, 2, BreachAction::Escalate));
    CHECK(escalated.constFirst().payload.value(u"cycle"_s).toInt() == 2);
}

TEST_CASE("a pass looks only at the schedule's due entries, not at every complaint")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    const QUuid due = hub.dispatchedAt(wib(2026, 11, 2, 15)); // due 16 November
    for (int i = 0; i < 30; ++i)
        hub.dispatchedAt(wib(2026, 11, 10, 9).addSecs(i * 60)); // due 24 November
    const SchedulerPass pass = hub.runAt(utc(2026, 11, 16, 17));
    CHECK(pass.looked == 1);
    CHECK(pass.escalated == 1);
    CHECK(hub.count(u"escalated"_s, due) == 1);
    CHECK(hub.count(u"escalated"_s) == 1);
    // Each running follow-up clock is one entry of the schedule; the escalated one left it with its escalation.
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM hub_schedule WHERE clock = 'followup'"_s) == 30);
}

TEST_CASE("the hub's command id is UUIDv5 of complaint, clock, cycle and action, and nothing else")
{
    const QUuid complaint(u"1b4e28ba-2fa1-41d2-883f-0016d3cca427"_s);
    const QUuid id = Scheduler::commandIdFor(complaint, u"followup"_s, 1, BreachAction::Escalate);
    CHECK(id.version() == QUuid::Sha1);
    CHECK(id == Scheduler::commandIdFor(complaint, u"followup"_s, 1, BreachAction::Escalate));
    // Fixed for good: a hub restarted on a newer build must make the ids its predecessor made.
    // Python: uuid.uuid5(UUID("6f1c2a8e-52d4-4f0b-9b7e-3a5d1c0e9f41"), "1b4e28ba-...-0016d3cca427/followup/1/escalate")
    CHECK(id.toString(QUuid::WithoutBraces) == u"5023e6b6-0d18-513b-86d2-6ac23d70e2e4"_s);
    CHECK(id != Scheduler::commandIdFor(complaint, u"followup"_s, 2, BreachAction::Escalate));
    CHECK(id != Scheduler::commandIdFor(complaint, u"autoclose"_s, 1, BreachAction::Escalate));
    CHECK(id != Scheduler::commandIdFor(complaint, u"followup"_s, 1, BreachAction::Close));
    CHECK(id != Scheduler::commandIdFor(QUuid::createUuid(), u"followup"_s, 1, BreachAction::Escalate));
}

TEST_CASE("a hub-made decision taken on a version that has moved on is not appended")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    const QUuid id = hub.dispatchedAt(wib(2026, 11, 2, 15));
    const auto before = hub.store().complaint(id);
    REQUIRE(before.ok());
    AppendRequest request;
    request.command = {Scheduler::commandIdFor(id, u"followup"_s, 1, BreachAction::Escalate), CommandType::Escalate, id,
                       before.value()->version - 1, 1, {{u"reason"_s, u"tenggat terlampaui"_s}}};
    request.actor = Scheduler::actor();
    request.now = utc(2026, 11, 17, 0);
    request.requestDigest = "digest";
    request.decidedOnVersion = before.value()->version - 1;
    const auto stale = hub.store().execute(request);
    REQUIRE(stale.ok());
    CHECK(stale->status == 409);
    CHECK(stale->body.value(u"error"_s).toObject().value(u"code"_s).toString() == u"stale_decision"_s);
    CHECK(hub.count(u"escalated"_s, id) == 0);
    // Not remembered: the same id decided again on the current version goes through, once.
    request.decidedOnVersion = before.value()->version;
    const auto applied = hub.store().execute(request);
    REQUIRE(applied.ok());
    CHECK(applied->status == 200);
    CHECK_FALSE(applied->replayed);
    const auto again = hub.store().execute(request);
    REQUIRE(again.ok());
    CHECK(again->replayed);
    CHECK(hub.count(u"escalated"_s, id) == 1);
}

TEST_CASE("a schedule left stale by a writer without the policy is rebuilt from the log before the pass")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    hub.store().setSlaPolicy({}); // a tool or an old build appending: it cannot keep the schedule
    const QUuid late = hub.dispatchedAt(wib(2026, 11, 2, 15));
    const QUuid answered = hub.dispatchedAt(wib(2026, 11, 2, 16));
    const QUuid answeredLate = hub.dispatchedAt(wib(2026, 11, 2, 17));
    hub.respondAt(answered, wib(2026, 11, 10, 10));
    hub.respondAt(answeredLate, wib(2026, 11, 17, 10)); // after its due time, 17 November 00:00 WIB
    CHECK(hub.store().scheduleBasis().value_or(QString()) == QString::fromLatin1(HubStore::kStaleSchedule));
    const SchedulerPass pass = hub.runAt(utc(2026, 11, 18, 0));
    CHECK(pass.rebuilt == 1);
    CHECK(pass.escalated == 2);
    CHECK(hub.count(u"escalated"_s, late) == 1);
    CHECK(hub.count(u"escalated"_s, answered) == 0);
    CHECK(hub.count(u"escalated"_s, answeredLate) == 1);
    CHECK(hub.store().scheduleBasis().value_or(QString()) == Scheduler::basisOf(city()));
    CHECK(hub.runAt(utc(2026, 11, 19, 0)).rebuilt == 0);
}

TEST_CASE("an entry the schedule still lists after its action was appended appends nothing again")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    const QUuid id = hub.dispatchedAt(wib(2026, 11, 2, 15));
    CHECK(hub.runAt(utc(2026, 11, 17, 0)).escalated == 1);
    // As if the entry had survived (an older build, a restore of a copy taken in between): it is looked at again.
    QSqlQuery q(hub.store().database());
    q.prepare(u"INSERT INTO hub_schedule(complaint_id, clock, cycle, floor_at, check_at) VALUES (?, 'followup', 1, "
              u"'2026-11-16T17:00:00.000Z', '2026-11-16T17:00:00.000Z')"_s);
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    REQUIRE(q.exec());
    const SchedulerPass pass = hub.runAt(utc(2026, 11, 18, 0));
    CHECK(pass.looked == 1);
    CHECK(pass.escalated == 0);
    CHECK(hub.count(u"escalated"_s, id) == 1);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM hub_schedule WHERE clock = 'followup'"_s) == 0);
}

TEST_CASE("a store made before the schedule existed is upgraded, and its schedule is built from the log")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    const QUuid late = hub.dispatchedAt(wib(2026, 11, 2, 15));
    const QUuid running = hub.dispatchedAt(wib(2026, 11, 12, 9));
    // Back to schema 1, as an older rabeg-hub left it: no schedule table, no basis.
    for (const QString &sql : {u"DROP TABLE hub_schedule"_s, u"DELETE FROM hub_meta WHERE key = 'schedule_basis'"_s,
                               u"UPDATE hub_meta SET value = '1' WHERE key = 'schema_version'"_s}) {
        QSqlQuery q(hub.store().database());
        REQUIRE(q.exec(sql));
    }
    hub.reopen();
    CHECK(hub.scalar(u"SELECT value FROM hub_meta WHERE key = 'schema_version'"_s) == kHubSchemaVersion);
    CHECK(hub.store().scheduleBasis().value_or(QString()) == QString::fromLatin1(HubStore::kStaleSchedule));
    const SchedulerPass pass = hub.runAt(utc(2026, 11, 17, 0));
    CHECK(pass.rebuilt == 1);
    CHECK(hub.count(u"escalated"_s, late) == 1);
    CHECK(hub.count(u"escalated"_s, running) == 0);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM hub_schedule"_s) == 1); // the running follow-up, due 26 November
}
