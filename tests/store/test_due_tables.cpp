// Cache schema 12 (DueTables.h): the next due times and the running cycles' due times and warning instants in narrow
// tables of their own. A cache of schema 11 migrates with every value carried over, the copies of the complaint's
// columns follow it, and the readers of the overdue read those tables' indexes without a complaint row.
#include <catch2/catch.hpp>

#include "store/OverdueCondition.h"
#include "store/RunningCycleRows.h"

#include "CacheQueries.h"
#include "deadline/DeadlinePolicy.h"
#include "store/LocalCache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// Each row of a query just run, as its columns joined by '|'.
QStringList rowsOf(QSqlQuery &q)
{
    QStringList rows;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        rows.append(columns.join(u'|'));
    }
    return rows;
}

// The rows of `sql` read through a plain connection to the file (no migration).
QStringList rowsOf(const QString &path, const QString &sql)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"due-tables-plain"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        rows = rowsOf(q);
    }
    QSqlDatabase::removeDatabase(u"due-tables-plain"_s);
    return rows;
}

QStringList rowsOf(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return rowsOf(q);
}

const QString kDueOfComplaints = u"SELECT id, next_due_at, received_at, state, opd FROM complaints"
                                 u" WHERE next_due_at IS NOT NULL ORDER BY id"_s;
const QString kRunningOfCycles = u"SELECT complaint_id, clock, cycle, started_at, start_day, unit, duration, opd,"
                                 u" pauses, due_at, warn_at FROM clock_cycles WHERE due_at IS NOT NULL AND stopped = 0"
                                 u" ORDER BY complaint_id, clock"_s;

} // namespace

TEST_CASE("a cache of schema 11 migrates its next due times and running cycles into narrow tables, values carried "
          "over, and their copies of the complaint's columns follow it")
{
    QTemporaryDir dir;
    const QString path = test::copyOfCacheFixture(dir, 11);
    const auto policy = DeadlinePolicy::builtin();
    REQUIRE(policy);
    // Derived under the shipped policy: the open below derives nothing again, so what it holds is carried over.
    REQUIRE(rowsOf(path, u"SELECT value FROM meta WHERE key = 'deadline_policy'"_s)
            == QStringList{policy->fingerprint()});
    const QStringList dues = rowsOf(path, kDueOfComplaints);
    const QStringList running = rowsOf(path, kRunningOfCycles);
    REQUIRE(dues.size() > 5); // the fixture has running clocks
    REQUIRE(running.size() >= dues.size());
    REQUIRE(rowsOf(path, u"SELECT count(*) FROM complaints"_s).constFirst().toInt() > dues.size()); // and some without

    LocalCache cache;
    cache.setDeadlinePolicy(policy);
    REQUIRE_FALSE(cache.open(path, u"due-tables"_s));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    // Since schema 16 (DuePoints.h) the due times are points on their clocks' axes: the same instants under the
    // calendar the cache adopted (the fixture's own), and the same cycles with the same inputs.
    const auto stored = storedNextDues(cache);
    REQUIRE(stored.ok());
    QStringList storedDues;
    for (const QString &row : dues) {
        const QString id = row.section(u'|', 0, 0);
        storedDues.append(id + u'|' + QString::number(stored->value(id).toMSecsSinceEpoch()) + u'|'
                          + row.section(u'|', 2));
    }
    CHECK(rowsOf(cache, u"SELECT id, 0, received_at, state, opd FROM complaint_due ORDER BY id"_s).size() == dues.size());
    CHECK(storedDues == dues);
    QStringList inputs;
    for (const QString &row : running)
        inputs.append(row.section(u'|', 0, 8));
    CHECK(rowsOf(cache, u"SELECT complaint_id, clock, cycle, started_at, start_day, unit, duration, opd, pauses"
                        u" FROM running_cycles ORDER BY complaint_id, clock"_s)
          == inputs);
    // The indexes of next_due_at on the complaint row and of the cycles' due times are gone with their readers.
    const QStringList complaintIndexes = test::cacheIndexesOf(cache, u"complaints"_s);
    for (const QString &gone : {u"complaints_next_due"_s, u"complaints_state_due"_s, u"dashboard_overdue"_s})
        CHECK_FALSE(complaintIndexes.contains(gone));
    CHECK(test::cacheIndexesOf(cache, u"clock_cycles"_s).isEmpty());
    CHECK(test::cacheIndexesOf(cache, u"complaint_due"_s)
          == QStringList{u"complaint_due_mixed"_s, u"complaint_due_opd"_s, u"complaint_due_opd_wd"_s, u"complaint_due_state"_s,
                         u"complaint_due_state_wd"_s});

    // A complaint changed by a sync (its row written again): the copies follow; removed, its row goes.
    const QString id = dues.constFirst().section(u'|', 0, 0);
    QSqlQuery q(cache.database());
    q.prepare(u"UPDATE complaints SET state = 'in_progress', opd = 'DINKES', received_at = '2026-01-02T03:04:05.678Z'"
              u" WHERE id = ?"_s);
    q.addBindValue(id);
    REQUIRE(q.exec());
    CHECK(rowsOf(cache, u"SELECT state, opd, received_at FROM complaint_due WHERE id = '%1'"_s.arg(id))
          == QStringList{u"in_progress|DINKES|2026-01-02T03:04:05.678Z"_s});
    q.prepare(u"DELETE FROM complaints WHERE id = ?"_s);
    q.addBindValue(id);
    REQUIRE(q.exec());
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM complaint_due WHERE id = '%1'"_s.arg(id)) == 0);
    CHECK(test::cacheScalar(cache, u"SELECT count(*) FROM complaint_due"_s) == dues.size() - 1);
}

