#include <catch2/catch.hpp>

#include "CoreAgreement.h"

#include "deadline/CalendarChange.h"
#include "demo/DemoGenerator.h"
#include "store/ComplaintRepository.h"
#include "store/NextDueRecompute.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::recompute_test;

// A calendar change whose days lie in the past of the cache's data (a day off recognised late): the running cycles
// that start after the last changed day are shifted by whole working days on their axes (AxisShift.h), and the
// others that can be wrong are computed again; the result must equal the core's over every history either way.

namespace {

struct StoredPoint
{
    qint64 due = 0;
    std::optional<qint64> warn;
};

// running_cycles' points of the base axis's cycles whose start day compares with `day` (Julian) as `compare` says
// ("<" or ">"), by complaint and clock.
QHash<QString, StoredPoint> baseAxisPoints(LocalCache &cache, const QString &compare, qint64 day)
{
    QHash<QString, StoredPoint> points;
    QSqlQuery q(cache.database());
    REQUIRE(q.prepare(u"SELECT complaint_id || '/' || clock, due, warn FROM running_cycles"
                      u" WHERE axis = '*' AND start_day "_s + compare + u" ?"_s));
    q.addBindValue(day);
    REQUIRE(q.exec());
    while (q.next()) {
        points.insert(q.value(0).toString(), {q.value(1).toLongLong(),
                                              q.value(2).isNull() ? std::nullopt
                                                                  : std::optional<qint64>(q.value(2).toLongLong())});
    }
    return points;
}

QHash<QString, StoredPoint> baseAxisPointsAfter(LocalCache &cache, qint64 day)
{
    return baseAxisPoints(cache, u">"_s, day);
}

QHash<QString, StoredPoint> baseAxisPointsBefore(LocalCache &cache, qint64 day)
{
    return baseAxisPoints(cache, u"<"_s, day);
}

// The running cycles on any axis that start before `day` and after it (Julian): which side the shift renumbers.
std::pair<int, int> runningEachSide(LocalCache &cache, qint64 day)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT sum(start_day < %1), sum(start_day > %1) FROM running_cycles WHERE axis IS NOT NULL"_s
                       .arg(day)));
    REQUIRE(q.next());
    return {q.value(0).toInt(), q.value(1).toInt()};
}

// A demo cache of 8 weeks (6 Oct to 30 Nov 2026) under the shipped calendar.
void fillCache(LocalCache &cache, QTemporaryDir &dir, const QString &name)
{
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference().sla, reference().calendar));
    REQUIRE_FALSE(cache.open(dir.filePath(name + u".sqlite"_s), name));
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    DemoOptions options;
    options.count = 1000;
    options.weeks = 8;
    REQUIRE_FALSE(fillWithDemoData(cache, reference(), corpus.value(), options));
}

// Adopts `days` as the cache's calendar and recomputes, as a workstation does when a sync brings it.
// With `someMove`, some complaint's entry must have been written (a change that moves no stored point can leave
// the comparison with the core vacuous).
void adopt(LocalCache &cache, const QList<CalendarDay> &previous, const QList<CalendarDay> &days,
           bool someMove = true)
{
    const auto policy = std::make_shared<const DeadlinePolicy>(reference().sla, days);
    cache.setDeadlinePolicy(policy);
    const auto moved = rederiveNextDueAfterCalendarChange(cache, changedCalendarDays(previous, days));
    REQUIRE(moved.ok());
    requireCacheAgreesWithCore(cache, cache.deadlinePolicy(), true);
    if (someMove)
        REQUIRE(moved.value() > 0);
}

CalendarDay dayOff(const QDate &date)
{
    return {date, CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 10/2026"_s, {}, false};
}

} // namespace

