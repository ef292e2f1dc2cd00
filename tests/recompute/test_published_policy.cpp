// A calendar published through a real hub reaches a workstation by sync, and the workstation's cache computes its
// next due times (the inbox's overdue filter) under it exactly as the core does (docs/deadlines.md, "How a
// published version reaches the workstations").
#include "TestClient.h"
#include "TestHub.h"
#include "deadline/DeadlinePolicy.h"
#include "deadline/NextDue.h"
#include "deadline/PolicyJson.h"
#include "store/ComplaintRepository.h"
#include "store/OverdueCondition.h"
#include "store/PublishedPolicy.h"
#include "store/RunningCycleRows.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QHash<QString, std::optional<qint64>> nextDueTimes(LocalCache &cache)
{
    QHash<QString, std::optional<qint64>> times;
    const auto stored = storedNextDues(cache);
    REQUIRE(stored.ok());
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT id FROM complaints"_s));
    while (q.next()) {
        const QDateTime due = stored->value(q.value(0).toString());
        times.insert(q.value(0).toString(), due.isValid() ? std::optional<qint64>(due.toMSecsSinceEpoch()) : std::nullopt);
    }
    return times;
}

// The complaints the inbox's overdue filter lists at `at`: its SQL ranges over the stored next due times and points.
QSet<QString> overdueInCache(LocalCache &cache, const QDateTime &at)
{
    QSet<QString> ids;
    QSqlQuery q(cache.database());
    const OverdueCondition overdue = OverdueCondition::at(cache.deadlinePolicy().calendar(), at, u"d"_s);
    q.prepare(u"SELECT id FROM complaint_due d WHERE "_s + overdue.sql);
    for (const QVariant &bind : overdue.binds)
        q.addBindValue(bind);
    REQUIRE(q.exec());
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

// The same set as the core says it: a clock breached and not stopped at `at`, over each cached history.
QSet<QString> overdueByCore(LocalCache &cache, const DeadlinePolicy &policy, const QDateTime &at)
{
    ComplaintRepository repository(cache);
    const auto all = nextDueTimes(cache).keys();
    const auto histories = repository.histories(all);
    REQUIRE(histories.ok());
    QSet<QString> ids;
    for (const QString &id : all) {
        for (const Deadline &d : computeDeadlines(histories->value(id), policy.clocks(), policy.calendar(), at)) {
            if (isOverdue(d))
                ids.insert(id);
        }
    }
    return ids;
}

// An admin publishes `days` as calendar version 1 through the hub's API (REQUIREs that it is taken).
void publishCalendar(TestHub &hub, const QList<CalendarDay> &days, const QString &why)
{
    const QJsonObject body{{u"command_id"_s, uuidText(QUuid::createUuid())},
                           {u"version"_s, 1},
                           {u"why"_s, why},
                           {u"days"_s, encodeCalendarDays(days)}};
    const HubResponse published = hub.post(u"admin"_s, u"/api/v1/admin/calendar"_s, body);
    INFO(published.body.toStdString());
    REQUIRE(published.status == 200);
}

} // namespace

