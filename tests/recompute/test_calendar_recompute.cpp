#include "HubPolicy.h"
#include "PolicyRoute.h"
#include "SchedulerFixture.h"
#include "deadline/PolicyJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace schedtest;

namespace {

const Actor kAdmin {u"admin.iwan"_s, Role::Admin, {}};

HubResponse send(ScheduleFixture &hub, const QString &path, const QJsonObject &body, const Actor &actor,
                 const QDateTime &now)
{
    HubRequest request;
    request.method = "POST";
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    bool appended = false;
    return PolicyRoute(hub.store(), city()).handle(request, actor, now, {}, appended);
}

HubResponse read(ScheduleFixture &hub, const QString &path)
{
    HubRequest request;
    request.method = "GET";
    request.path = path;
    bool appended = false;
    return PolicyRoute(hub.store(), city()).handle(request, kAdmin, {}, {}, appended);
}

// The shipped calendar plus `day` off at short notice, as version `version`.
QJsonObject calendarWith(const char *day, int version = 1)
{
    QJsonArray days = encodeCalendarDays(city().calendar);
    days.append(QJsonObject {{u"date"_s, QString::fromLatin1(day)},
                             {u"kind"_s, u"added_holiday"_s},
                             {u"name"_s, u"Libur tambahan Pilkada"_s},
                             {u"decree"_s, u"Keppres 12/2026"_s}});
    return {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"version"_s, version},
            {u"why"_s, u"Keppres 12/2026: libur tambahan"_s},
            {u"days"_s, days}};
}

} // namespace

TEST_CASE("a short-notice holiday moves the auto-close of a spanning complaint by one working day and no other")
{
    ScheduleFixture hub(Backend::Sqlite);
    // A: responded Mon 2 Nov 2026 10:00 WIB: 3-6, 9-13, 16 Nov, auto-close due Mon 16 Nov 24:00 WIB.
    const QUuid spanning = hub.dispatchedAt(wib(2026, 10, 26, 9));
    hub.respondAt(spanning, wib(2026, 11, 2, 10));
    // B: responded Thu 12 Nov 10:00 WIB: 13, 16-20, 23-26 Nov, due Thu 26 Nov 24:00 WIB, after the new day off.
    const QUuid after = hub.dispatchedAt(wib(2026, 11, 5, 9));
    hub.respondAt(after, wib(2026, 11, 12, 10));
    REQUIRE(hub.deadline(spanning, u"autoclose"_s, wib(2026, 11, 3, 0)).dueAt == utc(2026, 11, 16, 17));
    REQUIRE(hub.deadline(after, u"autoclose"_s, wib(2026, 11, 13, 0)).dueAt == utc(2026, 11, 26, 17));
    CHECK(hub.runAt(wib(2026, 11, 3, 8)).closed == 0); // the schedule is taken as kept so far

    // Wednesday 11 November off at short notice, published on Tue 3 Nov.
    const HubResponse published
        = send(hub, u"/api/v1/admin/calendar"_s, calendarWith("2026-11-11"), kAdmin, wib(2026, 11, 3, 9));
    INFO(published.body.toStdString());
    REQUIRE(published.status == 200);
    CHECK(published.object().value(u"changed_days"_s).toInt() == 1);
    CHECK(published.object().value(u"recomputed"_s).toInt() == 1); // A only: B starts after the changed day
    const auto schedule = [&](const QUuid &id) {
        return hub.scalar(u"SELECT count(*) FROM hub_schedule WHERE complaint_id = ? AND check_at = ?"_s,
                          {id.toString(QUuid::WithoutBraces), u"2026-11-17T17:00:00.000Z"_s});
    };
    CHECK(schedule(spanning) == 1); // looked at next at its new due time, Tue 17 Nov 24:00 WIB

    // The scheduler follows the new due time: nothing at the old one, the close exactly at the new one.
    CHECK(hub.runAt(utc(2026, 11, 16, 17)).closed == 0);
    CHECK(hub.runAt(utc(2026, 11, 17, 17).addMSecs(-1)).closed == 0);
    CHECK(hub.count(u"closed"_s, spanning) == 0);
    CHECK(hub.runAt(utc(2026, 11, 17, 17)).closed == 1);
    CHECK(hub.count(u"closed"_s, spanning) == 1);
    CHECK(hub.count(u"closed"_s, after) == 0);
    // B is not moved: closed at its own due time, Thu 26 Nov 24:00 WIB, not a working day later.
    CHECK(hub.runAt(utc(2026, 11, 26, 17).addMSecs(-1)).closed == 0);
    CHECK(hub.runAt(utc(2026, 11, 26, 17)).closed == 1);
    CHECK(hub.count(u"closed"_s, after) == 1);
    // The scheduler never had to rebuild its schedule from the log: the publication recorded the new basis.
    CHECK(hub.store().scheduleBasis().value() == Scheduler::basisOf([] {
              ReferenceData next = city();
              next.calendar.append({QDate(2026, 11, 11),
                                    CalendarDayKind::AddedHoliday,
                                    u"Libur tambahan Pilkada"_s,
                                    u"Keppres 12/2026"_s,
                                    {},
                                    false});
              std::sort(next.calendar.begin(), next.calendar.end(), [](const CalendarDay &a, const CalendarDay &b) {
                  return a.date != b.date ? a.date < b.date : a.opd < b.opd;
              });
              return next;
          }()));
}

