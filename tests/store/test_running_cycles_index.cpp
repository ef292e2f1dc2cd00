// Cache schema 9 gave the running clock cycles a covering index that the calendar recompute read whole; schema 12 a
// narrow table of their own (running_cycles, DueTables.h), read whole in key order; schema 16 keeps their due and
// warning points there (DuePoints.h), which the recompute reads only where a change can move them. A cache of schema
// 8 migrates through all three, and the recompute works on it.
#include <catch2/catch.hpp>

#include "CacheQueries.h"
#include "deadline/CalendarChange.h"
#include "deadline/DeadlinePolicy.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"
#include "store/NextDueRecompute.h"
#include "store/RunningCycleRows.h"

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
    CHECK(test::cacheIndexesOf(cache, u"running_cycles"_s)
          == QStringList{u"running_cycles_paused"_s, u"running_cycles_start"_s, u"running_cycles_warning"_s});
    // The table holds exactly the running cycles with a due time (the fixture has some, and some not).
    const qint64 running = test::cacheScalar(cache, u"SELECT count(*) FROM clock_cycles WHERE due_at IS NOT NULL AND stopped = 0"_s);
    CHECK(running > 0);
    CHECK(running < test::cacheScalar(cache, u"SELECT count(*) FROM clock_cycles"_s));
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM running_cycles r JOIN clock_cycles c USING (complaint_id,"
                                   u" clock) WHERE c.due_at IS NOT NULL AND c.stopped = 0 AND c.cycle = r.cycle"_s)
          == running);
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM running_cycles"_s) == running);
    // A real-time clock's due point is its due time.
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM running_cycles r JOIN clock_cycles c USING (complaint_id,"
                                   u" clock) WHERE r.axis IS NULL AND c.due_at <> r.due"_s)
          == 0);

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
    // Every next due time is the core's under the new calendar (some moved: the comparison is not vacuous).
    const auto stored = storedNextDues(cache);
    REQUIRE(stored.ok());
    const ComplaintRepository repository(cache);
    const auto histories = repository.histories(stored->keys());
    REQUIRE(histories.ok());
    int later = 0;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        const auto due = cache.deadlinePolicy().nextDueAt(histories->value(it.key()));
        REQUIRE(due);
        CHECK(*due == it.value());
        later += *due != before->nextDueAt(histories->value(it.key())) ? 1 : 0;
    }
    CHECK(later > 0);
}
