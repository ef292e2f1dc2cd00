#include <catch2/catch.hpp>

#include "DeadlineFixture.h"
#include "deadline/CalendarChange.h"
#include "deadline/PolicyVersions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::testing;

namespace {

const Actor kAdmin {u"admin.dewi"_s, Role::Admin, {}};

QJsonObject shortNotice(const char *date)
{
    return {{u"date"_s, QString::fromLatin1(date)},
            {u"kind"_s, u"added_holiday"_s},
            {u"name"_s, u"Libur tambahan"_s},
            {u"decree"_s, u"Keppres 9/2026"_s},
            {u"provisional"_s, false}};
}

QJsonObject calendarWith(const QJsonObject &day, int version = 1)
{
    QJsonArray days = encodeCalendarDays(shippedReference().calendar);
    days.append(day);
    return {{u"version"_s, version}, {u"why"_s, u"Keppres libur tambahan"_s}, {u"days"_s, days}};
}

QString refusalOf(const Result<QJsonObject, Refusal> &decided)
{
    return decided.ok() ? u"(accepted)"_s : decided.error().code + u": "_s + decided.error().message;
}

Event published(const QString &type, const QJsonObject &payload)
{
    Event e;
    e.typeName = type;
    e.known = false;
    e.actor = kAdmin;
    e.at = wib("2026-11-02 08:00");
    e.payload = payload;
    return e;
}

} // namespace

TEST_CASE("the shipped policy and calendar read back unchanged from their published form")
{
    const auto clocks = decodeSlaClocks(encodeSlaClocks(shippedReference().sla), u"clocks"_s, DecodeMode::Strict);
    REQUIRE(clocks.ok());
    REQUIRE(clocks->size() == shippedReference().sla.size());
    for (qsizetype i = 0; i < clocks->size(); ++i) {
        CHECK(clocks->at(i).id == shippedReference().sla.at(i).id);
        CHECK(clocks->at(i).duration == shippedReference().sla.at(i).duration);
        CHECK(clocks->at(i).startEvents == shippedReference().sla.at(i).startEvents);
        CHECK(clocks->at(i).breach == shippedReference().sla.at(i).breach);
    }
    const auto days = decodeCalendarDays(encodeCalendarDays(shippedReference().calendar), u"days"_s, DecodeMode::Strict,
                                         &shippedReference());
    INFO((days.ok() ? QString() : days.error().message).toStdString());
    REQUIRE(days.ok());
    CHECK(days->size() == shippedReference().calendar.size());
    CHECK(provisionalYears(days.value()) == QList<int> {2027});
}

TEST_CASE("a calendar publication is refused with the field that is wrong")
{
    const PolicyVersions versions(shippedReference().sla, shippedReference().calendar);
    const auto refusal = [&](const QJsonObject &day) {
        return refusalOf(versions.decideCalendar(calendarWith(day), kAdmin, &shippedReference()));
    };
    QJsonObject day = shortNotice("2026-11-04");
    day.insert(u"colour"_s, u"red"_s);
    CHECK(refusal(day).contains(u".colour"_s));
    day = shortNotice("2026-11-04");
    day.insert(u"decree"_s, u""_s);
    CHECK(refusal(day).contains(u".decree: a day off needs the decree it comes from"_s));
    day = shortNotice("2026-11-31");
    CHECK(refusal(day).contains(u".date: \"2026-11-31\" is not a date"_s));
    CHECK(refusal(QJsonObject {
                      {u"date"_s, u"2026-11-03"_s}, {u"kind"_s, u"opd_working_day"_s}, {u"opd"_s, u"DISDUKCAPIL"_s}})
              .contains(u"2026-11-03 is not a Saturday"_s));
    CHECK(refusal(QJsonObject {{u"date"_s, u"2026-11-07"_s}, {u"kind"_s, u"opd_working_day"_s}, {u"opd"_s, u"NOPE"_s}})
              .contains(u".opd: unknown OPD \"NOPE\""_s));
    CHECK(refusal(shortNotice("2026-12-25")).contains(u"2026-12-25 is listed twice as a day off"_s));
    day = shortNotice("2026-11-04");
    day.insert(u"kind"_s, u"festival"_s);
    CHECK(refusal(day).contains(u".kind: use holiday, cuti_bersama, added_holiday or opd_working_day"_s));
    // A provisional day may wait for its decree.
    day = shortNotice("2027-03-10");
    day.insert(u"decree"_s, u""_s);
    day.insert(u"provisional"_s, true);
    CHECK(versions.decideCalendar(calendarWith(day), kAdmin, &shippedReference()).ok());
}

