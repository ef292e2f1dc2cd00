// Cache schema 9 gave the running clock cycles a covering index that the calendar recompute read whole; since schema
// 12 they are a narrow table of their own (running_cycles, DueTables.h), read whole in key order. A cache of schema
// 8 migrates through both, and the recompute reads the table.
#include <catch2/catch.hpp>

#include "CacheQueries.h"
#include "deadline/CalendarChange.h"
#include "deadline/DeadlinePolicy.h"
#include "refdata/ReferenceLoader.h"
#include "store/LocalCache.h"
#include "store/NextDueRecompute.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

TEST_CASE("a cache of schema 8 migrates to a table of the running clock cycles, which the recompute reads")
{
    QTemporaryDir dir;
    const QString path = test::copyOfCacheFixture(dir, 8);
    const ReferenceData reference = loadBuiltinReferenceData().value();
    LocalCache cache;
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference.sla, reference.calendar));
    REQUIRE_FALSE(cache.open(path, u"running-cycles-index"_s));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    CHECK(test::cacheIndexesOf(cache, u"clock_cycles"_s).isEmpty()); // schema 9's and 11's, dropped at 12
    CHECK(test::cacheIndexesOf(cache, u"running_cycles"_s) == QStringList{u"running_cycles_warning"_s});
    // The table holds exactly the running cycles with a due time (the fixture has some, and some not).
    const qint64 running = test::cacheScalar(cache, u"SELECT count(*) FROM clock_cycles WHERE due_at IS NOT NULL AND stopped = 0"_s);
    CHECK(running > 0);
    CHECK(running < test::cacheScalar(cache, u"SELECT count(*) FROM clock_cycles"_s));
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM running_cycles r JOIN clock_cycles c USING (complaint_id,"
                                   u" clock) WHERE c.due_at = r.due_at AND c.stopped = 0 AND c.cycle = r.cycle"_s)
          == running);
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM running_cycles"_s) == running);

    const QString cycles = test::cacheQueryPlan(cache, u"SELECT complaint_id, unit, start_day, opd, duration,"
                                                       u" started_at, pauses, due_at, clock FROM running_cycles"
                                                       u" ORDER BY complaint_id, clock"_s);
    INFO(cycles.toStdString());
    CHECK(cycles.contains(u"SCAN running_cycles"_s));
    CHECK_FALSE(cycles.contains(u"TEMP B-TREE"_s)); // no sort

    // The recompute runs on the migrated cache: a day off on the fixture's last working days moves something.
    QList<CalendarDay> days = reference.calendar;
    QSqlQuery newest(cache.database());
    REQUIRE(newest.exec(u"SELECT max(received_at) FROM complaints"_s));
    REQUIRE(newest.next());
    QDate day = WorkingCalendar::wibDate(QDateTime::fromString(newest.value(0).toString(), Qt::ISODateWithMs));
    const auto before = std::make_shared<const DeadlinePolicy>(reference.sla, reference.calendar);
    while (!before->calendar().isWorkingDay(day.addDays(1)))
        day = day.addDays(1);
    days.append({day.addDays(1), CalendarDayKind::AddedHoliday, u"Libur"_s, u"Keppres"_s, {}, false});
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference.sla, days));
    const auto moved = rederiveNextDueAfterCalendarChange(cache, changedCalendarDays(reference.calendar, days));
    REQUIRE(moved.ok());
    CHECK(moved.value() > 0);
}