TEST_CASE("an escalating working-day clock escalates at the due time a calendar change moved it to")
{
    ScheduleFixture hub(Backend::Sqlite);
    // A policy where the follow-up counts 10 working days (published by an admin), then a day off inside it.
    QJsonArray clocks = encodeSlaClocks(city().sla);
    for (qsizetype i = 0; i < clocks.size(); ++i) {
        QJsonObject clock = clocks.at(i).toObject();
        if (clock.value(u"clock"_s) == u"followup"_s) {
            clock.insert(u"duration"_s, 10);
            clock.insert(u"unit"_s, u"working_days"_s);
            clocks.replace(i, clock);
        }
    }
    const HubResponse policy = send(hub, u"/api/v1/admin/sla-policy"_s,
                                    {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"version"_s, 1},
                                     {u"why"_s, u"Perwal 2026: tindak lanjut 10 hari kerja"_s},
                                     {u"clocks"_s, clocks}},
                                    kAdmin, wib(2026, 10, 30, 9));
    INFO(policy.body.toStdString());
    REQUIRE(policy.status == 200);
    // Dispatched Mon 2 Nov 2026 10:00 WIB: 3-6, 9-13, 16 Nov: due Mon 16 Nov 24:00 WIB.
    const QUuid id = hub.dispatchedAt(wib(2026, 11, 2, 10));
    CHECK(hub.runAt(wib(2026, 11, 3, 8)).escalated == 0);
    REQUIRE(send(hub, u"/api/v1/admin/calendar"_s, calendarWith("2026-11-11"), kAdmin, wib(2026, 11, 3, 9)).status
            == 200);
    CHECK(hub.runAt(utc(2026, 11, 16, 17)).escalated == 0);
    CHECK(hub.runAt(utc(2026, 11, 17, 17).addMSecs(-1)).escalated == 0);
    CHECK(hub.runAt(utc(2026, 11, 17, 17)).escalated == 1);
    CHECK(hub.count(u"escalated"_s, id) == 1);
}

TEST_CASE("publications are for admins, on the version in force, and say why; the versions are read back")
{
    ScheduleFixture hub(Backend::Sqlite);
    const QDateTime now = wib(2026, 11, 3, 9);
    const HubResponse byOperator
        = send(hub, u"/api/v1/admin/calendar"_s, calendarWith("2026-11-11"), operatorActor(), now);
    CHECK(byOperator.status == 403);
    QJsonObject stale = calendarWith("2026-11-11", 2);
    const HubResponse wrongVersion = send(hub, u"/api/v1/admin/calendar"_s, stale, kAdmin, now);
    CHECK(wrongVersion.status == 409);
    CHECK(wrongVersion.object().value(u"error"_s).toObject().value(u"code"_s) == u"policy_version_taken"_s);
    QJsonObject unknown = calendarWith("2026-11-11");
    unknown.insert(u"author"_s, u"me"_s);
    const HubResponse refused = send(hub, u"/api/v1/admin/calendar"_s, unknown, kAdmin, now);
    CHECK(refused.status == 422);
    CHECK(refused.object().value(u"error"_s).toObject().value(u"message"_s).toString().startsWith(u"author:"_s));
    CHECK(hub.count(u"calendar_published"_s) == 0);

    const QJsonObject body = calendarWith("2026-11-11");
    REQUIRE(send(hub, u"/api/v1/admin/calendar"_s, body, kAdmin, now).status == 200);
    // The same command again is answered as before and appends nothing.
    CHECK(send(hub, u"/api/v1/admin/calendar"_s, body, kAdmin, now).status == 200);
    CHECK(hub.scalar(u"SELECT count(*) FROM events WHERE type = 'calendar_published'"_s) == 1);
    const QJsonObject current = read(hub, u"/api/v1/admin/calendar"_s).object();
    CHECK(current.value(u"version"_s).toInt() == 1);
    CHECK(current.value(u"published_by"_s) == u"admin.iwan"_s);
    CHECK(current.value(u"why"_s) == u"Keppres 12/2026: libur tambahan"_s);
    CHECK(current.value(u"provisional_years"_s).toArray() == QJsonArray {2027});
    CHECK(read(hub, u"/api/v1/admin/sla-policy"_s).object().value(u"version"_s).toInt() == 0);
}
