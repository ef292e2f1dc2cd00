#include <catch2/catch.hpp>

#include "store/RunningCycleRows.h"

#include "ReportFixture.h"
#include "deadline/CalendarChange.h"
#include "deadline/DeadlinePolicy.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/NextDueRecompute.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QDateTime wibAt(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).addSecs(-7 * 3600);
}

// A complaint received (nothing else) at `at` (WIB text), played through the lifecycle: its triage clock (3 working
// days) is its next due time.
void putReceived(ComplaintRepository &repository, int number, const char *at)
{
    const reporttest::Story story = reporttest::Story(number, u"Jalan rusak"_s).received(at);
    REQUIRE_FALSE(repository.put(story.complaint(), story.events()));
}

QDateTime nextDue(LocalCache &cache, int number)
{
    const auto stored = storedNextDues(cache);
    REQUIRE(stored.ok());
    const QString id = QUuid::createUuidV5(QUuid(), u"report-story-%1"_s.arg(number)).toString(QUuid::WithoutBraces);
    REQUIRE(stored->contains(id));
    return stored->value(id);
}

} // namespace

TEST_CASE("after a short-notice holiday a workstation moves only the next due times whose clocks span that day")
{
    const ReferenceData reference = loadBuiltinReferenceData().value();
    QTemporaryDir dir;
    LocalCache cache;
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference.sla, reference.calendar));
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"next-due-recompute"_s));
    {
        ComplaintRepository repository(cache);
        putReceived(repository, 1, "2026-10-28 10:00"); // 29, 30 Oct, 2 Nov: due Mon 2 Nov 24:00 WIB
        putReceived(repository, 2, "2026-11-02 10:00"); // 3, 4, 5 Nov: due Thu 5 Nov 24:00 WIB
        putReceived(repository, 3, "2026-11-06 10:00"); // 9, 10, 11 Nov: due Wed 11 Nov 24:00 WIB
        putReceived(repository, 4, "2026-11-04 10:00"); // 5, 6, 9 Nov: due Mon 9 Nov 24:00 WIB
    }
    REQUIRE(nextDue(cache, 2) == wibAt(2026, 11, 6, 0));

    QList<CalendarDay> days = reference.calendar;
    days.append(
        {QDate(2026, 11, 4), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 9/2026"_s, {}, false});
    const auto after = std::make_shared<const DeadlinePolicy>(reference.sla, days);
    cache.setDeadlinePolicy(after);
    const auto derived = rederiveNextDueAfterCalendarChange(cache, changedCalendarDays(reference.calendar, days));
    REQUIRE(derived.ok());
    // Complaint 2's clock spans 4 Nov, and its due time moves a working day; but it started before the day off, so
    // its stored due point (the third working day after its start's, on the working-time axis) names the right day
    // under the new calendar and is not written (DuePoints.h). Complaints 3 and 4's are: their clocks start on or
    // after the changed day, whose working time the change takes away from the axis. Their due times stay (5, 6,
    // 9 Nov for complaint 4 either way), but kept unwritten, their points would now name a working day later.
    CHECK(derived.value() == 2);
    CHECK(nextDue(cache, 1) == wibAt(2026, 11, 3, 0));
    CHECK(nextDue(cache, 2) == wibAt(2026, 11, 7, 0)); // 3, 5, 6 Nov: one working day later
    CHECK(nextDue(cache, 3) == wibAt(2026, 11, 12, 0)); // unchanged
    CHECK(nextDue(cache, 4) == wibAt(2026, 11, 10, 0));
    CHECK(cache.meta(u"deadline_policy"_s) == after->fingerprint());
}
