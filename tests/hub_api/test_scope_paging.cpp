#include "HubFixture.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

void requireEnvelope(const QJsonObject &page, const HubFixture &hub)
{
    INFO(QJsonDocument(page).toJson(QJsonDocument::Compact).left(400).toStdString());
    CHECK(page.value(u"store_id"_s).toString() == hub.storeId());
    CHECK(page.value(u"kind"_s).toString() == u"demo"_s);
    CHECK(page.value(u"epoch"_s).toInteger() == 1);
    CHECK(page.value(u"hub_time"_s).toString().startsWith(u"2026-11-30T"_s));
    CHECK(page.value(u"hub_time"_s).toString().endsWith(u"Z"_s));
    CHECK(page.value(u"clock_speed"_s).toDouble() == 1.0);
}

struct Pulled
{
    QList<QJsonObject> items;
    int pages = 0;
};

// Pulls the whole feed in pages of `limit`, checking each page's cursor as it goes.
Pulled pullAll(HubFixture &hub, const QByteArray &token, int limit)
{
    Pulled out;
    qint64 after = 0;
    const qint64 head = hub.dump().head;
    for (bool more = true; more; ++out.pages) {
        REQUIRE(out.pages < 1000);
        const HubResponse response = hub.get(token, u"/api/v1/events?after=%1&limit=%2"_s.arg(after).arg(limit));
        REQUIRE(response.status == 200);
        const QJsonObject page = response.object();
        requireEnvelope(page, hub);
        const QJsonArray items = page.value(u"items"_s).toArray();
        const qint64 next = page.value(u"next"_s).toInteger();
        more = page.value(u"more"_s).toBool();
        CHECK(items.size() <= limit);
        CHECK(next >= after);
        CHECK(more == (next < head));
        if (more)
            CHECK(next > after); // a page that says "more" always moves the cursor
        qint64 previous = after;
        for (const QJsonValue &item : items) {
            const qint64 seq = item.toObject().value(u"seq"_s).toInteger();
            CHECK(seq > previous);
            CHECK(seq <= next);
            previous = seq;
            out.items.append(item.toObject());
        }
        after = next;
    }
    CHECK(after == head);
    return out;
}

} // namespace

TEST_CASE("every page carries the store id, kind, epoch, hub time and clock speed")
{
    HubFixture hub(5);
    const QByteArray rina = hub.login(u"op.rina"_s);
    const QUuid id = hub.dispatched(u"DISHUB"_s);
    const QString item = u"/api/v1/complaints/"_s + uuidText(id);
    for (const QString &path : QStringList{u"/api/v1/health"_s, u"/api/v1/events"_s, u"/api/v1/snapshot"_s,
                                u"/api/v1/snapshot?after=0&limit=1"_s, u"/api/v1/reference"_s, item,
                                item + u"/events"_s, item + u"/identity"_s}) {
        INFO(path.toStdString());
        const HubResponse response = hub.get(rina, path);
        REQUIRE(response.status == 200);
        requireEnvelope(response.object(), hub);
    }
    requireEnvelope(hub.loginAs(u"op.budi"_s, kPassword).object(), hub);
}

TEST_CASE("the events feed pages by seq with a consistent next and more")
{
    HubFixture hub(8);
    const QByteArray rina = hub.login(u"op.rina"_s);
    hub.dispatched(u"DISHUB"_s);
    const StoreDump dump = hub.dump();

    for (int limit : {1, 3, 7, 1000}) {
        INFO("limit " << limit);
        const Pulled pulled = pullAll(hub, rina, limit);
        CHECK(pulled.items.size() == dump.events);
        for (const QJsonObject &item : pulled.items) {
            CHECK(item.value(u"event"_s).toObject().value(u"seq"_s) == item.value(u"seq"_s));
            CHECK(item.value(u"state"_s).toObject().value(u"version"_s)
                  == item.value(u"event"_s).toObject().value(u"version"_s));
        }
    }
    SECTION("after the head the feed is empty and says so")
    {
        const QJsonObject page = hub.get(rina, u"/api/v1/events?after=%1"_s.arg(dump.head)).object();
        CHECK(page.value(u"items"_s).toArray().isEmpty());
        CHECK(page.value(u"next"_s).toInteger() == dump.head);
        CHECK_FALSE(page.value(u"more"_s).toBool());
    }
    SECTION("a cursor beyond the head stays where it is")
    {
        const QJsonObject page = hub.get(rina, u"/api/v1/events?after=%1"_s.arg(dump.head + 50)).object();
        CHECK(page.value(u"items"_s).toArray().isEmpty());
        CHECK(page.value(u"next"_s).toInteger() == dump.head + 50);
        CHECK_FALSE(page.value(u"more"_s).toBool());
    }
}

