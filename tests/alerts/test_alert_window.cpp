// Cache schema 11 (docs/alerts.md, "How an evaluation reads"): each running clock's warning instant is kept in the
// cache with an index, so that an evaluation reads only the clocks that entered warning since the last one; the
// calendar recompute moves it with the due time; a cache of schema 10 gets it filled; the evaluation's reads run
// on a thread of their own and lose nothing when the window closes meanwhile. Expected times are worked out by
// hand from resources/refdata (sla.csv: triage 3 working days, warning at 70%; calendar.csv 2026).
#include "AlertFixture.h"

#include <catch2/catch.hpp>

#include "CacheQueries.h"
#include "CalendarPage.h"
#include "deadline/CalendarChange.h"
#include "deadline/DeadlinePolicy.h"
#include "deadline/Deadlines.h"
#include "store/ComplaintRepository.h"
#include "store/NextDueRecompute.h"

#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace alerttest;
using rabeg::test::adoptCalendarByPage;

namespace {

// The alerts kept in the cache's state, pending or delivered: "kind tracking-id happened-at (WIB)".
QStringList kept(LocalCache &cache)
{
    QStringList out;
    for (const Alert &alert : AlertState::load(cache).alerts) {
        out.append(u"%1 %2 %3"_s.arg(toCode(alert.kind), alert.trackingId,
                                     alert.happenedAt.addSecs(7 * 3600).toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    return out;
}

// Runs the event loop until the center's background evaluation comes back; REQUIREs that it did, without error.
void waitForEvaluation(AlertCenter &center)
{
    QEventLoop loop;
    QString problem = u"(no answer)"_s;
    QObject::connect(&center, &AlertCenter::evaluated, &loop, [&](const QString &message) {
        problem = message;
        if (!center.evaluating())
            loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit); // a hang fails below instead of blocking the suite
    loop.exec();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
}

} // namespace

TEST_CASE("a triage clock whose due time a new holiday moves enters warning at its new instant, not its old one")
{
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient(recipientOf(operatorRina()));
    REQUIRE_FALSE(center.setMuted(AlertKind::NewComplaint, true));
    evaluateAt(center, "2026-12-07 08:30");
    // Received Mon 7 Dec 09:00 WIB: triage (3 working days) is due at the end of Thu 10 Dec, a span of 87 hours of
    // working time (15 h of Monday, Tuesday to Thursday); 70% of it, 60 h 54 min, is Wed 9 Dec 21:54.
    fixture.received(1, u"Jalan berlubang di Jalan Ahmad Yani"_s, "2026-12-07 09:00");
    evaluateAt(center, "2026-12-07 09:01");

    // Tue 8 Dec becomes a holiday: due at the end of Fri 11 Dec, still 87 hours of working time (Tuesday has none);
    // 70%, 60 h 54 min, is now Thu 10 Dec 21:54 (docs/deadlines.md, "Warning").
    const ReferenceData &reference = shipped();
    QList<CalendarDay> days = reference.calendar;
    days.append({QDate(2026, 12, 8), CalendarDayKind::AddedHoliday, u"Libur"_s, u"Keppres"_s, {}, false});
    fixture.cache().setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference.sla, days));
    const auto moved = rederiveNextDueAfterCalendarChange(fixture.cache(),
                                                          changedCalendarDays(reference.calendar, days));
    REQUIRE(moved.ok());
    // Nothing is written: the clock started before the holiday, so its due and warning points (working time,
    // DuePoints.h) name the new instants under the new calendar.
    CHECK(moved.value() == 0);

    evaluateAt(center, "2026-12-09 22:00"); // the old instant has passed: nothing
    evaluateAt(center, "2026-12-10 21:53");
    CHECK(kept(fixture.cache()).isEmpty());
    evaluateAt(center, "2026-12-10 21:54");
    CHECK(kept(fixture.cache()) == QStringList {u"deadline_warning SRG-2026-000001 2026-12-10 21:54"_s});
    const Alert alert = AlertState::load(fixture.cache()).alerts.constFirst();
    CHECK(alert.dueAt == wib("2026-12-12 00:00"));
    CHECK_FALSE(alert.delivered()); // after office hours: held for the morning
    CHECK(alert.detail == u"Verifikasi"_s); // the clock's name in sla.csv
}

TEST_CASE("a calendar change that moves a warning instant earlier, past the last evaluation, still alerts once")
{
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient(recipientOf(operatorRina()));
    REQUIRE_FALSE(center.setMuted(AlertKind::NewComplaint, true));
    evaluateAt(center, "2026-12-07 08:30");
    // Received Mon 7 Dec 09:00 under a calendar where Tue 8 Dec is a holiday: warning Thu 10 Dec 21:54 (above).
    const ReferenceData &reference = shipped();
    QList<CalendarDay> days = reference.calendar;
    days.append({QDate(2026, 12, 8), CalendarDayKind::AddedHoliday, u"Libur"_s, u"Keppres"_s, {}, false});
    fixture.cache().setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference.sla, days));
    fixture.received(1, u"Drainase tersumbat di Cipocok Jaya"_s, "2026-12-07 09:00");
    evaluateAt(center, "2026-12-09 12:00");
    // The holiday is withdrawn on Thu 10 Dec at 10:00: the instant becomes Wed 9 Dec 21:54 (above), which lies in
    // the next evaluation's window (Wed 12:00, Thu 10:01]: raised then, at its new instant, once.
    fixture.cache().setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference.sla, reference.calendar));
    REQUIRE(rederiveNextDueAfterCalendarChange(fixture.cache(), changedCalendarDays(days, reference.calendar)).ok());
    evaluateAt(center, "2026-12-10 10:01");
    CHECK(kept(fixture.cache()) == QStringList {u"deadline_warning SRG-2026-000001 2026-12-09 21:54"_s});
}

