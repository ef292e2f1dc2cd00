// Cache schema 8: the owner's complaints have an index in the inbox's order. A cache of schema 7 migrates to it,
// and "assigned to me" and the handover's list are read from it.
#include "TestClient.h"
#include "TestHub.h"
#include "store/InboxQuery.h"
#include "store/OwnershipQuery.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QString plan(LocalCache &cache, const QString &sql, const QString &bind)
{
    QSqlQuery q(cache.database());
    q.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
    q.addBindValue(bind);
    REQUIRE(q.exec());
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps.join(u" | "_s);
}

} // namespace

TEST_CASE("a cache of schema 7 migrates to an assignee index that the \"assigned to me\" page and the handover read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache-v7.sqlite"_s);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA "/cache/cache-v7.sqlite"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, newConnectionName()));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);

    // The fixture's owners and what each owns, straight from the table.
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT assignee, count(*) FROM complaints WHERE assignee <> '' GROUP BY assignee"_s));
    QHash<QString, qint64> owned;
    while (q.next())
        owned.insert(q.value(0).toString(), q.value(1).toLongLong());
    REQUIRE_FALSE(owned.isEmpty()); // 13 of the fixture's 25 are owned

    InboxQuery inbox(cache);
    for (auto it = owned.cbegin(); it != owned.cend(); ++it) {
        InboxCriteria mine;
        mine.assignedTo = it.key();
        CAPTURE(it.key());
        CHECK(inbox.count(mine).value() == it.value());
        const auto page = inbox.page(std::nullopt, 200, mine, it.value());
        REQUIRE(page.ok());
        CHECK(page.value().size() == it.value());
    }
    const QString owner = owned.cbegin().key();
    // The inbox's keyset page of one owner: a range of the index, in the list's order, no sort and no scan.
    const QString page = plan(cache,
                              u"SELECT c.id, c.title FROM complaints c WHERE c.assignee = ? AND (c.received_at, c.id) <"
                              u" ('9999', '') ORDER BY c.received_at DESC, c.id DESC LIMIT 200"_s,
                              owner);
    CAPTURE(page);
    CHECK(page.contains(u"USING INDEX complaints_assignee (assignee=? AND (received_at,id)<(?,?))"_s));
    CHECK_FALSE(page.contains(u"TEMP B-TREE"_s));
    CHECK(plan(cache,
               u"SELECT id FROM complaints WHERE assignee = ? AND state IN ('received', 'verified')"
               u" ORDER BY received_at, id"_s,
               owner)
              .contains(u"INDEX complaints_assignee (assignee=?)"_s));

    // Every owner is a colleague the workstation knows of, found by seeks over the index.
    const auto colleagues = OwnershipQuery(cache).colleagues(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(colleagues.ok());
    for (auto it = owned.cbegin(); it != owned.cend(); ++it)
        CHECK(colleagues.value().contains(it.key()));
}
