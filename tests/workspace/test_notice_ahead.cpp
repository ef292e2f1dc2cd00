// A notice can run ahead of the pull it wakes: behind nginx the pull may reach another hub process that learns of
// the append from PostgreSQL a moment later, and a hub pages up to the head its threads share, at most 200 ms old
// (hub/ItemCache.h). The workstation pulls again shortly until its cursor reaches the noticed seq, instead of
// waiting for the 30-second poll with a notice it could not honour.
#include "TestClient.h"
#include "TestHub.h"
#include "sync/SyncWorker.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("a workstation woken by a notice ahead of the hub's page pulls again until it has the noticed event")
{
    TestHub hub({20, StoreKind::Demo, true});
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SyncWorker worker(settingsFor(hub.url(), u"operator"_s, dir.filePath(u"operator.sqlite"_s)));
    QList<qint64> cursors; // after each sync
    QObject::connect(&worker, &SyncWorker::statusChanged, &worker,
                     [&](const SyncStatus &status) { cursors.append(status.cursor); });
    worker.start();
    REQUIRE(QTest::qWaitFor([&] { return !cursors.isEmpty(); }, 60000));
    // The notice socket opens after the first sync; an announced intake reaches the cache through it (or, were it
    // slow to open, through the 30-second poll, by when it is open).
    hub.intake(u"supervisor"_s, u"Lampu jalan mati di Kasemen"_s);
    const qint64 head = hub.head();
    REQUIRE(QTest::qWaitFor([&] { return cursors.constLast() == head; }, 60000));
    QTest::qWait(300); // a sync asked for meanwhile has run

    // The notice first, for an event the hub does not have yet: the pull it wakes finds nothing new.
    const qsizetype before = cursors.size();
    hub.announce(head + 1);
    REQUIRE(QTest::qWaitFor([&] { return cursors.size() > before; }, 60000));
    CHECK(cursors.constLast() == head);
    // Then the event, with no notice of its own (that seq was announced already).
    hub.intake(u"supervisor"_s, u"Sampah menumpuk di Pasar Rau"_s);
    REQUIRE(hub.head() == head + 1);
    // It arrives by the workstation's own retries, well before the 30-second poll would bring it.
    INFO("the noticed event reaches the cache without another notice; syncs so far " << cursors.size());
    CHECK(QTest::qWaitFor([&] { return cursors.constLast() == head + 1; }, 10000));
}