TEST_CASE("a cache of schema 10 migrates with every running clock's warning instant, and the clocks read as entering "
          "warning in each window are those the core's deadlines say crossed into warning in it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache-v10.sqlite"_s);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA "/cache/cache-v10.sqlite"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const auto policy = DeadlinePolicy::builtin();
    LocalCache cache;
    cache.setDeadlinePolicy(policy);
    REQUIRE_FALSE(cache.open(path, u"alerts-v10"_s));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    const qint64 running = test::cacheScalar(cache, u"SELECT count(*) FROM clock_cycles WHERE due_at IS NOT NULL AND stopped = 0"_s);
    CHECK(running > 0);
    // Since cache schema 16 the running cycles' warning points are in running_cycles (DuePoints.h).
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM running_cycles WHERE warn IS NOT NULL"_s) == running);
    QSqlQuery plan(cache.database());
    REQUIRE(plan.exec(u"EXPLAIN QUERY PLAN SELECT * FROM running_cycles WHERE axis IS NULL AND warn > 0 AND warn <= 1"_s));
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    INFO(steps.join(u" | "_s).toStdString());
    CHECK(steps.join(u" | "_s).contains(u"USING INDEX running_cycles_warning"_s));

    // The oracle: every complaint's deadlines by the core (computeDeadlines over its whole history).
    ComplaintRepository repository(cache);
    QStringList ids;
    QSqlQuery all(cache.database());
    REQUIRE(all.exec(u"SELECT id FROM complaints"_s));
    while (all.next())
        ids.append(all.value(0).toString());
    const auto histories = repository.histories(ids);
    REQUIRE(histories.ok());
    const auto stateAt = [&](const QList<Event> &history, const QDateTime &at) {
        return computeDeadlines(history, policy->clocks(), policy->calendar(), at);
    };
    QDateTime from;
    {
        QSqlQuery newest(cache.database());
        REQUIRE(newest.exec(u"SELECT max(received_at) FROM complaints"_s));
        REQUIRE(newest.next());
        from = QDateTime::fromString(newest.value(0).toString(), Qt::ISODateWithMs);
    }
    QStringList read;
    QStringList expected;
    AlertQuery query(cache);
    for (QDateTime t0 = from.addDays(-20); t0 < from.addDays(30); t0 = t0.addSecs(4 * 3600)) {
        const QDateTime t1 = t0.addSecs(4 * 3600);
        const auto rows = query.cyclesEnteringWarning(t0, t1);
        REQUIRE(rows.ok());
        for (const RunningCycleRow &row : rows.value())
            read.append(u"%1/%2/%3 due %4"_s.arg(row.complaint.toString(QUuid::WithoutBraces), row.clock)
                            .arg(row.cycle)
                            .arg(row.dueAt.toString(Qt::ISODate)));
        for (auto it = histories->cbegin(); it != histories->cend(); ++it) {
            const QList<Deadline> before = stateAt(it.value(), t0);
            const QList<Deadline> after = stateAt(it.value(), t1);
            for (qsizetype i = 0; i < after.size(); ++i) {
                if (before.at(i).state == DeadlineState::Running && after.at(i).state == DeadlineState::Warning)
                    expected.append(u"%1/%2/%3 due %4"_s.arg(it.key(), after.at(i).clock)
                                        .arg(after.at(i).cycle)
                                        .arg(after.at(i).dueAt.toString(Qt::ISODate)));
            }
        }
    }
    read.sort();
    expected.sort();
    CHECK_FALSE(expected.isEmpty());
    CHECK(read == expected);
}