TEST_CASE("the overdue are counted and paged in complaint_due's indexes, without a complaint row for the choice")
{
    QTemporaryDir dir;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"cache.sqlite"_s), u"due-tables-plans"_s));
    // The dashboard's count by OPD reads covering indexes, one range per axis.
    const QString byOpd = test::cacheQueryPlan(cache, u"SELECT opd, COUNT(*) FROM complaint_due INDEXED BY"
                                                      u" complaint_due_opd WHERE due_at <= 0 GROUP BY opd"_s);
    INFO(byOpd.toStdString());
    CHECK(byOpd.contains(u"COVERING INDEX complaint_due_opd"_s));
    const QString byOpdWd = test::cacheQueryPlan(cache, u"SELECT opd, COUNT(*) FROM complaint_due INDEXED BY"
                                                        u" complaint_due_opd_wd WHERE wd_axis = '*' AND wd_due <= 0"
                                                        u" AND (due_at IS NULL OR due_at > 0) GROUP BY opd"_s);
    INFO(byOpdWd.toStdString());
    CHECK(byOpdWd.contains(u"COVERING INDEX complaint_due_opd_wd"_s));
    // The overdue condition (OverdueCondition.h) reads one index range per disjunct, never the whole table.
    const OverdueCondition overdue
        = OverdueCondition::at(cache.deadlinePolicy().calendar(), QDateTime::currentDateTimeUtc(), u"d"_s);
    const QString page = test::cacheQueryPlan(cache, u"SELECT d.id FROM complaint_due d WHERE "_s
                                                         + QString(overdue.sql).replace(u"?"_s, u"0"_s));
    INFO(page.toStdString());
    CHECK(page.contains(u"MULTI-INDEX OR"_s));
    CHECK(page.contains(u"(due_at<?)"_s));
    CHECK(page.count(u"(wd_axis=? AND wd_due<?)"_s) == OverdueCondition::axes(cache.deadlinePolicy().calendar()).size());
    CHECK_FALSE(page.contains(u"SCAN"_s));
    // The inbox's overdue page and its count-off (InboxQuery), newest first: the same ranges, then a sort of what
    // they found (cache schema 17 dropped the (due, received_at, id) indexes this plan never read, DuePoints.h).
    const QString ordered = test::cacheQueryPlan(cache, u"SELECT d.received_at, d.id FROM complaint_due d WHERE "_s
                                                            + QString(overdue.sql).replace(u"?"_s, u"0"_s)
                                                            + u" ORDER BY d.received_at DESC, d.id DESC LIMIT 200"_s);
    INFO(ordered.toStdString());
    CHECK(ordered.contains(u"MULTI-INDEX OR"_s));
    CHECK(ordered.count(u"(wd_axis=? AND wd_due<?)"_s)
          == OverdueCondition::axes(cache.deadlinePolicy().calendar()).size());
    CHECK_FALSE(ordered.contains(u"SCAN"_s));
    const OverdueCondition ofState = OverdueCondition::at(cache.deadlinePolicy().calendar(),
                                                          QDateTime::currentDateTimeUtc(), u"d"_s, u"dispatched"_s);
    const QString stated = test::cacheQueryPlan(cache, u"SELECT count(*) FROM complaint_due d WHERE "_s
                                                           + QString(ofState.sql).replace(u"?"_s, u"'dispatched'"_s));
    INFO(stated.toStdString());
    CHECK(stated.contains(u"INDEX complaint_due_state (state=? AND due_at<?)"_s));
    CHECK(stated.contains(u"INDEX complaint_due_state_wd (state=? AND wd_axis=? AND wd_due<?)"_s));
    CHECK_FALSE(stated.contains(u"SCAN"_s));
}
