#include "CoreAgreement.h"

#include <catch2/catch.hpp>

#include "deadline/ClockCycles.h"
#include "deadline/NextDue.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/RunningCycleRows.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg::recompute_test {

const ReferenceData &reference()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

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

int requireCacheAgreesWithCore(LocalCache &cache, const DeadlinePolicy &policy, bool afterChange)
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


} // namespace rabeg::recompute_test