TEST_CASE("an evaluation whose reads run on the evaluator's thread delivers as one on the cache's connection")
{
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient(recipientOf(operatorRina()));
    center.evaluateInBackground(wib("2026-12-08 08:30")); // the baseline
    waitForEvaluation(center);
    fixture.received(1, u"Sampah menumpuk di Pasar Rau"_s, "2026-12-08 10:00");
    center.evaluateInBackground(wib("2026-12-08 10:01"));
    CHECK(center.delivered().isEmpty()); // nothing is applied before the reads come back
    waitForEvaluation(center);
    CHECK(deliveredSummary(center) == QStringList {u"new_complaint SRG-2026-000001 now"_s});
    CHECK(AlertState::load(fixture.cache()).lastEvaluation == wib("2026-12-08 10:01"));
}

TEST_CASE("the evaluator's own connection, opened before a sync adopts a holiday, judges warnings under it")
{
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient(recipientOf(operatorRina()));
    REQUIRE_FALSE(center.setMuted(AlertKind::NewComplaint, true));
    center.evaluateInBackground(wib("2026-12-07 08:30")); // the baseline: the evaluator opens its connection
    waitForEvaluation(center);
    // Received Mon 7 Dec 09:00 WIB: triage warning Wed 9 Dec 21:54 under the shipped calendar; with Tue 8 Dec a
    // holiday, Thu 10 Dec 21:54 (the first test case above).
    fixture.received(1, u"Jalan berlubang di Jalan Ahmad Yani"_s, "2026-12-07 09:00");
    center.evaluateInBackground(wib("2026-12-07 09:01"));
    waitForEvaluation(center);
    QList<CalendarDay> days = shipped().calendar;
    days.append({QDate(2026, 12, 8), CalendarDayKind::AddedHoliday, u"Libur"_s, u"Keppres"_s, {}, false});
    adoptCalendarByPage(fixture.cache(), days); // on the cache's connection, as the sync thread's adopts it

    center.evaluateInBackground(wib("2026-12-09 22:00")); // the old instant has passed: nothing
    waitForEvaluation(center);
    center.evaluateInBackground(wib("2026-12-10 21:53"));
    waitForEvaluation(center);
    CHECK(kept(fixture.cache()).isEmpty());
    center.evaluateInBackground(wib("2026-12-10 21:54"));
    waitForEvaluation(center);
    CHECK(kept(fixture.cache()) == QStringList {u"deadline_warning SRG-2026-000001 2026-12-10 21:54"_s});
}

TEST_CASE("requests made while an evaluation runs make one more after it, at the latest time asked")
{
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient(recipientOf(operatorRina()));
    evaluateAt(center, "2026-12-08 08:30");
    fixture.received(1, u"Air PDAM keruh di Serang Baru"_s, "2026-12-08 10:00");
    center.evaluateInBackground(wib("2026-12-08 10:01"));
    center.evaluateInBackground(wib("2026-12-08 10:03"));
    center.evaluateInBackground(wib("2026-12-08 10:02"));
    waitForEvaluation(center);
    CHECK_FALSE(center.evaluating());
    CHECK(deliveredSummary(center) == QStringList {u"new_complaint SRG-2026-000001 now"_s});
    CHECK(AlertState::load(fixture.cache()).lastEvaluation == wib("2026-12-08 10:03"));
}

