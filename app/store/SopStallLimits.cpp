#include "SopStallLimits.h"

#include "SopProgress.h"
#include "SqliteConnection.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Sets are numbered across the process, so two readers alive at once on one connection never share one.
std::atomic<qint64> g_lastSet{0};

} // namespace

SopStallLimits::SopStallLimits(const QSqlDatabase &db, const WorkingCalendar &calendar, const QDateTime &now,
                               const QString &opd)
    : m_db(db), m_set(++g_lastSet)
{
    m_status = fill(calendar, now, opd);
}

SopStallLimits::~SopStallLimits()
{
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM temp.sop_stall_limits WHERE set_id = ?"_s);
    q.addBindValue(m_set);
    q.exec(); // a set left behind (the connection failing) is only unused rows of a temp table
}

Status SopStallLimits::fill(const WorkingCalendar &calendar, const QDateTime &now, const QString &opd)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS sop_stall_limits (set_id INTEGER, opd TEXT, expected INTEGER,"
                u" last_day INTEGER, PRIMARY KEY (set_id, opd, expected)) WITHOUT ROWID"_s))
        return sqlError(u"cannot hold the SOP stall limits"_s, q.lastError());
    if (!now.isValid())
        return std::nullopt;
    const QString oneOpd = opd.isEmpty() ? QString() : u" AND opd = :opd"_s;
    QSqlQuery first(m_db);
    QSqlQuery next(m_db);
    QSqlQuery insert(m_db);
    for (const auto &[query, sql] : {std::pair<QSqlQuery *, QString>{&first, u"SELECT opd, expected_days FROM sop_progress INDEXED BY sop_progress_due"
                                            u" WHERE 1"_s + oneOpd + u" ORDER BY opd, expected_days LIMIT 1"_s},
                              std::pair<QSqlQuery *, QString>{&next, u"SELECT opd, expected_days FROM sop_progress INDEXED BY sop_progress_due"
                                           u" WHERE (opd, expected_days) >= (:o, :n)"_s + oneOpd
                                               + u" ORDER BY opd, expected_days LIMIT 1"_s},
                              std::pair<QSqlQuery *, QString>{&insert, u"INSERT OR REPLACE INTO temp.sop_stall_limits (set_id, opd, expected,"
                                             u" last_day) VALUES (?, ?, ?, ?)"_s}}) {
        if (!query->prepare(sql))
            return sqlError(u"cannot prepare the SOP stall limits"_s, query->lastError());
    }
    if (!opd.isEmpty()) {
        first.bindValue(u":opd"_s, opd);
        next.bindValue(u":opd"_s, opd);
    }
    const QDate today = WorkingCalendar::wibDate(now);
    QHash<QPair<QString, int>, qint64> byAxis; // OPDs on one axis share their limits
    QSqlQuery *step = &first;
    for (;;) {
        if (!step->exec())
            return sqlError(u"cannot find the SOP steps' OPDs and expected days"_s, step->lastError());
        if (!step->next())
            break;
        const QString pairOpd = step->value(0).toString();
        const int expected = step->value(1).toInt();
        step->finish();
        const QPair<QString, int> key{calendar.axisOf(pairOpd), expected};
        auto limit = byAxis.constFind(key);
        if (limit == byAxis.cend())
            limit = byAxis.insert(key, sopEpochDay(sopStallLimit(today, expected, pairOpd, calendar)));
        insert.addBindValue(m_set);
        insert.addBindValue(pairOpd);
        insert.addBindValue(expected);
        insert.addBindValue(*limit);
        if (!insert.exec())
            return sqlError(u"cannot hold the SOP stall limits"_s, insert.lastError());
        m_limits.append({pairOpd, expected, *limit});
        // The next pair from the first entry at or after (this OPD, one more day): a seek. With "> (opd, days)"
        // SQLite steps over every entry of this pair (12 ms for a pair of 50,000 rows).
        next.bindValue(u":o"_s, pairOpd);
        next.bindValue(u":n"_s, qint64(expected) + 1);
        step = &next;
    }
    return std::nullopt;
}

QString SopStallLimits::stalledSql(const QString &row)
{
    return u"EXISTS (SELECT 1 FROM temp.sop_stall_limits t WHERE t.set_id = ? AND t.opd = "_s + row
        + u".opd AND t.expected = "_s + row + u".expected_days AND t.last_day >= "_s + row + u".step_day)"_s;
}

QString SopStallLimits::stalledRowsSql()
{
    return u"temp.sop_stall_limits t CROSS JOIN sop_progress p INDEXED BY sop_progress_due ON p.opd = t.opd"
           u" AND p.expected_days = t.expected AND p.step_day <= t.last_day WHERE t.set_id = ?"_s;
}

} // namespace rabeg
