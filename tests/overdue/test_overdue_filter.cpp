// The inbox's "overdue" quick filter is exact: the complaints it lists at hub time T are the complaints whose
// deadlines, derived by the shared core from their cached histories at T, include a running clock past its due time.
#include <catch2/catch.hpp>

#include "InboxFilterBar.h"
#include "InboxModel.h"
#include "OverdueFixture.h"
#include "store/RunningCycleRows.h"
#include "SavedFilters.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <set>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

// Demo complaints arriving over the 12 weeks before Monday 16 March 2026, just before the Nyepi and Idul Fitri
// days off (18 March cuti bersama, 19 Nyepi, 20 cuti bersama, 21-22 Idul Fitri, 23-24 cuti bersama).
struct HolidayCache
{
    QTemporaryDir dir;
    LocalCache cache;
    ReferenceData reference = loadBuiltinReferenceData().value();

    explicit HolidayCache(int count)
    {
        REQUIRE(dir.isValid());
        REQUIRE_FALSE(cache.open(dir.filePath(u"overdue.sqlite"_s), u"overdue-filter"_s));
        DemoOptions options;
        options.count = count;
        options.weeks = 12;
        options.end = wib(2026, 3, 16, 10);
        REQUIRE_FALSE(fillWithDemoData(cache, reference, DemoCorpus::loadBuiltin().value(), options));
    }
};

QList<QDateTime> hubTimesAcrossTheHolidays()
{
    return {wib(2026, 3, 16, 10), wib(2026, 3, 17, 9),  wib(2026, 3, 17, 23, 59), wib(2026, 3, 18, 0),
            wib(2026, 3, 19, 12), wib(2026, 3, 20, 16), wib(2026, 3, 23, 8),      wib(2026, 3, 24, 23, 59),
            wib(2026, 3, 25, 0),  wib(2026, 3, 25, 11), wib(2026, 3, 26, 0),      wib(2026, 3, 27, 15),
            wib(2026, 4, 2, 0),   wib(2026, 4, 9, 10),  wib(2026, 4, 30, 10),     wib(2026, 6, 1, 10)};
}

} // namespace

TEST_CASE("the overdue filter lists exactly the complaints the core finds overdue, at hub times across the Nyepi and "
          "Idul Fitri days off")
{
    HolidayCache fixture(400);
    const DeadlinePolicy &policy = fixture.cache.deadlinePolicy();
    CHECK(storedDifferingFromCore(fixture.cache, policy).isEmpty());
    QList<qsizetype> sizes;
    for (const QDateTime &t : hubTimesAcrossTheHolidays()) {
        CAPTURE(t.toString(Qt::ISODate));
        const QSet<QString> listed = listedOverdue(fixture.cache, t);
        CHECK(listed == coreOverdue(fixture.cache, policy, t));
        sizes.append(listed.size());
    }
    // The times tried really move complaints in and out of the set (the test could tell a wrong due time).
    CHECK(sizes.first() > 0);
    CHECK(std::set<qsizetype>(sizes.begin(), sizes.end()).size() > 8);

    SECTION("at the very millisecond a clock falls due, and one before")
    {
        const auto stored = storedNextDues(fixture.cache);
        REQUIRE(stored.ok());
        QList<QDateTime> dues = stored->values();
        std::sort(dues.begin(), dues.end());
        dues.erase(std::unique(dues.begin(), dues.end()), dues.end());
        int tried = 0;
        for (const QDateTime &due : dues.mid(0, 40)) {
            for (const QDateTime &t : {due, due.addMSecs(-1)}) {
                CAPTURE(t.toString(Qt::ISODateWithMs));
                CHECK(listedOverdue(fixture.cache, t) == coreOverdue(fixture.cache, policy, t));
            }
            ++tried;
        }
        CHECK(tried > 10);
    }
}

