#include <catch2/catch.hpp>

#include "SopDemoCache.h"
#include "codec/WireTime.h"
#include "refdata/ReferenceLoader.h"
#include "sop/Checklists.h"
#include "store/ChecklistQuery.h"
#include "store/ComplaintRepository.h"
#include "store/InboxQuery.h"
#include "store/SopProgressQuery.h"
#include "store/NextDueRecompute.h"
#include "store/SopProgress.h"
#include "store/StallBoardQuery.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// A real cache file with demo complaints and SOP ticks, and for each cached complaint its whole history as the
// cache holds it.
struct Fixture
{
    QTemporaryDir dir;
    LocalCache cache;
    ReferenceData reference = loadBuiltinReferenceData().value();
    WorkingCalendar calendar {reference.calendar};
    QDateTime hubTime = parseWireTime(u"2026-11-30T03:00:00Z"_s);
    QHash<QUuid, QList<Event>> histories;
    QHash<QUuid, ComplaintState> states;

    Fixture()
    {
        REQUIRE(dir.isValid());
        REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"sop-store-test"_s));
        DemoOptions options;
        options.count = 2500;
        options.end = hubTime;
        REQUIRE_FALSE(sopdemo::fillCache(cache, reference, options));
        ComplaintRepository repository(cache);
        std::optional<InboxCursor> after;
        for (;;) {
            const auto page = repository.page(after, 500);
            REQUIRE(page.ok());
            if (page->isEmpty())
                break;
            for (const InboxRow &row : page.value()) {
                const QUuid id = QUuid::fromString(row.id);
                histories.insert(id, repository.history(id).value());
                states.insert(id, row.state);
            }
            after = InboxCursor {toWireTime(page->last().receivedAt), page->last().id};
        }
        REQUIRE(histories.size() == 2500);
    }
    const SopCatalog &catalog() const { return *reference.sopCatalog(); }
};

double medianOf(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// Hub times around the fixture's end (Monday 30 November 2026, 10:00 WIB): a Friday evening, the weekend, the first
// instant of Monday, an OPD's open Saturday (5 December), the cuti bersama and Christmas, and the Monday after.
const QStringList kHubTimes = {u"2026-11-27T10:00:00Z"_s, u"2026-11-28T05:00:00Z"_s, u"2026-11-29T16:59:59Z"_s,
                               u"2026-11-29T17:00:00Z"_s, u"2026-11-30T03:00:00Z"_s, u"2026-12-05T02:00:00Z"_s,
                               u"2026-12-24T01:00:00Z"_s, u"2026-12-25T12:00:00Z"_s, u"2026-12-27T17:00:00Z"_s};

// The board the core makes from each complaint's whole history on its own, at `now`.
StallBoardSnapshot expectedBoard(const Fixture &f, const WorkingCalendar &calendar, const QDateTime &now)
{
    StallBoard board;
    StallBoardSnapshot snapshot;
    for (auto it = f.histories.constBegin(); it != f.histories.constEnd(); ++it) {
        const ComplaintState state = f.states.value(it.key());
        if (state == ComplaintState::Dispatched || state == ComplaintState::InProgress)
            ++snapshot.working;
        board.add(it.key(), checklistOf(it.value(), f.catalog(), calendar, now));
    }
    snapshot.at = now;
    snapshot.cells = board.cells();
    snapshot.stalled = board.stalledCount();
    return snapshot;
}

// The board holds counts; each cell's complaints are those its drill-down reads (cellIds).
void checkBoard(const StallBoardQuery &query, const StallBoardSnapshot &board, const StallBoardSnapshot &expected)
{
    CHECK(board.working == expected.working);
    CHECK(board.stalled == expected.stalled);
    REQUIRE(board.cells.size() == expected.cells.size());
    for (qsizetype i = 0; i < board.cells.size(); ++i) {
        StallCell cell = board.cells.at(i);
        INFO(cell.opd.toStdString() << " x " << cell.stepKey.toStdString());
        CHECK(cell.complaints.isEmpty());
        cell.complaints = query.cellIds(cell.opd, cell.stepKey, board.at).value();
        CHECK(cell == expected.cells.at(i));
    }
}

} // namespace