TEST_CASE("a day off published through the hub moves a synced workstation's overdue set as the core says")
{
    TestHub::Options options;
    options.demoComplaints = 400;
    TestHub hub(options);
    hub.addUser(u"admin"_s, Role::Admin);
    QTemporaryDir dir;
    TestClient client(hub.url(), u"supervisor"_s, dir.filePath(u"cache.sqlite"_s));
    client.requireSync();
    const DeadlinePolicy shipped(hub.reference().sla, hub.reference().calendar);
    REQUIRE(client.cache().deadlinePolicy().fingerprint() == shipped.fingerprint());

    // A complaint whose next due time is a working-day clock's, due on a day that is now declared a day off at
    // short notice: its due time must move to the next working day.
    ComplaintRepository repository(client.cache());
    const auto before = nextDueTimes(client.cache());
    const auto histories = repository.histories(before.keys());
    REQUIRE(histories.ok());
    std::optional<QDateTime> dueDay;
    for (auto it = before.cbegin(); it != before.cend() && !dueDay; ++it) {
        if (!it.value())
            continue;
        const QList<Event> history = histories->value(it.key());
        for (const Deadline &d : computeDeadlines(history, shipped.clocks(), shipped.calendar(), history.last().at)) {
            const SlaClock *clock = nullptr;
            for (const SlaClock &c : shipped.clocks())
                clock = c.id == d.clock ? &c : clock;
            if (clock && clock->unit == ClockUnit::WorkingDays && d.dueAt.toMSecsSinceEpoch() == *it.value()
                && WorkingCalendar::wibDate(d.dueAt.addMSecs(-1)).dayOfWeek() <= 5)
                dueDay = d.dueAt;
        }
    }
    REQUIRE(dueDay);
    const QDate dayOff = WorkingCalendar::wibDate(dueDay->addMSecs(-1));
    QList<CalendarDay> days = hub.reference().calendar;
    days.append({dayOff, CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 12/2026"_s, {}, false});
    publishCalendar(hub, days, u"Keppres 12/2026: libur tambahan"_s);
    const QDateTime judged = *dueDay; // the old due instant: overdue then under the shipped calendar, not after
    const QSet<QString> overdueBefore = overdueInCache(client.cache(), judged);
    REQUIRE(overdueBefore == overdueByCore(client.cache(), shipped, judged));

    client.requireSync();
    const DeadlinePolicy changed(hub.reference().sla, days);
    REQUIRE(client.cache().deadlinePolicy().fingerprint() == changed.fingerprint());
    REQUIRE(client.meta(u"deadline_policy"_s) == changed.fingerprint());
    const QSet<QString> overdueAfter = overdueInCache(client.cache(), judged);
    CHECK(overdueAfter == overdueByCore(client.cache(), changed, judged));
    CHECK(overdueAfter != overdueBefore);
    // Every stored next due time is the core's under the published calendar.
    const auto after = nextDueTimes(client.cache());
    const auto again = repository.histories(after.keys());
    REQUIRE(again.ok());
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto expected = changed.nextDueAt(again->value(it.key()));
        INFO(it.key().toStdString());
        CHECK(it.value() == (expected ? std::optional<qint64>(expected->toMSecsSinceEpoch()) : std::nullopt));
    }
}

TEST_CASE("a workstation restarted after adopting a published calendar keeps it without deriving again")
{
    TestHub::Options options;
    options.demoComplaints = 60;
    TestHub hub(options);
    hub.addUser(u"admin"_s, Role::Admin);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    QList<CalendarDay> days = hub.reference().calendar;
    days.append({QDate(2026, 12, 2), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 12/2026"_s, {},
                 false});
    const DeadlinePolicy changed(hub.reference().sla, days);
    {
        TestClient client(hub.url(), u"supervisor"_s, path);
        client.requireSync();
        publishCalendar(hub, days, u"Keppres 12/2026"_s);
        client.requireSync();
        REQUIRE(client.meta(u"deadline_policy"_s) == changed.fingerprint());
        // Marks every next due time: a restart that derived them again would overwrite the marks.
        QSqlQuery q(client.cache().database());
        REQUIRE(q.exec(u"UPDATE complaint_due SET mixed = 7"_s));
    }
    TestClient restarted(hub.url(), u"supervisor"_s, path);
    CHECK(restarted.cache().deadlinePolicy().fingerprint() == changed.fingerprint());
    QSqlQuery q(restarted.cache().database());
    REQUIRE(q.exec(u"SELECT count(*) FROM complaint_due WHERE mixed = 7"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);
}

TEST_CASE("a connection open before a late day off reads the overdue set as the core says once it takes the policy")
{
    TestHub::Options options;
    options.demoComplaints = 400;
    TestHub hub(options);
    hub.addUser(u"admin"_s, Role::Admin);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    TestClient client(hub.url(), u"supervisor"_s, path);
    client.requireSync();
    // The screens' connection (the inbox, the dashboard, the alert evaluator each keep one open), opened before.
    LocalCache screen;
    REQUIRE_FALSE(screen.open(path, newConnectionName()));
    REQUIRE(screen.axisOrigins().isEmpty());

    // A day off recognised late: a working day early in the running clocks' starts, so that few started before it
    // and the sync renumbers the days before it (AxisShift.h), moving the axis's origin.
    const WorkingCalendar &shipped = client.cache().deadlinePolicy().calendar();
    QSqlQuery q(client.cache().database());
    REQUIRE(q.exec(u"SELECT start_day FROM running_cycles WHERE axis = '*' ORDER BY start_day"_s));
    QList<qint64> starts;
    while (q.next())
        starts.append(q.value(0).toLongLong());
    REQUIRE(starts.size() > 20);
    QDate dayOff = QDate::fromJulianDay(starts.at(starts.size() / 10));
    while (!shipped.isWorkingDay(dayOff))
        dayOff = dayOff.addDays(1);
    QList<CalendarDay> days = hub.reference().calendar;
    days.append({dayOff, CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 13/2026"_s, {}, false});
    publishCalendar(hub, days, u"Keppres 13/2026: libur tambahan"_s);
    client.requireSync();
    const DeadlinePolicy changed(hub.reference().sla, days);
    REQUIRE(client.cache().deadlinePolicy().fingerprint() == changed.fingerprint());
    INFO("day off " << dayOff.toString(Qt::ISODate).toStdString());
    REQUIRE_FALSE(client.cache().axisOrigins().isEmpty()); // the shift this test is about happened

    // What a screen does after each sync: take the policy the cache holds now, origins and all.
    REQUIRE_FALSE(usePublishedPolicy(screen));
    CHECK(screen.deadlinePolicy().fingerprint() == changed.fingerprint());
    CHECK(screen.axisOrigins() == client.cache().axisOrigins());
    // Every stored point read back as an instant by the screen is the instant the sync wrote.
    const auto screenDues = storedNextDues(screen);
    const auto syncDues = storedNextDues(client.cache());
    REQUIRE(screenDues.ok());
    REQUIRE(syncDues.ok());
    CHECK(screenDues.value() == syncDues.value());
    // Judged at noon WIB on each of the ten days before the day off and after it (the renumbered days are before
    // it): the screen's SQL agrees with the core.
    for (int d = -10; d <= 10; ++d) {
        const QDateTime at(dayOff.addDays(d), QTime(5, 0), QTimeZone::utc());
        INFO("judged at " << at.toString(Qt::ISODate).toStdString());
        CHECK(overdueInCache(screen, at) == overdueByCore(screen, changed, at));
    }
}
