#include "FeedItems.h"

#include "StoredJson.h"
#include "store/SqliteConnection.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rabeg::FeedItems {

QByteArray item(qint64 seq, QByteArrayView event, QByteArrayView state)
{
    QByteArray out;
    out.reserve(event.size() + state.size() + 48);
    out += "{\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"event\":";
    StoredJson::appendMaskedEvent(out, event);
    if (!state.isEmpty()) {
        out += ",\"state\":";
        StoredJson::appendMaskedState(out, state);
    }
    out += '}';
    return out;
}

void appendRemoved(QByteArray &out, qint64 seq, const QUuid &complaint)
{
    out += "{\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"removed\":\"";
    out += complaint.toByteArray(QUuid::WithoutBraces);
    out += "\"}";
}

void appendWithHistory(QByteArray &out, QByteArrayView item, const QList<QByteArray> &history)
{
    out += item.chopped(1); // without its closing brace
    out += ",";
    StoredJson::appendMaskedHistory(out, history);
    out += '}';
}

Writer::Writer(const QSqlDatabase &db) : m_insert(db)
{
    // A seq is written again only where its event was taken out of the log by hand (a store put back to an earlier
    // state by deleting its newest events): the item follows the event now at that seq.
    m_insert.prepare(u"INSERT INTO event_items(seq, item) VALUES (?, ?) "
                     u"ON CONFLICT(seq) DO UPDATE SET item = excluded.item"_s);
}

Status Writer::add(qint64 seq, QByteArrayView event, QByteArrayView state)
{
    m_insert.addBindValue(seq);
    // As text (UTF-8 in both back ends), like the log's own columns; a QByteArray would be bound as a blob.
    m_insert.addBindValue(QString::fromUtf8(item(seq, event, state)));
    if (!m_insert.exec())
        return sqlError(u"cannot store the event's page item"_s, m_insert.lastError());
    return std::nullopt;
}

Result<qint64> fill(QSqlDatabase &db)
{
    constexpr int kBatch = 2000;
    const QString textCast = db.driverName() == u"QSQLITE"_s ? u"CAST(%1 AS BLOB)"_s : u"%1"_s;
    Writer writer(db);
    qint64 written = 0;
    qint64 after = -1;
    for (;;) {
        struct Row
        {
            qint64 seq;
            QByteArray event;
            QByteArray state;
        };
        QList<Row> rows;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT e.seq, "_s + textCast.arg(u"e.json"_s) + u", "_s + textCast.arg(u"e.state_json"_s)
                      + u" FROM events e WHERE e.seq > ? AND NOT EXISTS (SELECT 1 FROM event_items i"
                        u" WHERE i.seq = e.seq) ORDER BY e.seq LIMIT ?"_s);
            q.addBindValue(after);
            q.addBindValue(kBatch);
            if (!q.exec())
                return sqlError(u"cannot read the log to store its page items"_s, q.lastError());
            while (q.next())
                rows.append({q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toByteArray()});
        } // QPSQL streams a forward-only result: done with it before the inserts on the same connection
        for (const Row &row : std::as_const(rows)) {
            if (Status status = writer.add(row.seq, row.event, row.state))
                return *status;
        }
        written += rows.size();
        if (rows.size() < kBatch)
            return written;
        after = rows.constLast().seq;
    }
}

} // namespace rabeg::FeedItems
