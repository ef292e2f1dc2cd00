#include <catch2/catch.hpp>

#include "CoreAgreement.h"

#include "deadline/ClockCycles.h"
#include "store/RunningCycleRows.h"

#include "deadline/CalendarChange.h"
#include "deadline/DeadlinePolicy.h"
#include "deadline/NextDue.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/NextDueRecompute.h"
#include "store/WarningInstants.h"

#include <algorithm>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::recompute_test;

TEST_CASE("after a calendar change the clock cycles and next due times equal the core's over every history")
{
    QTemporaryDir dir;
    const auto shipped = std::make_shared<const DeadlinePolicy>(reference().sla, reference().calendar);
    LocalCache cache;
    cache.setDeadlinePolicy(shipped);
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"clock-cycles"_s));
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    DemoOptions options;
    options.count = 1500;
    options.weeks = 16; // 4 Aug to 30 Nov 2026
    REQUIRE_FALSE(fillWithDemoData(cache, reference(), corpus.value(), options));
    REQUIRE(requireCacheAgreesWithCore(cache, *shipped) > 1500);

    // A decree's corrections: days off added at short notice (one inside the data's last weeks, one a month
    // earlier), a holiday taken back (Tue 25 Aug 2026), and a Saturday Disdukcapil opens (21 Nov 2026).
    QList<CalendarDay> days;
    for (const CalendarDay &day : reference().calendar) {
        if (day.date != QDate(2026, 8, 25))
            days.append(day);
    }
    days.append({QDate(2026, 11, 18), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 9/2026"_s, {},
                 false});
    days.append({QDate(2026, 10, 21), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 8/2026"_s, {},
                 false});
    days.append({QDate(2026, 11, 21), CalendarDayKind::OpdWorkingDay, u"Pelayanan Sabtu"_s, u"Kepdis 1/2026"_s,
                 u"DISDUKCAPIL"_s, false});
    const QList<QDate> changed = changedCalendarDays(reference().calendar, days);
    REQUIRE(changed.size() == 4);
    const auto changedPolicy = std::make_shared<const DeadlinePolicy>(reference().sla, days);
    const QHash<QString, std::optional<qint64>> before = nextDueTimes(cache);

    cache.setDeadlinePolicy(changedPolicy);
    const auto moved = rederiveNextDueAfterCalendarChange(cache, changed);
    REQUIRE(moved.ok());
    const QHash<QString, std::optional<qint64>> after = nextDueTimes(cache);
    qint64 differ = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        differ += it.value() != before.value(it.key()) ? 1 : 0;
    REQUIRE(differ > 0); // the change moved some running deadline: the comparison below is not vacuous
    requireCacheAgreesWithCore(cache, *changedPolicy, true);
    REQUIRE(cache.meta(u"deadline_policy"_s) == changedPolicy->fingerprint());
}

TEST_CASE("a calendar change that moves no working day leaves every clock cycle as it was")
{
    QTemporaryDir dir;
    const auto shipped = std::make_shared<const DeadlinePolicy>(reference().sla, reference().calendar);
    LocalCache cache;
    cache.setDeadlinePolicy(shipped);
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"clock-cycles-same"_s));
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    DemoOptions options;
    options.count = 300;
    REQUIRE_FALSE(fillWithDemoData(cache, reference(), corpus.value(), options));
    const auto rows = clockCycleRows(cache);
    // A holiday on a Sunday (the weekend already closes it): nothing spans a changed working status.
    QList<CalendarDay> days = reference().calendar;
    days.append({QDate(2026, 11, 22), CalendarDayKind::AddedHoliday, u"Libur"_s, u"Keppres"_s, {}, false});
    const QList<QDate> changed = changedCalendarDays(reference().calendar, days);
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference().sla, days));
    const auto moved = rederiveNextDueAfterCalendarChange(cache, changed);
    INFO((moved.ok() ? QString() : moved.error().message).toStdString());
    REQUIRE(moved.ok());
    REQUIRE(moved.value() == 0);
    REQUIRE(clockCycleRows(cache).size() == rows.size());
}

namespace {

// Counts, from temporary triggers on the recompute's own connection, every next due time written (changed or not:
// complaint_due's rows, and the complaint row's former column) and every clock_cycles and running_cycles row
// written.
struct WriteCounter
{
    LocalCache &cache;

