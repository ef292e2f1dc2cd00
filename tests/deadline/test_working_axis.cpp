#include <catch2/catch.hpp>

#include "DeadlineFixture.h"
#include "deadline/ClockCycles.h"

using namespace rabeg;
using namespace rabeg::testing;

namespace {

const QString kDisdukcapil = QStringLiteral("DISDUKCAPIL");

// The shipped calendar with one more day off, as an admin adds one at short notice.
WorkingCalendar withDayOff(const QDate &day)
{
    QList<CalendarDay> days = shippedReference().calendar;
    CalendarDay off;
    off.date = day;
    off.kind = CalendarDayKind::AddedHoliday;
    off.name = QStringLiteral("Cuti tambahan");
    off.decree = QStringLiteral("Keppres 9/2026");
    days.append(off);
    return WorkingCalendar(days);
}

} // namespace

TEST_CASE("an ordinal grows by one on each working day and by none on any other day")
{
    const WorkingCalendar &c = shippedCalendar();
    for (const QString &opd : {QString(), kDisdukcapil}) {
        for (QDate day(2025, 12, 1); day <= QDate(2027, 2, 1); day = day.addDays(1)) {
            INFO(day.toString(Qt::ISODate).toStdString() << " " << opd.toStdString());
            CHECK(c.ordinal(day, opd) - c.ordinal(day.addDays(-1), opd) == (c.isWorkingDay(day, opd) ? 1 : 0));
        }
    }
    // Before the epoch too: 31 December 1999 is a Friday, the week before the epoch's Monday.
    CHECK(c.ordinal(QDate(1999, 12, 31)) - c.ordinal(QDate(1999, 12, 30)) == 1);
    CHECK(c.ordinal(QDate(2000, 1, 2)) == 0);
    CHECK(c.ordinal(QDate(2000, 1, 3)) == 1);
}

TEST_CASE("the day of ordinal(start) + n is the n-th working day after the start")
{
    const WorkingCalendar &c = shippedCalendar();
    for (const QString &opd : {QString(), kDisdukcapil}) {
        for (QDate start(2026, 1, 1); start <= QDate(2026, 12, 31); start = start.addDays(1)) {
            for (const int n : {1, 3, 5, 10, 14}) {
                INFO(start.toString(Qt::ISODate).toStdString() << " + " << n << " " << opd.toStdString());
                CHECK(c.dayOfOrdinal(c.ordinal(start, opd) + n, opd) == c.nthWorkingDayAfter(start, n, opd));
            }
        }
    }
    // By hand: three working days after Tuesday 17 March 2026 are 25, 26 and 27 March (18 to 24 closed).
    CHECK(c.dayOfOrdinal(c.ordinal(QDate(2026, 3, 17)) + 3) == QDate(2026, 3, 27));
}

TEST_CASE("a position counts the working time that has passed, flat over days off")
{
    const WorkingCalendar &c = shippedCalendar();
    const qint64 day = WorkingCalendar::kDayMs;
    const qint64 thursday = c.ordinal(QDate(2026, 11, 26)); // Thursday 26 November 2026
    // Friday 27 November 10:00 WIB: all of Thursday and ten hours of Friday.
    CHECK(c.position(wib("2026-11-27 10:00")) == thursday * day + 10 * 3600 * 1000);
    // The weekend adds nothing: Saturday noon and Monday 00:00 both sit at the end of Friday.
    CHECK(c.position(wib("2026-11-28 12:00")) == (thursday + 1) * day);
    CHECK(c.position(wib("2026-11-30 00:00")) == (thursday + 1) * day);
    // DISDUKCAPIL works the first Saturday of December, 5 December: its noon is half a day on.
    const qint64 friday = c.ordinal(QDate(2026, 12, 4), kDisdukcapil);
    CHECK(c.position(wib("2026-12-05 12:00"), kDisdukcapil) == friday * day + day / 2);
    CHECK(c.position(wib("2026-12-05 12:00")) == c.ordinal(QDate(2026, 12, 4)) * day);
    // The first instant at a position: within a working day, or the end of the last working day before.
    CHECK(c.instantOfPosition(thursday * day + 10 * 3600 * 1000) == wib("2026-11-27 10:00"));
    CHECK(c.instantOfPosition((thursday + 1) * day) == WorkingCalendar::endOfWibDay(QDate(2026, 11, 27)));
    CHECK(c.instantOfPosition((thursday + 1) * day + 1) == wib("2026-11-30 00:00").addMSecs(1));
}

