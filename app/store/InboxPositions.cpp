#include "InboxPositions.h"

#include "ListKeySchema.h"
#include "SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Complaints received in one millisecond have keys within sixteen of each other (ListKeySchema.h), while no key
// is out of order.
constexpr qint64 kSlots = 16;

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    return q;
}

Result<qint64> number(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto q = run(db, sql, binds);
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

// The complaints received in the same millisecond as the one keyed `key` whose keys come before it in the list's
// direction.
Result<qint64> keyedEarlierInMs(const QSqlDatabase &db, qint64 key, const QString &receivedAt, bool oldestFirst)
{
    return number(db,
                  oldestFirst ? u"SELECT count(*) FROM complaints WHERE list_key < ? AND list_key >= ?"
                                u" AND received_at = ?"_s
                              : u"SELECT count(*) FROM complaints WHERE list_key > ? AND list_key <= ?"
                                u" AND received_at = ?"_s,
                  {key, oldestFirst ? key - kSlots : key + kSlots, receivedAt});
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
    // The key at the place, within its day.
    auto keyed = run(m_db,
                     u"SELECT list_key FROM complaints WHERE list_key >= ? AND list_key < ? ORDER BY list_key "_s + order
                         + u" LIMIT 1 OFFSET ?"_s,
                     {*day * kListKeysPerDay, (*day + 1) * kListKeysPerDay, position - before});
    if (!keyed.ok())
        return keyed.error();
    if (!keyed.value().next())
        return Row{}; // the counts and the index disagree
    const qint64 key = keyed.value().value(0).toLongLong(); // (a Result's query, then the column)
    auto received = run(m_db, u"SELECT received_at FROM complaints WHERE list_key = ?"_s, {key});
    if (!received.ok())
        return received.error();
    if (!received.value().next())
        return Row{};
    const QString receivedAt = received.value().value(0).toString();
    // Its millisecond's complaints keyed before it in the list's direction: the place is that many into the
    // millisecond's complaints in the ids' order.
    const auto earlierInMs = keyedEarlierInMs(m_db, key, receivedAt, oldestFirst);
    if (!earlierInMs.ok())
        return earlierInMs.error();
    auto row = run(m_db,
                   u"SELECT received_at, id FROM complaints WHERE received_at = ? ORDER BY id "_s + order
                       + u" LIMIT 1 OFFSET ?"_s,
                   {receivedAt, earlierInMs.value()});
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
    const qint64 day = listKey / kListKeysPerDay;
    const auto earlierDays = number(m_db,
                                    oldestFirst ? u"SELECT coalesce(sum(complaints), 0) FROM inbox_days WHERE day < ?"_s
                                                : u"SELECT coalesce(sum(complaints), 0) FROM inbox_days WHERE day > ?"_s,
                                    {day});
    if (!earlierDays.ok())
        return earlierDays.error();
    const auto earlierInDay
        = number(m_db,
                 oldestFirst ? u"SELECT count(*) FROM complaints WHERE list_key >= ? AND list_key < ?"_s
                             : u"SELECT count(*) FROM complaints WHERE list_key > ? AND list_key < ?"_s,
                 oldestFirst ? QVariantList{day * kListKeysPerDay, listKey} : QVariantList{listKey, (day + 1) * kListKeysPerDay});
    if (!earlierInDay.ok())
        return earlierInDay.error();
    // Its millisecond's complaints: those keyed before it are replaced by those with ids before it.
    const auto keyedInMs = keyedEarlierInMs(m_db, listKey, receivedAt, oldestFirst);
    if (!keyedInMs.ok())
        return keyedInMs.error();
    const auto idEarlierInMs
        = number(m_db,
                 oldestFirst ? u"SELECT count(*) FROM complaints WHERE received_at = ? AND id < ?"_s
                             : u"SELECT count(*) FROM complaints WHERE received_at = ? AND id > ?"_s,
                 {receivedAt, id});
    if (!idEarlierInMs.ok())
        return idEarlierInMs.error();
    return std::optional<qint64>(earlierDays.value() + earlierInDay.value() - keyedInMs.value()
                                 + idEarlierInMs.value());
}

} // namespace rabeg
