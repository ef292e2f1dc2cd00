#include "OverdueFixture.h"

#include "store/RunningCycleRows.h"

#include <catch2/catch.hpp>

#include "deadline/NextDue.h"
#include "store/ComplaintRepository.h"
#include "store/InboxQuery.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

QStringList allIds(LocalCache &cache)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT id FROM complaints"_s));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace

QSet<QString> listedOverdue(LocalCache &cache, const QDateTime &t)
{
    InboxCriteria criteria;
    criteria.overdueOnly = true;
    criteria.hubNow = t;
    const InboxQuery query(cache);
    QSet<QString> ids;
    std::optional<InboxCursor> after;
    for (;;) {
        const auto page = query.page(after, 97, criteria);
        REQUIRE(page.ok());
        for (const InboxListRow &line : page.value())
            ids.insert(line.row.id);
        if (page->size() < 97)
            break;
        const InboxRow &last = page->constLast().row;
        after = InboxCursor {last.receivedAt.toUTC().toString(Qt::ISODateWithMs), last.id};
    }
    CHECK(query.count(criteria).value_or(-1) == ids.size());
    return ids;
}

QSet<QString> coreOverdue(LocalCache &cache, const DeadlinePolicy &policy, const QDateTime &t)
{
    const ComplaintRepository complaints(cache);
    QSet<QString> ids;
    for (const QString &id : allIds(cache)) {
        const auto history = complaints.history(QUuid::fromString(id));
        REQUIRE(history.ok());
        for (const Deadline &d : computeDeadlines(history.value(), policy.clocks(), policy.calendar(), t)) {
            if (isOverdue(d))
                ids.insert(id);
        }
    }
    return ids;
}

QStringList storedDifferingFromCore(LocalCache &cache, const DeadlinePolicy &policy)
{
    const ComplaintRepository complaints(cache);
    const auto stored = storedNextDues(cache);
    REQUIRE(stored.ok());
    QStringList differing;
    for (const QString &id : allIds(cache)) {
        const auto history = complaints.history(QUuid::fromString(id));
        REQUIRE(history.ok());
        const auto due = nextDueAt(history.value(), policy.clocks(), policy.calendar());
        const QDateTime kept = stored->value(id);
        if (kept.isValid() != due.has_value() || (due && kept != *due))
            differing.append(id);
    }
    return differing;
}

QDateTime wib(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600)).toUTC();
}

} // namespace rabeg::test