TEST_CASE("a day off added later moves no ordinal before it, so a deadline kept as an ordinal stays right")
{
    const WorkingCalendar &before = shippedCalendar();
    const QDate dayOff(2026, 12, 2); // Wednesday
    const WorkingCalendar after = withDayOff(dayOff);
    for (QDate day(2026, 11, 1); day < dayOff; day = day.addDays(1))
        CHECK(after.ordinal(day) == before.ordinal(day));
    CHECK(after.ordinal(dayOff) == before.ordinal(dayOff) - 1);
    // Five working days from Friday 27 November: Mon 30 Nov to Fri 4 Dec before the change; 7 December after, and the
    // ordinal stored before the change names that day under the new calendar.
    const qint64 stored = before.ordinal(QDate(2026, 11, 27)) + 5;
    CHECK(before.dayOfOrdinal(stored) == QDate(2026, 12, 4));
    CHECK(after.dayOfOrdinal(stored) == QDate(2026, 12, 7));
    CHECK(after.nthWorkingDayAfter(QDate(2026, 11, 27), 5) == QDate(2026, 12, 7));
    // A clock that starts on the changed day itself does not keep its ordinal: it is the one a change rewrites.
    CHECK(after.dayOfOrdinal(before.ordinal(dayOff) + 1) != after.nthWorkingDayAfter(dayOff, 1));
}

TEST_CASE("only an OPD that opens on a Saturday has an axis of its own")
{
    const WorkingCalendar &c = shippedCalendar();
    CHECK(c.axisOf(kDisdukcapil) == kDisdukcapil);
    CHECK(c.axisOf(QStringLiteral("DISHUB")).isEmpty());
    CHECK(c.axisOf(QString()).isEmpty());
    CHECK(c.opdAxes().contains(kDisdukcapil));
    CHECK_FALSE(c.opdAxes().contains(QStringLiteral("DISHUB")));
}

TEST_CASE("a working-day clock's span is measured on its OPD's axis and warns at a share of its working time")
{
    const WorkingCalendar &c = shippedCalendar();
    SlaClock clock;
    clock.id = QStringLiteral("first_response");
    clock.unit = ClockUnit::WorkingDays;
    clock.duration = 5;
    clock.warningPercent = 70;
    ClockCycle cycle;
    cycle.clock = clock.id;
    cycle.cycle = 1;
    cycle.start = wib("2026-11-27 17:00"); // Friday after office hours
    cycle.opd = QStringLiteral("DISHUB");
    const CycleSpan span = cycleSpan(cycle, clock, c, 0);
    REQUIRE(span.axis == QString());
    // Due at the end of Friday 4 December, as cycleDueAt says.
    CHECK(instantOnAxis(span.axis, c, span.due) == cycleDueAt(cycle, clock, c, 0));
    CHECK(instantOnAxis(span.axis, c, span.due) == WorkingCalendar::endOfWibDay(QDate(2026, 12, 4)));
    // Its working time: the 7 hours left of Friday and five working days, 127 hours; 70% of it is 88.9 hours
    // (88 h 54 min), 7 of them on Friday and 81 h 54 min after Monday 00:00, so Thursday 3 December 09:54 WIB. In
    // real time (7 days 7 hours, 70% is 122.5 hours) it would have warned on Wednesday 2 December at 19:30.
    CHECK(instantOnAxis(span.axis, c, span.warning(70)) == wib("2026-12-03 09:54"));
    // An hour clock stays in real time.
    SlaClock hours = clock;
    hours.unit = ClockUnit::Hours;
    hours.duration = 10;
    const CycleSpan literal = cycleSpan(cycle, hours, c, 0);
    CHECK_FALSE(literal.axis.has_value());
    CHECK(literal.due - literal.start == 10 * 3600 * 1000);
    CHECK(instantOnAxis(literal.axis, c, literal.warning(70)) == wib("2026-11-28 00:00"));
}
