#include "TestClient.h"

#include "TestHub.h"
#include "store/ComplaintRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg::test {

QString newConnectionName()
{
    static int counter = 0;
    return u"sync-test-cache-%1"_s.arg(++counter);
}

SyncSettings settingsFor(const QUrl &hub, const QString &user, const QString &cachePath)
{
    SyncSettings settings;
    settings.hub = hub;
    settings.user = user;
    settings.password = QString::fromUtf8(kPassword);
    settings.cachePath = cachePath;
    settings.workstation = u"WS-SYNC-01"_s;
    settings.timeoutMs = 10000;
    return settings;
}

TestClient::TestClient(const QUrl &hub, const QString &user, const QString &cachePath)
    : TestClient(hub, user, cachePath, Limits{})
{
}

TestClient::TestClient(const QUrl &hub, const QString &user, const QString &cachePath, Limits limits)
    : m_context(std::make_unique<QObject>())
{
    SyncSettings settings = settingsFor(hub, user, cachePath);
    settings.eventLimit = limits.eventLimit;
    settings.snapshotLimit = limits.snapshotLimit;
    settings.timeoutMs = limits.timeoutMs;
    m_engine = std::make_unique<SyncEngine>(settings);
    QObject::connect(m_engine.get(), &SyncEngine::cacheChanged, m_context.get(), [this] { ++m_cacheChanges; });
    const Status opened = m_engine->open(newConnectionName());
    INFO((opened ? opened->message.toStdString() : std::string()));
    REQUIRE_FALSE(opened);
}

void TestClient::requireSync()
{
    const Status status = sync();
    INFO((status ? QString(status->code + u": "_s + status->message).toStdString() : std::string()));
    REQUIRE_FALSE(status);
}

Command TestClient::enqueue(CommandType type, const QUuid &complaint, const QJsonObject &payload,
                            std::optional<qint64> baseVersion)
{
    const Command command{QUuid::createUuid(), type, complaint, baseVersion.value_or(cachedVersion(complaint)),
                          meta(u"epoch"_s).toLongLong(), payload};
    const Status status = m_engine->enqueue(command);
    INFO((status ? status->message.toStdString() : std::string()));
    REQUIRE_FALSE(status);
    return command;
}

QList<OutboxEntry> TestClient::outbox()
{
    const auto entries = SyncRepository(cache()).outbox();
    REQUIRE(entries.ok());
    return entries.value();
}

std::optional<Complaint> TestClient::cached(const QUuid &complaint)
{
    const auto found = ComplaintRepository(cache()).find(complaint);
    REQUIRE(found.ok());
    return found.value();
}

qint64 TestClient::cachedVersion(const QUuid &complaint)
{
    const auto found = cached(complaint);
    return found ? found->version : 0;
}

qint64 TestClient::cursor() { return meta(u"cursor"_s).toLongLong(); }

qint64 TestClient::rows(const QString &table)
{
    QSqlQuery q(cache().database());
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM "_s + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

int TestClient::takeCacheChanges() { return std::exchange(m_cacheChanges, 0); }

} // namespace rabeg::test