TEST_CASE("every cell of the cache's stall board holds exactly the complaints the core finds stalled there",
          "[sopui][store]")
{
    Fixture f;
    // The expectation, complaint by complaint, from its whole history and the core alone.
    std::map<std::pair<QString, QString>, QList<std::pair<QUuid, int>>> expected;
    int working = 0;
    int stalled = 0;
    QSet<int> positions;
    for (auto it = f.histories.constBegin(); it != f.histories.constEnd(); ++it) {
        const ComplaintState state = f.states.value(it.key());
        if (state == ComplaintState::Dispatched || state == ComplaintState::InProgress)
            ++working;
        const Checklist checklist = checklistOf(it.value(), f.catalog(), f.calendar, f.hubTime);
        if (!checklist.stalled())
            continue;
        ++stalled;
        positions.insert(checklist.stalledStep);
        expected[{checklist.opd, checklist.steps.at(checklist.stalledStep - 1).key}].append(
            {it.key(), checklist.daysAtStep});
    }
    // Worth something only if many complaints stall, at several positions of several OPDs' checklists.
    CHECK(stalled >= 50);
    CHECK(positions.size() >= 3);
    CHECK(expected.size() >= 15);

    const StallBoardQuery query(f.cache, f.catalog(), f.calendar);
    const auto board = query.board(f.hubTime);
    REQUIRE(board.ok());
    CHECK(board->working == working);
    CHECK(board->stalled == stalled);
    REQUIRE(board->cells.size() == qsizetype(expected.size()));
    for (const StallCell &cell : board->cells) {
        INFO(cell.opd.toStdString() << " x " << cell.stepKey.toStdString());
        const auto it = expected.find({cell.opd, cell.stepKey});
        REQUIRE(it != expected.end());
        QList<QUuid> ids;
        QList<int> days;
        for (const auto &[id, d] : it->second) {
            ids.append(id);
            days.append(d);
        }
        std::sort(ids.begin(), ids.end());
        CHECK(query.cellIds(cell.opd, cell.stepKey, f.hubTime).value() == ids);
        CHECK(cell.count == ids.size());
        CHECK(cell.medianDaysStuck == medianOf(days));
        CHECK(cell.maxDaysStuck == *std::max_element(days.begin(), days.end()));
    }
}

TEST_CASE("the cache's stall board equals the core's at hub times across weekends, an open Saturday and holidays",
          "[sopui][store]")
{
    Fixture f;
    const StallBoardQuery query(f.cache, f.catalog(), f.calendar);
    QHash<QString, int> stalled;
    for (const QString &at : kHubTimes) {
        INFO("hub time " << at.toStdString());
        const QDateTime now = parseWireTime(at);
        const StallBoardSnapshot expected = expectedBoard(f, f.calendar, now);
        const auto board = query.board(now);
        REQUIRE(board.ok());
        checkBoard(query, board.value(), expected);
        stalled.insert(at, expected.stalled);
    }
    // The times chosen move the board: nothing stalls during the weekend, and Monday 00:00 WIB stalls the steps due
    // on Friday; later on, most working complaints have stalled.
    CHECK(stalled.value(u"2026-11-29T16:59:59Z"_s) == stalled.value(u"2026-11-27T10:00:00Z"_s));
    CHECK(stalled.value(u"2026-11-29T17:00:00Z"_s) > stalled.value(u"2026-11-29T16:59:59Z"_s));
    CHECK(stalled.value(u"2026-12-05T02:00:00Z"_s) > stalled.value(u"2026-11-30T03:00:00Z"_s));
}

