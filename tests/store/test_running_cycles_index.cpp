// Cache schema 9: the running clock cycles get a covering index that the calendar recompute reads whole, without a
// row look-up each. A cache of schema 8 migrates to it, and the recompute reads it.
#include <catch2/catch.hpp>

#include "CacheQueries.h"
#include "deadline/CalendarChange.h"
#include "deadline/DeadlinePolicy.h"
#include "refdata/ReferenceLoader.h"
#include "store/LocalCache.h"
#include "store/NextDueRecompute.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QString plan(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"EXPLAIN QUERY PLAN "_s + sql));
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps.join(u" | "_s);
}

} // namespace

TEST_CASE("a cache of schema 8 migrates to a covering index of the running clock cycles, which the recompute reads")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache-v8.sqlite"_s);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA "/cache/cache-v8.sqlite"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const ReferenceData reference = loadBuiltinReferenceData().value();
    LocalCache cache;
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference.sla, reference.calendar));
    REQUIRE_FALSE(cache.open(path, u"running-cycles-index"_s));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    CHECK(test::cacheIndexesOf(cache, u"clock_cycles"_s) == QStringList{u"clock_cycles_running"_s, u"clock_cycles_warning"_s});
    // The partial index holds exactly the running cycles with a due time (the fixture has some, and some not).
    const qint64 running = test::cacheScalar(cache, u"SELECT count(*) FROM clock_cycles WHERE due_at IS NOT NULL AND stopped = 0"_s);
    CHECK(running > 0);
    CHECK(running < test::cacheScalar(cache, u"SELECT count(*) FROM clock_cycles"_s));
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM clock_cycles INDEXED BY clock_cycles_running"
                        u" WHERE due_at IS NOT NULL AND stopped = 0"_s)
          == running);

    const QString cycles = plan(cache, u"SELECT complaint_id, unit, start_day, opd, duration, started_at, pauses,"
                                       u" due_at, clock FROM clock_cycles INDEXED BY clock_cycles_running"
                                       u" WHERE due_at IS NOT NULL AND stopped = 0 ORDER BY complaint_id"_s);
    INFO(cycles.toStdString());
    CHECK(cycles.contains(u"COVERING INDEX clock_cycles_running"_s)); // no row look-up
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