    explicit WriteCounter(LocalCache &c) : cache(c)
    {
        for (const QString &sql :
             {u"CREATE TEMP TABLE writes (what TEXT NOT NULL)"_s,
              u"CREATE TEMP TRIGGER count_next_due AFTER UPDATE OF next_due_at ON complaints"
              u" BEGIN INSERT INTO writes VALUES ('next_due'); END"_s,
              u"CREATE TEMP TRIGGER count_due_update AFTER UPDATE ON complaint_due"
              u" BEGIN INSERT INTO writes VALUES ('next_due'); END"_s,
              u"CREATE TEMP TRIGGER count_due_insert AFTER INSERT ON complaint_due"
              u" BEGIN INSERT INTO writes VALUES ('next_due'); END"_s,
              u"CREATE TEMP TRIGGER count_due_delete AFTER DELETE ON complaint_due"
              u" BEGIN INSERT INTO writes VALUES ('next_due'); END"_s,
              u"CREATE TEMP TRIGGER count_running_update AFTER UPDATE ON running_cycles"
              u" BEGIN INSERT INTO writes VALUES ('cycle'); END"_s,
              u"CREATE TEMP TRIGGER count_running_insert AFTER INSERT ON running_cycles"
              u" BEGIN INSERT INTO writes VALUES ('cycle'); END"_s,
              u"CREATE TEMP TRIGGER count_running_delete AFTER DELETE ON running_cycles"
              u" BEGIN INSERT INTO writes VALUES ('cycle'); END"_s,
              u"CREATE TEMP TRIGGER count_cycle_update AFTER UPDATE ON clock_cycles"
              u" BEGIN INSERT INTO writes VALUES ('cycle'); END"_s,
              u"CREATE TEMP TRIGGER count_cycle_insert AFTER INSERT ON clock_cycles"
              u" BEGIN INSERT INTO writes VALUES ('cycle'); END"_s,
              u"CREATE TEMP TRIGGER count_cycle_delete AFTER DELETE ON clock_cycles"
              u" BEGIN INSERT INTO writes VALUES ('cycle'); END"_s}) {
            QSqlQuery q(cache.database());
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
    }
    qint64 take(const QString &what)
    {
        QSqlQuery q(cache.database());
        REQUIRE(q.prepare(u"SELECT count(*) FROM writes WHERE what = ?"_s));
        q.addBindValue(what);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const qint64 n = q.value(0).toLongLong();
        REQUIRE(q.prepare(u"DELETE FROM writes WHERE what = ?"_s));
        q.addBindValue(what);
        REQUIRE(q.exec());
        return n;
    }
};

QList<CalendarDay> withDayOff(QList<CalendarDay> days, const QDate &date)
{
    days.append({date, CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres"_s, {}, false});
    return days;
}

} // namespace

TEST_CASE("two calendar changes in a row each move every next due time the core moves, and write only the points "
          "of the clocks that start on or after the changed day")
{
    QTemporaryDir dir;
    const auto shipped = std::make_shared<const DeadlinePolicy>(reference().sla, reference().calendar);
    LocalCache cache;
    cache.setDeadlinePolicy(shipped);
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"clock-cycles-twice"_s));
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    DemoOptions options;
    options.count = 1200;
    options.weeks = 8; // 6 Oct to 30 Nov 2026
    REQUIRE_FALSE(fillWithDemoData(cache, reference(), corpus.value(), options));
    WriteCounter writes(cache);

    // First a day off on Tue 24 Nov, then one on Mon 30 Nov: the second change is computed from the rows' inputs
    // and points as the first left them.
    const QList<CalendarDay> first = withDayOff(reference().calendar, QDate(2026, 11, 24));
    const QList<CalendarDay> second = withDayOff(first, QDate(2026, 11, 30));
    QHash<QString, std::optional<qint64>> before = nextDueTimes(cache);
    for (const QList<CalendarDay> *days : {&first, &second}) {
        const QList<CalendarDay> &previous = days == &first ? reference().calendar : first;
        const QDate dayOff = days == &first ? QDate(2026, 11, 24) : QDate(2026, 11, 30);
        // The working-day cycles whose points a day off can make wrong (DuePoints.h): those that start on or after
        // it, or whose pauses cover it.
        QSqlQuery q(cache.database());
        q.prepare(u"SELECT count(*) FROM running_cycles WHERE axis IS NOT NULL AND (start_day >= ?"
                  u" OR (pause_first_day <= ? AND pause_last_day >= ?))"_s);
        for (int b = 0; b < 3; ++b)
            q.addBindValue(dayOff.toJulianDay());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const qint64 candidates = q.value(0).toLongLong();
        const auto policy = std::make_shared<const DeadlinePolicy>(reference().sla, *days);
        cache.setDeadlinePolicy(policy);
        const auto moved = rederiveNextDueAfterCalendarChange(cache, changedCalendarDays(previous, *days));
        REQUIRE(moved.ok());
        const QHash<QString, std::optional<qint64>> after = nextDueTimes(cache);
        qint64 differ = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            differ += it.value() != before.value(it.key()) ? 1 : 0;
        // Many complaints' next due times moved. The entries written are those of the clocks that started on or
        // after the day off (whose due times mostly stay): a clock that started before it keeps its point, which
        // names the new due day.
        CAPTURE(differ, moved.value(), candidates);
        CHECK(differ > 20);
        CHECK(writes.take(u"next_due"_s) == moved.value()); // an entry that did not change is not written
        CHECK(writes.take(u"cycle"_s) <= candidates); // only the candidates' points are written
        requireCacheAgreesWithCore(cache, *policy, true); // and every next due time is the core's
        before = after;
    }
}
