#include "SopStallLimits.h"

#include "SopProgress.h"
#include "SqliteConnection.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
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
    QHash<QPair<QString, qint64>, qint64> byAxis; // OPDs on one axis share their limits
    QSqlQuery *step = &first;
    for (;;) {
        if (!step->exec())
            return sqlError(u"cannot find the SOP steps' OPDs and expected days"_s, step->lastError());
        if (!step->next()) {
            if (step->lastError().isValid()) // a pair missed would read its rows as not stalled
                return sqlError(u"cannot find the SOP steps' OPDs and expected days"_s, step->lastError());
            break;
        }
        const QString pairOpd = step->value(0).toString();
        // Templates keep expected days within 1-365; read whole, so that the seek below always moves on.
        const qint64 expected = step->value(1).toLongLong();
        step->finish();
        const QPair<QString, qint64> key{calendar.axisOf(pairOpd), expected};
        auto limit = byAxis.constFind(key);
        if (limit == byAxis.cend()) {
            // Beyond these bounds every value judges alike (sopStallLimit searches 3660 days at most).
            const int days = int(std::clamp<qint64>(expected, -1, 1 << 20));
            limit = byAxis.insert(key, sopEpochDay(sopStallLimit(today, days, pairOpd, calendar)));
        }
        insert.addBindValue(m_set);
        insert.addBindValue(pairOpd);
        insert.addBindValue(expected);
        insert.addBindValue(*limit);
        if (!insert.exec())
            return sqlError(u"cannot hold the SOP stall limits"_s, insert.lastError());
        m_limits.append({pairOpd, key.first, expected, *limit});
        // The next pair from the first entry at or after (this OPD, one more day): a seek. With "> (opd, days)"
        // SQLite steps over every entry of this pair (12 ms for a pair of 50,000 rows).
        next.bindValue(u":o"_s, pairOpd);
        next.bindValue(u":n"_s, expected + 1);
        step = &next;
    }
    return std::nullopt;
}

QString SopStallLimits::stalledSql(const QString &row) const
{
    if (m_limits.isEmpty())
        return u"0"_s;
    // The OPD codes come from the table: quoted as SQL literals, their quotes doubled.
    const auto literal = [](const QString &text) -> QString { return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\''; };
    // One CASE over the expected days per axis (each (axis, days) once: the pairs come sorted by OPD).
    QMap<QString, QMap<qint64, qint64>> byAxis;
    QMap<QString, QStringList> opdsOf;
    for (const Limit &limit : m_limits) {
        byAxis[limit.axis].insert(limit.expectedDays, limit.lastDay);
        if (!limit.axis.isEmpty() && !opdsOf[limit.axis].contains(limit.opd))
            opdsOf[limit.axis].append(limit.opd);
    }
    const auto daysCase = [&row](const QMap<qint64, qint64> &limits) -> QString {
        QString sql = u"CASE "_s + row + u".expected_days"_s;
        for (auto it = limits.cbegin(); it != limits.cend(); ++it)
            sql += u" WHEN "_s + QString::number(it.key()) + u" THEN "_s + QString::number(it.value());
        return sql + u" END"_s;
    };
    // The OPDs with an axis of their own first, by name; every other OPD is on the base axis.
    QString sql = u"("_s + row + u".step_day <= CASE"_s;
    for (auto it = opdsOf.cbegin(); it != opdsOf.cend(); ++it) {
        QStringList codes;
        for (const QString &opd : it.value())
            codes.append(literal(opd));
        sql += u" WHEN "_s + row + u".opd IN ("_s + codes.join(u", "_s) + u") THEN "_s + daysCase(byAxis.value(it.key()));
    }
    sql += byAxis.contains(QString()) ? u" ELSE "_s + daysCase(byAxis.value(QString())) : QString();
    return sql + u" END)"_s;
}

QString SopStallLimits::stalledRowsSql()
{
    return u"temp.sop_stall_limits t CROSS JOIN sop_progress p INDEXED BY sop_progress_due ON p.opd = t.opd"
           u" AND p.expected_days = t.expected AND p.step_day <= t.last_day WHERE t.set_id = ?"_s;
}

} // namespace rabeg