TEST_CASE("a day off recognised late renumbers the days before it: the clocks started since keep their points")
{
    QTemporaryDir dir;
    LocalCache cache;
    fillCache(cache, dir, u"shift-late"_s);
    REQUIRE(cache.meta(u"axis_anchors"_s).startsWith(cache.deadlinePolicy().fingerprint() + u'\n'));
    REQUIRE(cache.axisOrigins().isEmpty());
    // Wed 18 Nov 2026, twelve days before the data's end: more running cycles started since than run across it.
    const qint64 wednesday = QDate(2026, 11, 18).toJulianDay();
    const auto [beforeCount, afterCount] = runningEachSide(cache, wednesday);
    CAPTURE(beforeCount, afterCount);
    REQUIRE(beforeCount > 10);
    REQUIRE(beforeCount < afterCount);
    const QHash<QString, StoredPoint> after0 = baseAxisPointsAfter(cache, wednesday);
    const QHash<QString, StoredPoint> before0 = baseAxisPointsBefore(cache, wednesday);
    REQUIRE(after0.size() > 40);

    QList<CalendarDay> days = reference().calendar;
    days.append(dayOff(QDate(2026, 11, 18)));
    adopt(cache, reference().calendar, days);

    // One working day fewer lies between the epoch and each day from the day off on; the base axis's origin moved
    // by as much (-1), so that the ordinals after the day off stay. Every point after it is unchanged, and every one
    // before it is one day of working time later (the core, checked in adopt(), moves the due days of those running
    // across it a day later, and those before it name the same days as before).
    CHECK(cache.axisOrigins().value(QString()) == -1);
    CHECK(cache.meta(u"axis_origins"_s).split(u'\n').contains(u"*=-1"_s));
    const QHash<QString, StoredPoint> after1 = baseAxisPointsAfter(cache, wednesday);
    REQUIRE(after1.size() == after0.size());
    for (auto it = after0.cbegin(); it != after0.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after1.value(it.key()).due == it.value().due);
        CHECK(after1.value(it.key()).warn == it.value().warn);
    }
    const QHash<QString, StoredPoint> before1 = baseAxisPointsBefore(cache, wednesday);
    int later = 0;
    for (auto it = before0.cbegin(); it != before0.cend(); ++it)
        later += before1.value(it.key()).due == it.value().due + WorkingCalendar::kDayMs ? 1 : 0;
    CAPTURE(later, before0.size());
    CHECK(later == before0.size());

    // The anchors now belong to the new policy, so a second change shifts from there; and a cache opened again
    // counts from the origins it keeps.
    REQUIRE(cache.meta(u"axis_anchors"_s).startsWith(cache.deadlinePolicy().fingerprint() + u'\n'));
    QList<CalendarDay> more = days;
    more.append(dayOff(QDate(2026, 11, 23)));
    more.append(dayOff(QDate(2026, 11, 25)));
    adopt(cache, days, more);
    const QString path = cache.database().databaseName();
    const QHash<QString, qint64> origins = cache.axisOrigins();
    cache.close();
    LocalCache again;
    again.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference().sla, more));
    REQUIRE_FALSE(again.open(path, u"shift-late-again"_s));
    CHECK(again.axisOrigins() == origins);
    requireCacheAgreesWithCore(again, again.deadlinePolicy(), true);
}

TEST_CASE("a day off near the data's end renumbers the days after it: the clocks started since move a day earlier")
{
    QTemporaryDir dir;
    LocalCache cache;
    fillCache(cache, dir, u"shift-near"_s);
    // Fri 27 Nov 2026, one working day before the data's end: fewer running cycles started since than run across.
    const qint64 friday = QDate(2026, 11, 27).toJulianDay();
    const auto [beforeCount, afterCount] = runningEachSide(cache, friday);
    CAPTURE(beforeCount, afterCount);
    REQUIRE(afterCount > 5);
    REQUIRE(afterCount < beforeCount);
    const QHash<QString, StoredPoint> before = baseAxisPointsAfter(cache, friday);
    QList<CalendarDay> days = reference().calendar;
    days.append(dayOff(QDate(2026, 11, 27)));
    adopt(cache, reference().calendar, days);
    CHECK(cache.axisOrigins().isEmpty());
    const QHash<QString, StoredPoint> after = baseAxisPointsAfter(cache, friday);
    REQUIRE(after.size() == before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()).due == it.value().due - WorkingCalendar::kDayMs);
        if (it.value().warn)
            CHECK(after.value(it.key()).warn == *it.value().warn - WorkingCalendar::kDayMs);
    }
}