TEST_CASE("only an admin publishes, on the version in force, and says why")
{
    const PolicyVersions versions(shippedReference().sla, shippedReference().calendar);
    const QJsonObject body = calendarWith(shortNotice("2026-11-04"));
    const auto byOperator = versions.decideCalendar(body, {u"op.rina"_s, Role::Operator, {}}, &shippedReference());
    REQUIRE_FALSE(byOperator.ok());
    CHECK(byOperator.error().isForbidden());
    CHECK(refusalOf(versions.decideCalendar(calendarWith(shortNotice("2026-11-04"), 2), kAdmin, &shippedReference()))
              .startsWith(u"policy_version_taken: version: version 0 is in force, so this one is 1"_s));
    QJsonObject noWhy = body;
    noWhy.insert(u"why"_s, u"  "_s);
    CHECK(refusalOf(versions.decideCalendar(noWhy, kAdmin, &shippedReference())).startsWith(u"why_required: why:"_s));
    QJsonObject extra = body;
    extra.insert(u"author"_s, u"me"_s);
    CHECK(refusalOf(versions.decideCalendar(extra, kAdmin, &shippedReference()))
              .startsWith(u"invalid_field: author: not a field"_s));

    QJsonArray clocks = encodeSlaClocks(shippedReference().sla);
    QJsonObject followup = clocks.at(2).toObject();
    followup.insert(u"unit"_s, u"weeks"_s);
    clocks.replace(2, followup);
    CHECK(refusalOf(versions.decideSla({{u"version"_s, 1}, {u"why"_s, u"x"_s}, {u"clocks"_s, clocks}}, kAdmin))
              .contains(u"clocks[2].unit: use working_days, calendar_days or hours"_s));
    followup.insert(u"unit"_s, u"calendar_days"_s);
    followup.insert(u"start_events"_s, QJsonArray {u"dispatched"_s, u"teleported"_s});
    clocks.replace(2, followup);
    CHECK(refusalOf(versions.decideSla({{u"version"_s, 1}, {u"why"_s, u"x"_s}, {u"clocks"_s, clocks}}, kAdmin))
              .contains(u"clocks[2].start_events[1]: \"teleported\" is not an event type"_s));
}

TEST_CASE("published versions are learnt in order and what they say is in force")
{
    PolicyVersions versions(shippedReference().sla, shippedReference().calendar);
    const auto decided = versions.decideCalendar(calendarWith(shortNotice("2026-11-04")), kAdmin, &shippedReference());
    REQUIRE(decided.ok());
    REQUIRE_FALSE(versions.learn(published(QString::fromUtf16(kCalendarPublishedType), decided.value())));
    CHECK(versions.calendar().version == 1);
    CHECK(versions.calendar().by == u"admin.dewi"_s);
    CHECK(versions.calendar().why == u"Keppres libur tambahan"_s);
    CHECK_FALSE(WorkingCalendar(versions.days()).isWorkingDay(QDate(2026, 11, 4)));
    CHECK(versions.calendarJson().value(u"version"_s).toInt() == 1);
    // The same version again is a damaged stream, not a silent overwrite.
    CHECK(versions.learn(published(QString::fromUtf16(kCalendarPublishedType), decided.value())).has_value());
}

TEST_CASE("a calendar change lists only the days whose working status changes")
{
    const QList<CalendarDay> &before = shippedReference().calendar;
    QList<CalendarDay> after = before;
    after.append(
        {QDate(2026, 11, 4), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 9/2026"_s, {}, false});
    after.append({QDate(2026, 11, 7), CalendarDayKind::OpdWorkingDay, {}, {}, u"DISHUB"_s, false});
    after[0].name = u"Tahun Baru Masehi (renamed)"_s; // a new name moves no deadline
    CHECK(changedCalendarDays(before, after) == QList<QDate> {QDate(2026, 11, 4), QDate(2026, 11, 7)});
    CHECK(changedCalendarDays(after, before) == QList<QDate> {QDate(2026, 11, 4), QDate(2026, 11, 7)});
    CHECK(changedCalendarDays(before, before).isEmpty());

    const QList<QDate> changed {QDate(2026, 11, 4)};
    // Started Mon 2 Nov, due Thu 5 Nov 24:00 WIB: spans Wed 4 Nov.
    CHECK(spansAny(wib("2026-11-02 10:00"), wib("2026-11-06 00:00"), changed));
    // Started on the changed day itself: that day never counts.
    CHECK_FALSE(spansAny(wib("2026-11-04 10:00"), wib("2026-11-10 00:00"), changed));
    // Due at the end of Tue 3 Nov: over before the changed day.
    CHECK_FALSE(spansAny(wib("2026-10-29 10:00"), wib("2026-11-04 00:00"), changed));
}

TEST_CASE("a short-notice holiday moves a deadline that spans it by exactly one working day and no other")
{
    QList<CalendarDay> days = shippedReference().calendar;
    days.append(
        {QDate(2026, 11, 4), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 9/2026"_s, {}, false});
    const WorkingCalendar after(days);
    History spanning;
    spanning.add(EventType::Received, "2026-11-02 10:00");
    History later;
    later.add(EventType::Received, "2026-11-06 10:00");
    const QDateTime now = wib("2026-11-02 12:00");
    const auto triage = [&](const History &h, const WorkingCalendar &calendar) {
        return clockOf(computeDeadlines(h.events(), shippedReference().sla, calendar, now), "triage").dueAt;
    };
    // Received Mon 2 Nov: 3, 4, 5 Nov, due Thu 5 Nov 24:00 WIB; with 4 Nov off: 3, 5, 6, due Fri 6 Nov 24:00 WIB.
    CHECK(triage(spanning, shippedCalendar()) == utc("2026-11-05T17:00:00Z"));
    CHECK(triage(spanning, after) == utc("2026-11-06T17:00:00Z"));
    // Received Fri 6 Nov: 9, 10, 11 Nov either way.
    CHECK(triage(later, shippedCalendar()) == utc("2026-11-11T17:00:00Z"));
    CHECK(triage(later, after) == utc("2026-11-11T17:00:00Z"));
}