TEST_CASE("the filter counts the days off: without them in the calendar the core would call other complaints overdue")
{
    HolidayCache fixture(300);
    const DeadlinePolicy &policy = fixture.cache.deadlinePolicy();
    const DeadlinePolicy noDaysOff(policy.clocks(), {});
    const QDateTime t = wib(2026, 3, 24, 12);
    const QSet<QString> listed = listedOverdue(fixture.cache, t);
    CHECK(listed == coreOverdue(fixture.cache, policy, t));
    CHECK(listed != coreOverdue(fixture.cache, noDaysOff, t));
}

TEST_CASE("a cache of schema 2 gets every next due time derived by the core when it migrates")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache-v2.sqlite"_s);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA) + u"/cache/cache-v2.sqlite"_s, path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"overdue-migration"_s));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    CHECK(storedDifferingFromCore(cache, cache.deadlinePolicy()).isEmpty());
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT count(*) FROM complaint_due"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);
    // The fixture's complaints arrived before 30 November 2026: some are overdue a week later, as the core says.
    const QDateTime t = wib(2026, 12, 7, 10);
    const QSet<QString> listed = listedOverdue(cache, t);
    CHECK_FALSE(listed.isEmpty());
    CHECK(listed == coreOverdue(cache, cache.deadlinePolicy(), t));
}

TEST_CASE("a cache opened under a changed calendar derives its next due times again")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"calendar.sqlite"_s);
    ReferenceData reference = loadBuiltinReferenceData().value();
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(path, u"overdue-calendar-1"_s));
        DemoOptions options;
        options.count = 200;
        options.weeks = 12;
        options.end = wib(2026, 3, 16, 10);
        REQUIRE_FALSE(fillWithDemoData(cache, reference, DemoCorpus::loadBuiltin().value(), options));
    }
    // A decree adds two days off at short notice (16 and 17 March), inside many running working-day clocks.
    QList<CalendarDay> days = reference.calendar;
    for (int day : {16, 17})
        days.append({QDate(2026, 3, day), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"test"_s, {}, false});
    const auto changed = std::make_shared<const DeadlinePolicy>(reference.sla, days);
    LocalCache cache;
    cache.setDeadlinePolicy(changed);
    REQUIRE_FALSE(cache.open(path, u"overdue-calendar-2"_s));
    CHECK(storedDifferingFromCore(cache, *changed).isEmpty());
    CHECK_FALSE(storedDifferingFromCore(cache, *DeadlinePolicy::builtin()).isEmpty());
    const QDateTime t = wib(2026, 3, 19, 10);
    CHECK(listedOverdue(cache, t) == coreOverdue(cache, *changed, t));
}

TEST_CASE("ticking 'overdue only' in the filter bar shows the model exactly the overdue complaints at hub time")
{
    HolidayCache fixture(250);
    const QDateTime t = wib(2026, 3, 25, 11);
    InboxModel model(fixture.cache, fixture.reference);
    model.setHubClock([t] { return t; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(u"s.ini"_s), QSettings::IniFormat);
    InboxFilterBar bar(fixture.reference, std::make_unique<SavedFilters>(settings, u"op"_s));
    QObject::connect(&bar, &InboxFilterBar::criteriaChanged, &model, &InboxModel::setCriteria);
    auto *check = bar.findChild<QCheckBox *>(u"overdueOnlyCheckBox"_s);
    REQUIRE(check);
    check->setChecked(true);
    CHECK(model.criteria().overdueOnly);
    QSet<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(model.index(row, 0).data(InboxModel::ComplaintIdRole).toString());
    CHECK_FALSE(shown.isEmpty());
    CHECK(shown == coreOverdue(fixture.cache, fixture.cache.deadlinePolicy(), t));
    CHECK(model.totalCount() == shown.size());

    SECTION("and a saved filter keeps it")
    {
        bar.saveAs(u"Lewat tenggat"_s);
        check->setChecked(false);
        CHECK_FALSE(model.criteria().overdueOnly);
        const auto entries = SavedFilters(settings, u"op"_s).entries();
        REQUIRE(entries.size() == 1);
        CHECK(entries.first().criteria.overdueOnly);
    }
}