TEST_CASE("a change that opens days shifts forward, per OPD axis too, and agrees with the core")
{
    QTemporaryDir dir;
    LocalCache cache;
    fillCache(cache, dir, u"shift-open"_s);
    // A day off decreed for Thu 26 Nov, then taken back (the base axis gains a working day from 26 Nov on, and the
    // cycles started that day have their start points inside it again), then Disdukcapil opens two Saturdays (an
    // OPD axis that is new).
    QList<CalendarDay> first = reference().calendar;
    first.append(dayOff(QDate(2026, 11, 26)));
    adopt(cache, reference().calendar, first);
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT count(*) FROM running_cycles WHERE axis = '*' AND warn IS NOT NULL AND start_day = "_s
                   + QString::number(QDate(2026, 11, 26).toJulianDay())));
    REQUIRE(q.next());
    CAPTURE(q.value(0).toInt());
    REQUIRE(q.value(0).toInt() > 5); // cycles started on the day taken back, whose start points move into it
    adopt(cache, first, reference().calendar);
    QList<CalendarDay> second = reference().calendar;
    second.append({QDate(2026, 11, 14), CalendarDayKind::OpdWorkingDay, u"Pelayanan Sabtu"_s, u"Kepdis 2/2026"_s,
                   u"DISDUKCAPIL"_s, false});
    second.append({QDate(2026, 11, 21), CalendarDayKind::OpdWorkingDay, u"Pelayanan Sabtu"_s, u"Kepdis 2/2026"_s,
                   u"DISDUKCAPIL"_s, false});
    // No running clock of the data starts before 14 Nov: the days before the Saturdays are renumbered, which moves
    // no stored point, and only a Disdukcapil clock running across them has its due day moved (the core decides).
    adopt(cache, reference().calendar, second, false);
    // Then a day off on that OPD's axis and the base one alike, after its Saturdays: both axes' origins move, and
    // the cycles that start on it have their start and warning points moved into the next working day.
    QList<CalendarDay> third = second;
    third.append(dayOff(QDate(2026, 11, 16)));
    adopt(cache, second, third, false);
    CHECK(cache.axisOrigins().value(QString()) == -1);
    CHECK(cache.axisOrigins().value(u"DISDUKCAPIL"_s) == 2 - 1); // its two Saturdays opened, then the day off
}

TEST_CASE("anchors that belong to another policy are not trusted: every cycle from the changed day is computed again")
{
    QTemporaryDir dir;
    LocalCache cache;
    fillCache(cache, dir, u"shift-stale"_s);
    // Anchors written under some earlier policy (another fingerprint) and far off: used, they would move every point.
    REQUIRE_FALSE(cache.setMeta(u"axis_anchors"_s, u"an-older-policy\n*=1"_s));
    QList<CalendarDay> days = reference().calendar;
    days.append(dayOff(QDate(2026, 11, 18)));
    adopt(cache, reference().calendar, days);
    // And anchors that cannot be read at all.
    REQUIRE_FALSE(cache.setMeta(u"axis_anchors"_s, cache.deadlinePolicy().fingerprint() + u"\n*=not-a-number"_s));
    QList<CalendarDay> more = days;
    more.append(dayOff(QDate(2026, 11, 24)));
    adopt(cache, days, more);
}

TEST_CASE("the shift applied is the difference of the anchors the policy's points were written with")
{
    QTemporaryDir dir;
    LocalCache cache;
    fillCache(cache, dir, u"shift-anchor"_s);
    const QString fingerprint = cache.deadlinePolicy().fingerprint();
    QStringList lines = cache.meta(u"axis_anchors"_s).split(u'\n');
    REQUIRE(lines.size() >= 2); // the base axis, and one per OPD that opens on a Saturday of the shipped calendar
    const auto base = std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(u"*="_s); });
    REQUIRE(base != lines.end());
    const qint64 anchor = base->mid(2).toLongLong();
    // Anchors of this policy that claim five working days more lay before the anchor day than did: the day off then
    // moves the cycles after it by four days forward instead of one back. This is what the recompute trusts, which
    // is why it keeps them beside the fingerprint they were written under (the test above).
    *base = u"*="_s + QString::number(anchor - 5);
    REQUIRE(lines.first() == fingerprint);
    REQUIRE_FALSE(cache.setMeta(u"axis_anchors"_s, lines.join(u'\n')));
    // Fri 27 Nov 2026: fewer running cycles after it than before, so the days after it are renumbered.
    const qint64 friday = QDate(2026, 11, 27).toJulianDay();
    const QHash<QString, StoredPoint> before = baseAxisPointsAfter(cache, friday);
    REQUIRE(before.size() > 5);
    QList<CalendarDay> days = reference().calendar;
    days.append(dayOff(QDate(2026, 11, 27)));
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference().sla, days));
    REQUIRE(rederiveNextDueAfterCalendarChange(cache, changedCalendarDays(reference().calendar, days)).ok());
    const QHash<QString, StoredPoint> after = baseAxisPointsAfter(cache, friday);
    int fourDays = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        fourDays += after.value(it.key()).due == it.value().due + 4 * WorkingCalendar::kDayMs ? 1 : 0;
    // Those of complaints computed again besides (a cycle of theirs started on the day off) are right instead.
    CAPTURE(fourDays, before.size());
    CHECK(fourDays > before.size() * 9 / 10);
}

