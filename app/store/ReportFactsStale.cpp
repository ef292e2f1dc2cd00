#include "ReportFactsStale.h"

#include "ComplaintRepository.h"
#include "ReportFactsWriter.h"
#include "ReportStallsWriter.h"
#include "codec/WireTime.h"
#include "deadline/WorkingCalendar.h"
#include "domain/Enums.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr auto kFromKey = u"report_facts_stale_from";
constexpr auto kAfterKey = u"report_facts_stale_after";

QString key(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// The stale complaints with an id after `after`, in id order, at most `limit` (-1: all). Each part is one index
// range: the overdue spans by their end, the follow-up cycles by their decided time, the stall spans by their end,
// the events by type and time.
Result<QStringList> staleIds(LocalCache &cache, const QString &from, const QString &after, int limit)
{
    QStringList types;
    for (const QString &type : codesOf<EventType>())
        types.append(u'\'' + type + u'\'');
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT complaint_id FROM report_overdue WHERE hi > :from AND due >= :from"
                   u" AND complaint_id > :after"
                   u" UNION SELECT complaint_id FROM report_compliance WHERE decided >= :from AND hi > :from"
                   u" AND complaint_id > :after"
                   u" UNION SELECT complaint_id FROM report_stalls WHERE hi > :from AND stalled_at >= :from"
                   u" AND complaint_id > :after"
                   u" UNION SELECT complaint_id FROM events WHERE type IN ("_s
                   + types.join(u',')
                   + u") AND at >= :from AND complaint_id > :after"
                     u" EXCEPT SELECT complaint_id FROM report_irregular"
                     u" ORDER BY 1 LIMIT :limit"_s))
        return sqlError(u"cannot prepare finding the report's stale facts"_s, q.lastError());
    q.bindValue(u":from"_s, from);
    q.bindValue(u":after"_s, after);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec())
        return sqlError(u"cannot find the report's stale facts"_s, q.lastError());
    QStringList ids;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!id.isEmpty()) // the reference stream's events have no complaint
            ids.append(id);
    }
    if (q.lastError().isValid())
        return sqlError(u"cannot find the report's stale facts"_s, q.lastError());
    return ids;
}

} // namespace

Status markReportFactsStale(LocalCache &cache, const QList<QDate> &changedDays)
{
    if (changedDays.isEmpty())
        return std::nullopt;
    QDateTime from = WorkingCalendar::startOfWibDay(*std::min_element(changedDays.cbegin(), changedDays.cend()));
    if (const auto earlier = reportFactsStaleFrom(cache); earlier && *earlier < from)
        from = *earlier;
    if (Status status = cache.setMeta(key(kFromKey), toWireTime(from)))
        return status;
    // Facts refreshed since an earlier mark are judged again against the new change: start over.
    return cache.setMeta(key(kAfterKey), u""_s);
}

Status clearReportFactsStale(LocalCache &cache)
{
    if (cache.meta(key(kFromKey)).isEmpty())
        return std::nullopt;
    // The meta table holds no NULL: an empty value says none.
    if (Status status = cache.setMeta(key(kFromKey), u""_s))
        return status;
    return cache.setMeta(key(kAfterKey), u""_s);
}

std::optional<QDateTime> reportFactsStaleFrom(const LocalCache &cache)
{
    const QString from = cache.meta(key(kFromKey));
    if (from.isEmpty())
        return std::nullopt;
    return parseWireTime(from);
}

Result<QList<QUuid>> staleReportComplaints(LocalCache &cache, const QDateTime &asOf)
{
    const auto from = reportFactsStaleFrom(cache);
    // At F itself too: a step's stall instant is 00:00 WIB of a day, and may be F exactly (a due time never is).
    if (!from || asOf < *from)
        return QList<QUuid>();
    const auto ids = staleIds(cache, toWireTime(*from), cache.meta(key(kAfterKey)), -1);
    if (!ids.ok())
        return ids.error();
    QList<QUuid> stale;
    stale.reserve(ids->size());
    for (const QString &id : ids.value())
        stale.append(QUuid::fromString(id));
    return stale;
}

Result<int> refreshStaleReportFacts(LocalCache &cache, int maxComplaints)
{
    const auto from = reportFactsStaleFrom(cache);
    if (!from)
        return 0;
    QSqlDatabase db = cache.database();
    if (Status begun = beginWrite(db, u"cannot begin refreshing the report's facts"_s))
        return *begun;
    const auto fail = [&db](const Error &error) -> Result<int> {
        db.rollback();
        return error;
    };
    const auto ids = staleIds(cache, toWireTime(*from), cache.meta(key(kAfterKey)), maxComplaints);
    if (!ids.ok())
        return fail(ids.error());
    if (!ids->isEmpty()) {
        const auto histories = ComplaintRepository(cache).histories(ids.value());
        if (!histories.ok())
            return fail(histories.error());
        ReportFactsWriter writer(cache);
        ReportStallsWriter stalls(cache);
        for (const QString &id : ids.value()) {
            if (Status status = writer.write(id, histories->value(id)))
                return fail(*status);
            if (Status status = stalls.write(id, histories->value(id)))
                return fail(*status);
        }
    }
    Status status = ids->size() < maxComplaints ? clearReportFactsStale(cache)
                                                : cache.setMeta(key(kAfterKey), ids->constLast());
    if (status)
        return fail(*status);
    if (!db.commit())
        return fail(sqlError(u"cannot commit the report's refreshed facts"_s, db.lastError()));
    return int(ids->size());
}

} // namespace rabeg