TEST_CASE("after a calendar change, the stall board is the core's under the new calendar, and no SOP progress row "
          "is written",
          "[sopui][store]")
{
    Fixture f;
    const auto rows = [&f] {
        QSqlQuery q(f.cache.database());
        REQUIRE(q.exec(u"SELECT group_concat(complaint_id || ':' || ifnull(step_day, '-'), ',') FROM"
                       u" (SELECT complaint_id, step_day FROM sop_progress ORDER BY complaint_id)"_s));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    const QString before = rows();
    // Two Fridays closed at short notice: every step whose span holds one stalls a working day later.
    QList<CalendarDay> days = f.reference.calendar;
    const QList<QDate> changed = {QDate(2026, 11, 20), QDate(2026, 11, 27)};
    days.append({changed.at(0), CalendarDayKind::Holiday, u"Libur mendadak"_s, u"contoh"_s, {}, false});
    days.append({changed.at(1), CalendarDayKind::Holiday, u"Libur mendadak"_s, u"contoh"_s, {}, false});
    const WorkingCalendar after(days);
    f.cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(f.reference.sla, days));
    REQUIRE(rederiveNextDueAfterCalendarChange(f.cache, changed).ok());
    CHECK(rows() == before);
    const StallBoardQuery query(f.cache, f.catalog(), after);
    int differs = 0; // the change must move some stall, or this case tells nothing
    for (const QString &at : kHubTimes) {
        INFO("hub time " << at.toStdString());
        const QDateTime now = parseWireTime(at);
        const auto board = query.board(now);
        REQUIRE(board.ok());
        const StallBoardSnapshot expected = expectedBoard(f, after, now);
        checkBoard(query, board.value(), expected);
        differs += expected.stalled != expectedBoard(f, f.calendar, now).stalled;
    }
    CHECK(differs > 0);
}

TEST_CASE("a step has stalled on a day exactly when its start day is at most the day sopStallLimit gives",
          "[sopui][store]")
{
    Fixture f;
    QList<CalendarDay> days = f.reference.calendar;
    days.append({QDate(2026, 11, 27), CalendarDayKind::Holiday, u"Libur mendadak"_s, u"contoh"_s, {}, false});
    const WorkingCalendar changed(days);
    QStringList opds = f.calendar.opdAxes();
    REQUIRE_FALSE(opds.isEmpty()); // an OPD that opens on a Saturday: an axis of its own
    opds.prepend(QString());
    int stalledCount = 0;
    int notStalled = 0;
    for (const WorkingCalendar *calendar : {static_cast<const WorkingCalendar *>(&f.calendar), &changed}) {
        for (const QString &opd : std::as_const(opds)) {
            for (QDate now(2026, 11, 14); now <= QDate(2027, 1, 6); now = now.addDays(1)) {
                for (int expectedDays = -1; expectedDays <= 7; ++expectedDays) {
                    const QDate limit = sopStallLimit(now, expectedDays, opd, *calendar);
                    for (QDate start = now.addDays(-30); start <= now; start = start.addDays(1)) {
                        // Any instant of the start day, and any instant of today, judge alike.
                        const QDateTime since = WorkingCalendar::startOfWibDay(start).addSecs(15 * 3600 + 59 * 60);
                        const bool stalled = sopStalledAt(since, expectedDays, opd, *calendar)
                            <= WorkingCalendar::startOfWibDay(now);
                        INFO(opd.toStdString() << " now " << now.toString(Qt::ISODate).toStdString() << " start "
                                               << start.toString(Qt::ISODate).toStdString() << " days "
                                               << expectedDays);
                        REQUIRE((start <= limit) == stalled);
                        stalled ? ++stalledCount : ++notStalled;
                    }
                }
            }
        }
    }
    CHECK(stalledCount > 0);
    CHECK(notStalled > 0);
}