TEST_CASE("an axis's origin moves every ordinal and position alike: no instant maps otherwise")
{
    WorkingCalendar plain(reference().calendar);
    WorkingCalendar counted(reference().calendar);
    counted.setAxisOrigins({{QString(), -3}, {u"DISDUKCAPIL"_s, 7}});
    for (const QString &opd : {QString(), u"DISDUKCAPIL"_s, u"DISHUB"_s}) {
        const qint64 origin = opd == u"DISDUKCAPIL"_s ? 7 : -3; // DISHUB opens no Saturday: the base axis
        for (QDate day(2026, 3, 10); day <= QDate(2026, 4, 10); day = day.addDays(1)) {
            CAPTURE(opd.toStdString(), day.toString(Qt::ISODate).toStdString());
            CHECK(counted.ordinal(day, opd) == plain.ordinal(day, opd) - origin);
            const QDateTime noon = WorkingCalendar::startOfWibDay(day).addSecs(5 * 3600 + 17);
            CHECK(counted.position(noon, opd) == plain.position(noon, opd) - origin * WorkingCalendar::kDayMs);
            CHECK(counted.instantOfPosition(counted.position(noon, opd), opd)
                  == plain.instantOfPosition(plain.position(noon, opd), opd));
            CHECK(counted.dayOfOrdinal(counted.ordinal(day, opd), opd)
                  == plain.dayOfOrdinal(plain.ordinal(day, opd), opd));
        }
    }
}

TEST_CASE("origins that cannot be read are not used: the next open derives every deadline fact again")
{
    QTemporaryDir dir;
    QString path;
    {
        LocalCache cache;
        fillCache(cache, dir, u"origins-broken"_s);
        path = cache.database().databaseName();
        REQUIRE_FALSE(cache.setMeta(u"axis_origins"_s, u"*=minus one"_s));
        // Points written under origins nobody can read: read as they are, they would be a day off.
        QSqlQuery q(cache.database());
        REQUIRE(q.exec(u"UPDATE running_cycles SET due = due + 86400000 WHERE axis IS NOT NULL"_s));
        REQUIRE(q.numRowsAffected() > 50);
        cache.close();
    }
    LocalCache again;
    again.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference().sla, reference().calendar));
    REQUIRE_FALSE(again.open(path, u"origins-broken-again"_s));
    CHECK(again.axisOrigins().isEmpty());
    CHECK(again.meta(u"axis_origins"_s).isEmpty());
    CHECK(again.meta(u"deadline_policy"_s) == again.deadlinePolicy().fingerprint());
    requireCacheAgreesWithCore(again, again.deadlinePolicy()); // derived again: the points are right
}

TEST_CASE("a recompute that fails after moving the origins puts back the ones before it, and the next try adopts "
          "the change")
{
    QTemporaryDir dir;
    LocalCache cache;
    fillCache(cache, dir, u"shift-fails"_s);
    REQUIRE(cache.axisOrigins().isEmpty());
    const qint64 wednesday = QDate(2026, 11, 18).toJulianDay();
    const QHash<QString, StoredPoint> before0 = baseAxisPointsBefore(cache, wednesday);
    REQUIRE(before0.size() > 10);
    const QString anchors = cache.meta(u"axis_anchors"_s);
    QList<CalendarDay> days = reference().calendar;
    days.append(dayOff(QDate(2026, 11, 18)));
    const QList<QDate> changed = changedCalendarDays(reference().calendar, days);
    // The complaints' entries cannot be written once the late day off has moved the base axis's origin (its meta
    // row set in the transaction): the recompute fails after the move, as a full disk would make it.
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"CREATE TEMP TRIGGER refuse_entries BEFORE UPDATE ON complaint_due"
                   u" WHEN (SELECT value FROM meta WHERE key = 'axis_origins') IS NOT NULL"
                   u" BEGIN SELECT RAISE(ABORT, 'database or disk is full (test)'); END"_s));
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference().sla, days));
    const auto failed = rederiveNextDueAfterCalendarChange(cache, changed);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(u"disk is full (test)"_s));
    // The origins in force and kept are those before it, and so are the points and the anchors.
    CHECK(cache.axisOrigins().isEmpty());
    CHECK(cache.deadlinePolicy().calendar().axisOrigins().isEmpty());
    CHECK(cache.meta(u"axis_origins"_s).isEmpty());
    CHECK(cache.meta(u"axis_anchors"_s) == anchors);
    const QHash<QString, StoredPoint> before1 = baseAxisPointsBefore(cache, wednesday);
    REQUIRE(before1.size() == before0.size());
    for (auto it = before0.cbegin(); it != before0.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(before1.value(it.key()).due == it.value().due);
    }

    // Once the write goes through, the same change is adopted: origin -1, and the cache agrees with the core.
    REQUIRE(q.exec(u"DROP TRIGGER refuse_entries"_s));
    const auto moved = rederiveNextDueAfterCalendarChange(cache, changed);
    REQUIRE(moved.ok());
    CHECK(moved.value() > 0);
    CHECK(cache.axisOrigins().value(QString()) == -1);
    requireCacheAgreesWithCore(cache, cache.deadlinePolicy(), true);
}
