#include <catch2/catch.hpp>

#include "DeadlineFixture.h"

using namespace rabeg;
using namespace rabeg::testing;

TEST_CASE("the 2026 decree closes the days around Nyepi and Idul Fitri, 18 to 24 March")
{
    const WorkingCalendar &c = shippedCalendar();
    CHECK(c.isWorkingDay(QDate(2026, 3, 17)));       // Tuesday before
    for (int day = 18; day <= 24; ++day)
        CHECK_FALSE(c.isWorkingDay(QDate(2026, 3, day))); // cuti, Nyepi, cuti, Idul Fitri (Sat, Sun), cuti, cuti
    CHECK(c.isWorkingDay(QDate(2026, 3, 25)));
    // Three working days after 17 March: 25, 26, 27 March.
    CHECK(c.nthWorkingDayAfter(QDate(2026, 3, 17), 3) == QDate(2026, 3, 27));
}

TEST_CASE("Christmas, cuti bersama and the provisional New Year close the year's end")
{
    const WorkingCalendar &c = shippedCalendar();
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 12, 24))); // cuti bersama
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 12, 25))); // Christmas
    CHECK(c.isWorkingDay(QDate(2026, 12, 31)));
    CHECK_FALSE(c.isWorkingDay(QDate(2027, 1, 1))); // provisional, fixed-date
    CHECK(c.nthWorkingDayAfter(QDate(2026, 12, 23), 3) == QDate(2026, 12, 30));
    CHECK(c.nthWorkingDayAfter(QDate(2026, 12, 29), 5) == QDate(2027, 1, 6));
}

TEST_CASE("a front-line OPD's working Saturday counts for that OPD only")
{
    const WorkingCalendar &c = shippedCalendar();
    CHECK(c.isWorkingDay(QDate(2026, 12, 5), QStringLiteral("DISDUKCAPIL")));
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 12, 5), QStringLiteral("DISHUB")));
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 12, 5)));
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 12, 12), QStringLiteral("DISDUKCAPIL"))); // not a first Saturday
    CHECK(c.nthWorkingDayAfter(QDate(2026, 12, 3), 5, QStringLiteral("DISDUKCAPIL")) == QDate(2026, 12, 9));
    CHECK(c.nthWorkingDayAfter(QDate(2026, 12, 3), 5, QStringLiteral("DISHUB")) == QDate(2026, 12, 10));
}

TEST_CASE("WIB days begin at 17:00 UTC")
{
    CHECK(WorkingCalendar::wibDate(utc("2026-11-26T16:59:59Z")) == QDate(2026, 11, 26));
    CHECK(WorkingCalendar::wibDate(utc("2026-11-26T17:00:00Z")) == QDate(2026, 11, 27));
    CHECK(WorkingCalendar::endOfWibDay(QDate(2026, 11, 27)) == utc("2026-11-27T17:00:00Z"));
    CHECK(WorkingCalendar::startOfWibDay(QDate(2026, 11, 27)) == utc("2026-11-26T17:00:00Z"));
    // The year's last WIB day ends at 17:00 UTC on 31 December.
    CHECK(WorkingCalendar::endOfWibDay(QDate(2026, 12, 31)) == utc("2026-12-31T17:00:00Z"));
    CHECK(WorkingCalendar::wibDate(utc("2026-12-31T17:30:00Z")) == QDate(2027, 1, 1));
}
