#include "HubStoreFixture.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace hubtest;

TEST_CASE("a new store records its kind and a random store id, and reopening keeps them", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);

    QString firstId;
    {
        HubFixture hub(backend, StoreKind::Training);
        const StoreInfo info = hub.store().info();
        CHECK(info.kind == StoreKind::Training);
        CHECK(info.epoch == 1);
        REQUIRE_FALSE(QUuid::fromString(info.storeId).isNull());
        firstId = info.storeId;

        // A hub restarting over it names another kind for new stores; this one stays a training store.
        hub.reopen(StoreKind::Production);
        CHECK(hub.store().info().storeId == firstId);
        CHECK(hub.store().info().kind == StoreKind::Training);
        CHECK(hub.store().info().epoch == 1);
    }

    // Another store made the same way (for PostgreSQL: over the emptied database) gets another id.
    HubFixture other(backend, StoreKind::Demo);
    CHECK(other.store().info().kind == StoreKind::Demo);
    CHECK_FALSE(QUuid::fromString(other.store().info().storeId).isNull());
    CHECK(other.store().info().storeId != firstId);
}

TEST_CASE("a new store records its schema version", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);

    QSqlDatabase db = hub.db();
    const auto version = hubSchemaVersion(db);
    REQUIRE(version.ok());
    CHECK(version.value() == kHubSchemaVersion);
    CHECK(hub.scalar(u"SELECT COUNT(*) FROM hub_meta WHERE key = 'schema_version' AND value = ?"_s,
                     {QString::number(kHubSchemaVersion)})
          == 1);
    CHECK(hub.head() == 0);
    const auto chain = hub.store().verifyChain();
    REQUIRE(chain.ok());
    CHECK_FALSE(chain.value().has_value());
}

TEST_CASE("a store made by a newer hub is refused, not opened", "[hub_store]")
{
    const Backend backend = HUB_STORE_BACKENDS();
    CAPTURE(backend);
    HubFixture hub(backend);
    hub.exec(u"UPDATE hub_meta SET value = ? WHERE key = 'schema_version'"_s, {QString::number(kHubSchemaVersion + 1)});

    const auto opened = SqlHubStore::open(hub.spec(), StoreKind::Production, u"hub-store-test-newer"_s);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == u"store_too_new"_s);
}