TEST_CASE("an OPD that opens on a Saturday has its steps stall by its own working days, on every reader",
          "[sopui][store]")
{
    Fixture f;
    // Two rows made to start on Friday 27 November with 5 expected days: one at DISDUKCAPIL, which opens on
    // Saturday 5 December, one at DLH, which does not. The first stalls on that Saturday, the second on Monday.
    const QDate saturday(2026, 12, 5);
    REQUIRE(f.calendar.isWorkingDay(saturday, u"DISDUKCAPIL"_s));
    REQUIRE_FALSE(f.calendar.isWorkingDay(saturday, u"DLH"_s));
    const QDateTime since = WorkingCalendar::startOfWibDay(QDate(2026, 11, 27)).addSecs(9 * 3600);
    QSqlQuery q(f.cache.database());
    REQUIRE(q.exec(u"SELECT complaint_id FROM sop_progress WHERE step_day IS NOT NULL AND template_known = 1"
                   u" ORDER BY complaint_id LIMIT 2"_s));
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    REQUIRE(ids.size() == 2);
    const QStringList opds = {u"DISDUKCAPIL"_s, u"DLH"_s};
    q.prepare(u"UPDATE sop_progress SET opd = ?, expected_days = 5, step_since = ?, step_day = ? WHERE complaint_id = ?"_s);
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(opds.at(i));
        q.addBindValue(since.toMSecsSinceEpoch());
        q.addBindValue(sopEpochDay(QDate(2026, 11, 27)));
        q.addBindValue(ids.at(i).toString(QUuid::WithoutBraces));
        REQUIRE(q.exec());
    }
    const SopProgressQuery query(f.cache, f.catalog(), f.calendar);
    InboxQuery inbox(f.cache);
    int apart = 0;
    for (const QDate &day : {QDate(2026, 12, 4), saturday, QDate(2026, 12, 7)}) {
        const QDateTime now = WorkingCalendar::startOfWibDay(day).addSecs(9 * 3600);
        const auto stalls = query.stalls(ids, now);
        REQUIRE(stalls.ok());
        QList<bool> expected;
        for (int i = 0; i < 2; ++i) {
            INFO(opds.at(i).toStdString() << " on " << day.toString(Qt::ISODate).toStdString());
            expected.append(sopStalledAt(since, 5, opds.at(i), f.calendar) <= now);
            const auto cell = query.stalledIds(now, opds.at(i), {});
            REQUIRE(cell.ok());
            CHECK(cell->contains(ids.at(i)) == expected.at(i));
            CHECK(stalls->contains(ids.at(i)) == expected.at(i));
            InboxCriteria criteria;
            criteria.stalledOnly = true;
            criteria.hubNow = now;
            criteria.onlyIds = {ids.at(i)};
            const auto count = inbox.count(criteria);
            REQUIRE(count.ok());
            CHECK(count.value() == (expected.at(i) ? 1 : 0));
            // The filter alone: its page chosen in sop_progress_list, judged by the limits' expression.
            criteria.onlyIds.clear();
            const auto all = inbox.count(criteria);
            REQUIRE(all.ok());
            const auto page = inbox.page(std::nullopt, int(all.value()) + 1, criteria, all.value());
            REQUIRE(page.ok());
            CHECK(page->size() == all.value());
            const bool listed = std::any_of(page->cbegin(), page->cend(), [&](const InboxListRow &line) {
                return line.row.id == ids.at(i).toString(QUuid::WithoutBraces);
            });
            CHECK(listed == expected.at(i));
        }
        apart += expected.at(0) != expected.at(1);
    }
    CHECK(apart == 1); // only on the Saturday
}

TEST_CASE("the stalls the inbox shows are the core's, complaint by complaint", "[sopui][store]")
{
    Fixture f;
    const SopProgressQuery query(f.cache, f.catalog(), f.calendar);
    const auto stalls = query.stalls(f.histories.keys(), f.hubTime);
    REQUIRE(stalls.ok());
    int stalled = 0;
    for (auto it = f.histories.constBegin(); it != f.histories.constEnd(); ++it) {
        INFO(it.key().toString().toStdString());
        const Checklist checklist = checklistOf(it.value(), f.catalog(), f.calendar, f.hubTime);
        REQUIRE(stalls->contains(it.key()) == checklist.stalled());
        if (!checklist.stalled())
            continue;
        ++stalled;
        const SopStall &stall = stalls->value(it.key());
        CHECK(stall.stepNumber == checklist.stalledStep);
        CHECK(stall.daysAtStep == checklist.daysAtStep);
        CHECK(stall.daysOver == checklist.daysOver);
        CHECK(stall.sentence == describeStall(checklist));
    }
    CHECK(stalled >= 50);
}

