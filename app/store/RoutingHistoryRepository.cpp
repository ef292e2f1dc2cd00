#include "RoutingHistoryRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Resolved: closed (only a responded complaint can be closed, so its OPD answered it) or forwarded.
const QString kResolved = u"((c.state = 'closed' AND c.opd <> '') OR (c.state = 'forwarded' AND c.agency <> ''))"_s;

} // namespace

Result<qint64> RoutingHistoryRepository::countResolved() const
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"SELECT count(*) FROM complaints c WHERE "_s + kResolved) || !q.next())
        return sqlError(u"cannot count the resolved complaints"_s, q.lastError());
    return q.value(0).toLongLong();
}

QString RoutingHistoryRepository::pageSql()
{
    // The OPDs that returned it, from its 'returned' events (the payload names the OPD).
    // NOT INDEXED: the rows in rowid order from the page's start, stopping at the limit. Left to choose, SQLite took
    // the state index for the resolved condition and sorted every closed complaint by rowid for each page: at
    // 1,000,000 cached complaints one page took tens of seconds and learning the history over an hour.
    return u"SELECT c.rowid, c.title, c.body, c.state, c.opd, c.agency,"
           u" (SELECT group_concat(json_extract(e.json, '$.payload.opd'), ',') FROM events e"
           u"  WHERE e.complaint_id = c.id AND e.type = 'returned')"
           u" FROM complaints c NOT INDEXED WHERE c.rowid > ? AND "_s
           + kResolved + u" ORDER BY c.rowid LIMIT ?"_s;
}

Result<RoutingHistoryRepository::Page> RoutingHistoryRepository::page(qint64 afterRowId, int limit) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(pageSql());
    q.addBindValue(afterRowId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"cannot read the resolved complaints"_s, q.lastError());
    Page page;
    page.lastRowId = afterRowId;
    while (q.next()) {
        RoutingExample example;
        example.title = q.value(1).toString();
        example.body = q.value(2).toString();
        example.route = q.value(3).toString() == u"closed"_s ? q.value(4).toString() : q.value(5).toString();
        const QString returned = q.value(6).toString();
        if (!returned.isEmpty())
            example.returnedBy = returned.split(u',', Qt::SkipEmptyParts);
        page.examples.append(example);
        page.lastRowId = q.value(0).toLongLong();
    }
    return page;
}

} // namespace rabeg