TEST_CASE("a bad after or limit is refused with 400 and a message that names the parameter")
{
    HubFixture hub(0);
    const QByteArray rina = hub.login(u"op.rina"_s);
    for (const QString &query :
         {u"after=-1"_s, u"after=abc"_s, u"after=1.5"_s, u"after="_s, u"after=9007199254740992"_s,
          u"after=99999999999999999999999"_s, u"after=0x10"_s, u"after=%27%3B%20DROP%20TABLE%20events%3B%20--"_s,
          u"limit=0"_s, u"limit=-5"_s, u"limit=1001"_s, u"limit=ten"_s, u"limit=1e3"_s}) {
        INFO(query.toStdString());
        const HubResponse response = hub.get(rina, u"/api/v1/events?"_s + query);
        requireError(response, 400, u"bad_parameter"_s);
        const QString parameter = query.section(u'=', 0, 0);
        CHECK(errorOf(response).value(u"message"_s).toString().contains(u"\""_s + parameter + u"\""_s));
    }
    for (const QString &query : QStringList{u"limit=0"_s, u"limit=1001"_s, u"limit=x"_s, u"after="_s + QString(65, u'z')}) {
        INFO(query.toStdString());
        requireError(hub.get(rina, u"/api/v1/snapshot?"_s + query), 400, u"bad_parameter"_s);
    }
}

TEST_CASE("the snapshot pages through every complaint once, with the head on its first page")
{
    HubFixture hub(11);
    const QByteArray rina = hub.login(u"op.rina"_s);
    const StoreDump dump = hub.dump();
    QSet<QString> seen;
    QString after;
    QString previous;
    for (int pages = 0;; ++pages) {
        REQUIRE(pages < 100);
        const HubResponse response =
            hub.get(rina, u"/api/v1/snapshot?limit=4"_s + (after.isEmpty() ? QString() : u"&after="_s + after));
        REQUIRE(response.status == 200);
        const QJsonObject page = response.object();
        requireEnvelope(page, hub);
        CHECK(page.contains(u"head"_s) == (pages == 0));
        if (pages == 0)
            CHECK(page.value(u"head"_s).toInteger() == dump.head);
        for (const QJsonValue &value : page.value(u"items"_s).toArray()) {
            const QJsonObject state = value.toObject().value(u"state"_s).toObject();
            const QJsonArray history = value.toObject().value(u"history"_s).toArray();
            const QString id = state.value(u"id"_s).toString();
            CHECK(id > previous);
            previous = id;
            seen.insert(id);
            REQUIRE_FALSE(history.isEmpty());
            CHECK(history.last().toObject().value(u"version"_s) == state.value(u"version"_s));
        }
        after = page.value(u"next"_s).toString();
        CHECK(page.value(u"more"_s).toBool() == !after.isEmpty());
        if (after.isEmpty())
            break;
    }
    CHECK(seen.size() == dump.complaints);
}

