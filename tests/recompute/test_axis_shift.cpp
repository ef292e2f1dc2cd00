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

// running_cycles' points of the base axis's cycles that start after `day` (Julian), by complaint and clock.
QHash<QString, StoredPoint> baseAxisPointsAfter(LocalCache &cache, qint64 day)
{
    QHash<QString, StoredPoint> points;
    QSqlQuery q(cache.database());
    REQUIRE(q.prepare(u"SELECT complaint_id || '/' || clock, due, warn FROM running_cycles"
                      u" WHERE axis = '*' AND start_day > ?"_s));
    q.addBindValue(day);
    REQUIRE(q.exec());
    while (q.next()) {
        points.insert(q.value(0).toString(), {q.value(1).toLongLong(),
                                              q.value(2).isNull() ? std::nullopt
                                                                  : std::optional<qint64>(q.value(2).toLongLong())});
    }
    return points;
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
void adopt(LocalCache &cache, const QList<CalendarDay> &previous, const QList<CalendarDay> &days)
{
    const auto policy = std::make_shared<const DeadlinePolicy>(reference().sla, days);
    cache.setDeadlinePolicy(policy);
    const auto moved = rederiveNextDueAfterCalendarChange(cache, changedCalendarDays(previous, days));
    REQUIRE(moved.ok());
    REQUIRE(moved.value() > 0);
    requireCacheAgreesWithCore(cache, *policy, true);
}

CalendarDay dayOff(const QDate &date)
{
    return {date, CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 10/2026"_s, {}, false};
}

} // namespace

TEST_CASE("a day off recognised late moves the points of the clocks started after it by one working day")
{
    QTemporaryDir dir;
    LocalCache cache;
    fillCache(cache, dir, u"shift-late"_s);
    REQUIRE(cache.meta(u"axis_anchors"_s).startsWith(cache.deadlinePolicy().fingerprint() + u'\n'));
    // Wed 18 Nov 2026, twelve days before the data's end: many running cycles started since.
    const qint64 wednesday = QDate(2026, 11, 18).toJulianDay();
    const QHash<QString, StoredPoint> before = baseAxisPointsAfter(cache, wednesday);
    CAPTURE(before.size());
    REQUIRE(before.size() > 40);

    QList<CalendarDay> days = reference().calendar;
    days.append(dayOff(QDate(2026, 11, 18)));
    adopt(cache, reference().calendar, days);

    // One working day fewer lies before each of them on the base axis: every point is one day of working time
    // earlier, naming the same day, while the core (checked above) moves their due days a day later.
    const QHash<QString, StoredPoint> after = baseAxisPointsAfter(cache, wednesday);
    REQUIRE(after.size() == before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(after.contains(it.key()));
        CHECK(after.value(it.key()).due == it.value().due - WorkingCalendar::kDayMs);
        if (it.value().warn)
            CHECK(after.value(it.key()).warn == *it.value().warn - WorkingCalendar::kDayMs);
    }
    // The anchors now belong to the new policy, so a second change shifts from there.
    REQUIRE(cache.meta(u"axis_anchors"_s).startsWith(cache.deadlinePolicy().fingerprint() + u'\n'));
    QList<CalendarDay> more = days;
    more.append(dayOff(QDate(2026, 11, 23)));
    more.append(dayOff(QDate(2026, 11, 25)));
    adopt(cache, days, more);
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
    adopt(cache, reference().calendar, second);
    // Then a day off on that OPD's axis and the base one alike, after its Saturdays: both axes shift.
    QList<CalendarDay> third = second;
    third.append(dayOff(QDate(2026, 11, 16)));
    adopt(cache, second, third);
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
    const qint64 wednesday = QDate(2026, 11, 18).toJulianDay();
    const QHash<QString, StoredPoint> before = baseAxisPointsAfter(cache, wednesday);
    REQUIRE(before.size() > 40);
    QList<CalendarDay> days = reference().calendar;
    days.append(dayOff(QDate(2026, 11, 18)));
    cache.setDeadlinePolicy(std::make_shared<const DeadlinePolicy>(reference().sla, days));
    REQUIRE(rederiveNextDueAfterCalendarChange(cache, changedCalendarDays(reference().calendar, days)).ok());
    const QHash<QString, StoredPoint> after = baseAxisPointsAfter(cache, wednesday);
    int fourDays = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        fourDays += after.value(it.key()).due == it.value().due + 4 * WorkingCalendar::kDayMs ? 1 : 0;
    // Those of complaints computed again besides (a cycle of theirs started on the day off) are right instead.
    CAPTURE(fourDays, before.size());
    CHECK(fourDays > before.size() * 9 / 10);
}
