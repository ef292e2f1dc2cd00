#pragma once

#include "TestClient.h"
#include "TestHub.h"

#include <QSignalSpy>

namespace rabeg::test {

// Sessions the hub holds (one per login).
inline qint64 sessionsAtHub(TestHub &hub)
{
    return hub.scalar(QStringLiteral("SELECT count(*) FROM tokens")).toLongLong();
}

// Logs in once with the password over a new cache (so the cache learns the user's role and OPD); the token.
inline QByteArray firstLogin(TestHub &hub, const QString &cachePath)
{
    SyncEngine engine(settingsFor(hub.url(), QStringLiteral("operator"), cachePath));
    QSignalSpy fresh(&engine, &SyncEngine::sessionStarted);
    REQUIRE_FALSE(engine.open(newConnectionName()));
    const Status synced = engine.syncOnce();
    INFO((synced ? synced->message.toStdString() : std::string()));
    REQUIRE_FALSE(synced);
    REQUIRE(fresh.count() == 1);
    const QByteArray token = fresh.at(0).at(0).toByteArray();
    REQUIRE(token == engine.token());
    REQUIRE_FALSE(token.isEmpty());
    return token;
}

} // namespace rabeg::test