TEST_CASE("a cell's drill-down lists exactly the complaints of that cell, most days stuck first", "[sopui][store]")
{
    Fixture f;
    const StallBoardQuery query(f.cache, f.catalog(), f.calendar);
    const auto board = query.board(f.hubTime);
    REQUIRE(board.ok());
    REQUIRE(board->cells.size() >= 3);
    for (const StallCell &cell : board->cells) {
        INFO(cell.opd.toStdString() << " x " << cell.stepKey.toStdString());
        const auto rows = query.cell(cell.opd, cell.stepKey, f.hubTime);
        REQUIRE(rows.ok());
        QList<QUuid> ids;
        for (const StalledComplaint &row : rows.value()) {
            ids.append(row.id);
            CHECK(row.opd == cell.opd);
            CHECK(row.stepKey == cell.stepKey);
            CHECK_FALSE(row.trackingId.isEmpty());
            CHECK(row.stall.contains(row.stepTitle));
        }
        for (qsizetype i = 1; i < rows->size(); ++i)
            CHECK(rows->at(i - 1).daysAtStep >= rows->at(i).daysAtStep);
        std::sort(ids.begin(), ids.end());
        CHECK(ids == query.cellIds(cell.opd, cell.stepKey, f.hubTime).value());
        CHECK(ids.size() == cell.count);
    }
}

TEST_CASE("the checklists read from the cache equal the core's over each complaint's whole history", "[sopui][store]")
{
    Fixture f;
    const ChecklistQuery query(f.cache, f.catalog(), f.calendar);
    const auto all = query.checklists(f.histories.keys(), f.hubTime);
    REQUIRE(all.ok());
    int withChecklist = 0;
    int ticked = 0;
    for (auto it = f.histories.constBegin(); it != f.histories.constEnd(); ++it) {
        const Checklist expected = checklistOf(it.value(), f.catalog(), f.calendar, f.hubTime);
        INFO(it.key().toString().toStdString());
        CHECK(all->value(it.key()) == expected);
        withChecklist += expected.exists() ? 1 : 0;
        for (const ChecklistStep &step : expected.steps)
            ticked += step.done() ? 1 : 0;
    }
    CHECK(withChecklist >= 200);
    CHECK(ticked >= 100);
    const QUuid one = f.histories.keys().first();
    CHECK(query.checklist(one, f.hubTime).value()
          == checklistOf(f.histories.value(one), f.catalog(), f.calendar, f.hubTime));
}

TEST_CASE("a complaint dispatched before checklists were recorded takes the version in force, as the core does",
          "[sopui][store]")
{
    Fixture f;
    // One working complaint whose dispatch is rewritten as an older client would have stored it.
    const ChecklistQuery query(f.cache, f.catalog(), f.calendar);
    QUuid chosen;
    for (auto it = f.histories.constBegin(); it != f.histories.constEnd() && chosen.isNull(); ++it) {
        if (f.states.value(it.key()) == ComplaintState::Dispatched)
            chosen = it.key();
    }
    REQUIRE_FALSE(chosen.isNull());
    QList<Event> history = f.histories.value(chosen);
    for (Event &e : history) {
        if (e.type == EventType::Dispatched) {
            e.payload.remove(u"sop_template"_s);
            e.payload.remove(u"sop_version"_s);
        }
    }
    ComplaintRepository repository(f.cache);
    const Complaint state = repository.find(chosen).value().value();
    REQUIRE_FALSE(repository.put(state, history));

    const Checklist expected = checklistOf(history, f.catalog(), f.calendar, f.hubTime);
    REQUIRE(expected.exists());
    CHECK(query.checklist(chosen, f.hubTime).value() == expected);
    bool seen = false;
    REQUIRE_FALSE(query.forEachWorking(f.hubTime, [&](const QUuid &id, const Checklist &checklist) {
        if (id == chosen) {
            seen = true;
            CHECK(checklist == expected);
        }
    }));
    CHECK(seen);
}