TEST_CASE("a liaison sees only the complaints dispatched to their OPD")
{
    HubFixture hub(20);
    const QUuid mine = hub.dispatched(u"DISHUB"_s);
    const QUuid theirs = hub.dispatched(u"DLH"_s);
    const QUuid notYet = hub.intake(hub.login(u"op.rina"_s), u"Parkir liar"_s, u"Di alun-alun."_s);
    const QByteArray dishub = hub.login(u"liaison-dishub"_s);

    SECTION("another OPD's complaint is not found, on every complaint route")
    {
        for (const QUuid &id : {theirs, notYet}) {
            const QString path = u"/api/v1/complaints/"_s + uuidText(id);
            requireError(hub.get(dishub, path), 404, u"not_found"_s);
            requireError(hub.get(dishub, path + u"/events"_s), 404, u"not_found"_s);
            requireError(hub.get(dishub, path + u"/identity"_s), 404, u"not_found"_s);
        }
        // ...and the answer is the same as for a complaint that does not exist.
        CHECK(hub.get(dishub, u"/api/v1/complaints/"_s + uuidText(theirs)).body
              == hub.get(dishub, u"/api/v1/complaints/"_s + uuidText(QUuid::createUuid())).body);
        CHECK(hub.get(dishub, u"/api/v1/complaints/"_s + uuidText(mine)).status == 200);
        CHECK(hub.get(dishub, u"/api/v1/complaints/"_s + uuidText(mine) + u"/events"_s).status == 200);
    }
    SECTION("the snapshot holds only their OPD's complaints")
    {
        const QJsonArray items = hub.get(dishub, u"/api/v1/snapshot?limit=1000"_s).object().value(u"items"_s).toArray();
        QSet<QString> ids;
        for (const QJsonValue &item : items) {
            const QJsonObject state = item.toObject().value(u"state"_s).toObject();
            CHECK(state.value(u"opd"_s).toString() == u"DISHUB"_s);
            ids.insert(state.value(u"id"_s).toString());
        }
        CHECK(ids.contains(uuidText(mine)));
        CHECK_FALSE(ids.contains(uuidText(theirs)));
        CHECK_FALSE(ids.contains(uuidText(notYet)));
    }
    SECTION("the feed holds only their OPD's events, and a complaint arrives with its history")
    {
        const Pulled pulled = pullAll(hub, dishub, 5);
        bool arrived = false;
        for (const QJsonObject &item : pulled.items) {
            INFO(QJsonDocument(item).toJson(QJsonDocument::Compact).left(300).toStdString());
            if (item.contains(u"removed"_s)) {
                CHECK_FALSE(item.contains(u"event"_s)); // a demo complaint the OPD returned
                continue;
            }
            const QJsonObject state = item.value(u"state"_s).toObject();
            CHECK(state.value(u"opd"_s).toString() == u"DISHUB"_s);
            CHECK(state.value(u"id"_s).toString() != uuidText(theirs));
            if (state.value(u"id"_s).toString() == uuidText(mine)) {
                arrived = true;
                const QJsonArray history = item.value(u"history"_s).toArray();
                REQUIRE(history.size() == 2); // received and verified, before the dispatch
                CHECK(history.at(0).toObject().value(u"type"_s).toString() == u"received"_s);
                CHECK(history.at(1).toObject().value(u"type"_s).toString() == u"verified"_s);
            }
        }
        CHECK(arrived);
    }
    SECTION("a complaint the OPD returns leaves the feed as removed, and is no longer readable")
    {
        const HubResponse returned = hub.send(dishub, HubFixture::command(u"return"_s, mine, hub.version(mine),
                                                                          {{u"reason"_s, u"other_opd"_s}}));
        REQUIRE(returned.status == 200);
        const Pulled pulled = pullAll(hub, dishub, 1000);
        REQUIRE_FALSE(pulled.items.isEmpty());
        CHECK(pulled.items.last().value(u"removed"_s).toString() == uuidText(mine));
        CHECK_FALSE(pulled.items.last().contains(u"event"_s));
        requireError(hub.get(dishub, u"/api/v1/complaints/"_s + uuidText(mine)), 404, u"not_found"_s);
    }
}
