#include "InboxPositions.h"

#include "ListKeySchema.h"
#include "SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Prepares, binds by name and runs one statement.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    return q;
}

// Its first column of its first row.
Result<qint64> number(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    auto q = run(db, sql, binds);
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

// The statements of one answer read one snapshot of the file (a sync commits on its own connection meanwhile): a
// savepoint, which opens a read transaction unless one is open already, released however the answer ends.
class OneSnapshot
{
public:
    explicit OneSnapshot(const QSqlDatabase &db) : m_db(db) { m_open = QSqlQuery(m_db).exec(u"SAVEPOINT inbox_place"_s); }
    ~OneSnapshot()
    {
        if (m_open)
            QSqlQuery(m_db).exec(u"RELEASE inbox_place"_s);
    }
    Q_DISABLE_COPY_MOVE(OneSnapshot)

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

Result<bool> InboxPositions::inListOrder() const
{
    const auto out = number(m_db, u"SELECT EXISTS (SELECT 1 FROM list_key_overflow)"_s, {});
    if (!out.ok())
        return out.error();
    return out.value() == 0;
}

Result<InboxPositions::Row> InboxPositions::rowAt(qint64 position, bool oldestFirst) const
{
    const OneSnapshot snapshot(m_db);
    const auto ordered = inListOrder();
    if (!ordered.ok())
        return ordered.error();
    if (!ordered.value() || position < 0)
        return Row{};
    const QString order = oldestFirst ? u"ASC"_s : u"DESC"_s;
    // The day holding the place, and how many come before that day.
    auto days = run(m_db, u"SELECT day, complaints FROM inbox_days WHERE complaints > 0 ORDER BY day "_s + order, {});
    if (!days.ok())
        return days.error();
    qint64 before = 0;
    std::optional<qint64> day;
    for (QSqlQuery &q = days.value(); q.next();) {
        const qint64 complaints = q.value(1).toLongLong();
        if (before + complaints > position) {
            day = q.value(0).toLongLong();
            break;
        }
        before += complaints;
    }
    if (!day)
        return Row{true, std::nullopt}; // past the end
    // The complaint at the place, counted off in its day's keys.
    auto keyed = run(m_db,
                     u"SELECT list_key, received_at FROM complaints WHERE list_key = (SELECT list_key FROM complaints"
                     u" WHERE list_key >= :dayStart AND list_key < :dayEnd ORDER BY list_key "_s
                         + order + u" LIMIT 1 OFFSET :offset)"_s,
                     {{u":dayStart"_s, *day * kListKeysPerDay},
                      {u":dayEnd"_s, (*day + 1) * kListKeysPerDay},
                      {u":offset"_s, position - before}});
    if (!keyed.ok())
        return keyed.error();
    QSqlQuery &at = keyed.value();
    if (!at.next())
        return Row{}; // the counts and the index disagree
    const qint64 key = at.value(0).toLongLong();
    const QString receivedAt = at.value(1).toString();
    // Its millisecond's complaints keyed before it in the list's direction (their keys are within kListKeySlots of each other,
    // ListKeySchema.h): the place is that many into the millisecond's complaints in the ids' order.
    auto row = run(m_db,
                   oldestFirst ? u"SELECT received_at, id FROM complaints WHERE received_at = :at ORDER BY id LIMIT 1"
                                 u" OFFSET (SELECT count(*) FROM complaints WHERE list_key < :key"
                                 u" AND list_key >= :key - :slots AND received_at = :at)"_s
                               : u"SELECT received_at, id FROM complaints WHERE received_at = :at ORDER BY id DESC"
                                 u" LIMIT 1 OFFSET (SELECT count(*) FROM complaints WHERE list_key > :key"
                                 u" AND list_key <= :key + :slots AND received_at = :at)"_s,
                   {{u":at"_s, receivedAt}, {u":key"_s, key}, {u":slots"_s, kListKeySlots}});
    if (!row.ok())
        return row.error();
    if (!row.value().next())
        return Row{};
    return Row{true, InboxCursor{row.value().value(0).toString(), row.value().value(1).toString()}};
}

Result<std::optional<qint64>> InboxPositions::rowsBefore(const QString &receivedAt, const QString &id, qint64 listKey,
                                                         bool oldestFirst) const
{
    const OneSnapshot snapshot(m_db);
    const auto ordered = inListOrder();
    if (!ordered.ok())
        return ordered.error();
    if (!ordered.value())
        return std::optional<qint64>();
    // Those before its day, those before it in its day, and in its millisecond those keyed before it replaced by
    // those with ids before it.
    const qint64 day = listKey / kListKeysPerDay;
    const auto before = number(
        m_db,
        oldestFirst
            ? u"SELECT (SELECT coalesce(sum(complaints), 0) FROM inbox_days WHERE day < :day)"
              u" + (SELECT count(*) FROM complaints WHERE list_key >= :dayStart AND list_key < :key)"
              u" - (SELECT count(*) FROM complaints WHERE list_key < :key AND list_key >= :key - :slots AND received_at = :at)"
              u" + (SELECT count(*) FROM complaints WHERE received_at = :at AND id < :id)"_s
            : u"SELECT (SELECT coalesce(sum(complaints), 0) FROM inbox_days WHERE day > :day)"
              u" + (SELECT count(*) FROM complaints WHERE list_key > :key AND list_key < :dayEnd)"
              u" - (SELECT count(*) FROM complaints WHERE list_key > :key AND list_key <= :key + :slots AND received_at = :at)"
              u" + (SELECT count(*) FROM complaints WHERE received_at = :at AND id > :id)"_s,
        {{u":day"_s, day},
         oldestFirst ? std::pair{u":dayStart"_s, QVariant(day * kListKeysPerDay)}
                     : std::pair{u":dayEnd"_s, QVariant((day + 1) * kListKeysPerDay)},
         {u":key"_s, listKey},
         {u":at"_s, receivedAt},
         {u":id"_s, id},
         {u":slots"_s, kListKeySlots}});
    if (!before.ok())
        return before.error();
    return std::optional<qint64>(before.value());
}

} // namespace rabeg