TEST_CASE("a window closed while its evaluation runs loses no alert: the next one finds it, once")
{
    AlertCache fixture;
    {
        AlertCenter center(fixture.cache());
        center.setRecipient(recipientOf(operatorRina()));
        evaluateAt(center, "2026-12-08 08:30");
    }
    fixture.received(1, u"Lampu PJU mati di Jalan Ki Mas Jong"_s, "2026-12-08 10:00");
    {
        AlertCenter closing(fixture.cache());
        closing.setRecipient(recipientOf(operatorRina()));
        closing.evaluateInBackground(wib("2026-12-08 10:01"));
        CHECK(closing.evaluating());
    } // destroyed before its reads come back: it waits for them and drops them
    const AlertState untouched = AlertState::load(fixture.cache());
    CHECK(untouched.lastEvaluation == wib("2026-12-08 08:30"));
    CHECK(untouched.alerts.isEmpty());

    AlertCenter reopened(fixture.cache());
    reopened.setRecipient(recipientOf(operatorRina()));
    reopened.evaluateInBackground(wib("2026-12-08 10:05"));
    waitForEvaluation(reopened);
    CHECK(deliveredSummary(reopened) == QStringList {u"new_complaint SRG-2026-000001 now"_s});
    reopened.evaluateInBackground(wib("2026-12-08 10:06"));
    waitForEvaluation(reopened);
    CHECK(reopened.delivered().size() == 1);
}

TEST_CASE("a write of the state handed to the evaluator's thread lands before the window is gone")
{
    AlertCache fixture;
    {
        AlertCenter center(fixture.cache());
        center.setRecipient(recipientOf(operatorRina()));
        evaluateAt(center, "2026-12-08 08:30");
        fixture.received(1, u"Saluran air tersumbat di Kaligandu"_s, "2026-12-08 10:00");
        center.evaluateInBackground(wib("2026-12-08 10:01"));
        waitForEvaluation(center);
        REQUIRE(center.unreadCount() == 1);
        REQUIRE_FALSE(center.markAllRead()); // handed to the evaluator's thread
        CHECK(center.unreadCount() == 0);
    } // closed at once
    const AlertState kept = AlertState::load(fixture.cache());
    REQUIRE(kept.alerts.size() == 1);
    CHECK(kept.alerts.constFirst().read);
}

TEST_CASE("an evaluation that keeps nothing new writes only where it stopped, and a restart starts from there")
{
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient(recipientOf(operatorRina()));
    evaluateAt(center, "2026-12-08 08:30");
    fixture.received(1, u"Trotoar rusak di Jalan Diponegoro"_s, "2026-12-08 09:00");
    evaluateAt(center, "2026-12-08 09:01");
    const QString whole = fixture.cache().meta(u"alerts_state"_s);
    const qint64 seqBefore = AlertState::load(fixture.cache()).lastSeq;
    // Someone else's assignment moves the seq on without alerting op.rina.
    fixture.assigned(1, "2026-12-08 09:10", supervisorBudi(), u"op.dedi"_s);
    evaluateAt(center, "2026-12-08 09:11");
    CHECK(fixture.cache().meta(u"alerts_state"_s) == whole);
    const AlertState stopped = AlertState::load(fixture.cache());
    CHECK(stopped.lastEvaluation == wib("2026-12-08 09:11"));
    CHECK(stopped.lastSeq > seqBefore);
    CHECK(stopped.alerts.size() == 1);

    AlertCenter restarted(fixture.cache());
    restarted.setRecipient(recipientOf(operatorRina()));
    CHECK(restarted.scanFrom(wib("2026-12-08 09:12")).lastSeq == stopped.lastSeq);
    evaluateAt(restarted, "2026-12-08 09:12");
    CHECK(deliveredSummary(restarted) == QStringList {u"new_complaint SRG-2026-000001 now"_s});
}
