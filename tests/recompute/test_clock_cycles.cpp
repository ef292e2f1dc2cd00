#include <catch2/catch.hpp>

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

namespace {

struct Row
{
    int cycle = 0;
    std::optional<qint64> dueMs; // running_cycles' where the cycle has a row there, else clock_cycles'
    bool stopped = false;
    bool workingDays = false;
    bool running = false; // has a running_cycles row (cache schema 12)
    std::optional<qint64> warnMs; // that row's warning instant
    qint64 startMs = 0;
};

const ReferenceData &reference()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

// Each complaint's latest cycles as clock_cycles keeps them (derived with the history), with the due time and
// warning instant of its running_cycles row where it has one (what a calendar change moves, cache schema 12). A
// running_cycles row exists exactly for the cycles with a due time that have not stopped, and holds their inputs.
QHash<QString, QHash<QString, Row>> clockCycleRows(LocalCache &cache)
{
    QHash<QString, QHash<QString, Row>> rows;
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT c.complaint_id, c.clock, c.cycle, c.due_at, c.stopped, c.unit,"
                   u" r.complaint_id IS NOT NULL, r.warn, c.started_at, c.due_at IS NOT NULL AND c.stopped = 0,"
                   u" r.complaint_id IS NULL OR (r.cycle = c.cycle AND r.started_at = c.started_at AND r.unit = c.unit"
                   u" AND r.start_day = c.start_day AND r.duration = c.duration AND r.opd IS c.opd"
                   u" AND r.pauses IS c.pauses), r.axis, r.due FROM clock_cycles c LEFT JOIN running_cycles r"
                   u" USING (complaint_id, clock)"_s));
    const WorkingCalendar &calendar = cache.deadlinePolicy().calendar();
    while (q.next()) {
        Row row{q.value(2).toInt(), std::nullopt, q.value(4).toInt() != 0, q.value(5).toString() == u"working_days"_s,
                q.value(6).toBool(), std::nullopt, q.value(8).toLongLong()};
        if (!q.value(3).isNull())
            row.dueMs = q.value(3).toLongLong();
        // A running cycle's points (cache schema 16, DuePoints.h) as instants under the cache's calendar.
        const std::optional<QString> axis
            = q.value(11).isNull() ? std::nullopt : std::optional<QString>(axisOfColumn(q.value(11).toString()));
        if (row.running)
            row.dueMs = instantOnAxis(axis, calendar, q.value(12).toLongLong()).toMSecsSinceEpoch();
        if (!q.value(7).isNull())
            row.warnMs = instantOnAxis(axis, calendar, q.value(7).toLongLong()).toMSecsSinceEpoch();
        INFO("complaint " << q.value(0).toString().toStdString() << " clock " << q.value(1).toString().toStdString());
        REQUIRE(row.running == q.value(9).toBool());
        REQUIRE(q.value(10).toBool()); // the same inputs as its clock_cycles row
        rows[q.value(0).toString()].insert(q.value(1).toString(), row);
    }
    REQUIRE(q.exec(u"SELECT count(*) FROM running_cycles r WHERE NOT EXISTS (SELECT 1 FROM clock_cycles c"
                   u" WHERE c.complaint_id = r.complaint_id AND c.clock = r.clock)"_s));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toInt() == 0);
    return rows;
}

// Each complaint's next due time, from complaint_due (cache schema 12; no row: no running clock), whose copies of
// the complaint's columns are checked on the way.
QHash<QString, std::optional<qint64>> nextDueTimes(LocalCache &cache)
{
    QHash<QString, std::optional<qint64>> times;
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT count(*) FROM complaint_due d JOIN complaints c ON c.id = d.id"
                   u" WHERE d.received_at = c.received_at AND d.state = c.state AND d.opd = c.opd"_s));
    REQUIRE(q.next());
    const qint64 agreeing = q.value(0).toLongLong();
    REQUIRE(q.exec(u"SELECT count(*) FROM complaint_due"_s));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toLongLong() == agreeing);
    const auto stored = storedNextDues(cache);
    REQUIRE(stored.ok());
    REQUIRE(q.exec(u"SELECT id FROM complaints"_s));
    while (q.next()) {
        const QDateTime due = stored->value(q.value(0).toString());
        times.insert(q.value(0).toString(), due.isValid() ? std::optional<qint64>(due.toMSecsSinceEpoch()) : std::nullopt);
    }
    return times;
}

// Every complaint's clock cycles and next due time against the core's own computation over its history
// (computeDeadlines and nextDueAt under `policy`): the latest cycle of each started clock, its due time (none while
// paused), stopped or not, and a running one's warning instant; after a calendar change (`afterChange`) a stopped
// working-day cycle's stored due time is not compared: the recompute writes only the running cycles whose due time
// moved (their running_cycles row: due time and warning instant, cache schema 12), the others keep theirs as derived
// with the history (NextDueRecompute.h). Returns how many rows were compared.
int requireCacheAgreesWithCore(LocalCache &cache, const DeadlinePolicy &policy, bool afterChange = false)
{
    const auto rows = clockCycleRows(cache);
    const auto next = nextDueTimes(cache);
    ComplaintRepository repository(cache);
    const auto histories = repository.histories(next.keys());
    REQUIRE(histories.ok());
    int compared = 0;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        const QList<Event> history = histories->value(it.key());
        REQUIRE_FALSE(history.isEmpty());
        const auto expectedNext = policy.nextDueAt(history);
        INFO("complaint " << it.key().toStdString());
        REQUIRE(it.value() == (expectedNext ? std::optional<qint64>(expectedNext->toMSecsSinceEpoch()) : std::nullopt));
        const QHash<QString, Row> mine = rows.value(it.key());
        int started = 0;
        for (const Deadline &d : computeDeadlines(history, policy.clocks(), policy.calendar(), history.last().at)) {
            if (d.cycle == 0)
                continue;
            ++started;
            INFO("clock " << d.clock.toStdString());
            REQUIRE(mine.contains(d.clock));
            const Row row = mine.value(d.clock);
            REQUIRE(row.cycle == d.cycle);
            REQUIRE(row.stopped == d.stoppedAt.isValid());
            if (d.state == DeadlineState::Paused)
                REQUIRE_FALSE(row.dueMs.has_value());
            else if (!row.workingDays || !afterChange || !row.stopped) // a stopped one kept as derived
                REQUIRE(row.dueMs == std::optional<qint64>(d.dueAt.toMSecsSinceEpoch()));
            if (row.running) {
                const auto clock = std::find_if(policy.clocks().cbegin(), policy.clocks().cend(),
                                                [&d](const SlaClock &c) { return c.id == d.clock; });
                REQUIRE(clock != policy.clocks().cend());
                // The warning point is the first instant the core calls the clock in warning (docs/deadlines.md,
                // "Warning": a share of working time for a working-day clock).
                REQUIRE(row.warnMs);
                const QDateTime warnAt = QDateTime::fromMSecsSinceEpoch(*row.warnMs, Qt::UTC);
                REQUIRE(warnAt < d.dueAt);
                const auto stateAt = [&](const QDateTime &t) {
                    for (const Deadline &x : computeDeadlines(history, policy.clocks(), policy.calendar(), t)) {
                        if (x.clock == d.clock)
                            return x.state;
                    }
                    return DeadlineState::NotApplicable;
                };
                REQUIRE(stateAt(warnAt) == DeadlineState::Warning);
                REQUIRE(stateAt(warnAt.addMSecs(-1)) == DeadlineState::Running);
            }
            ++compared;
        }
        REQUIRE(mine.size() == started);
    }
    return compared;
}

} // namespace

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
