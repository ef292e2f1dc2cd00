// Issue 11, must hold: a backup taken while clients sync restores to a hub (a new epoch) that those clients
// continue syncing from, with nothing lost that they had not seen confirmed. Real rabeg-hub processes on SQLite
// files, a workstation's SyncEngine over HTTP on loopback, and the rabeg-hub backup/restore commands.
#include "HubProcess.h"
#include "SqlHubStore.h"
#include "store/SyncRepository.h"
#include "sync/SyncEngine.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::test::HubProcess;

namespace {

int g_connections = 0;

std::unique_ptr<SyncEngine> workstation(const QUrl &hub, const QString &cache)
{
    SyncSettings settings;
    settings.hub = hub;
    settings.user = u"operator"_s;
    settings.password = u"demo"_s;
    settings.cachePath = cache;
    settings.workstation = u"WS-UJI-01"_s;
    settings.timeoutMs = 20000;
    auto engine = std::make_unique<SyncEngine>(settings);
    const Status opened = engine->open(u"restore-ws-%1"_s.arg(++g_connections));
    INFO((opened ? opened->message.toStdString() : std::string()));
    REQUIRE_FALSE(opened);
    return engine;
}

void requireSync(SyncEngine &engine)
{
    const Status status = engine.syncOnce();
    INFO((status ? status->message.toStdString() : std::string()));
    REQUIRE_FALSE(status);
}

// A note on a complaint, queued on the workstation as an operator would (works offline).
QUuid note(SyncEngine &engine, const QUuid &complaint, const QString &text)
{
    QSqlQuery q(engine.cache().database());
    q.prepare(u"SELECT version FROM complaints WHERE id = ?"_s);
    q.addBindValue(complaint.toString(QUuid::WithoutBraces));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const Command command{QUuid::createUuid(), CommandType::AddNote, complaint, q.value(0).toLongLong(),
                          engine.cache().meta(u"epoch"_s).toLongLong(), QJsonObject{{u"text"_s, text}}};
    REQUIRE_FALSE(engine.enqueue(command));
    return command.commandId;
}

QList<QUuid> someComplaints(SyncEngine &engine, int count)
{
    QSqlQuery q(engine.cache().database());
    REQUIRE(q.exec(u"SELECT id FROM complaints ORDER BY tracking_id LIMIT %1"_s.arg(count)));
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    REQUIRE(ids.size() == count);
    return ids;
}

// The note texts in a complaint's history on the hub store at `path` (read while the hub runs; SQLite WAL).
QStringList notesOnHub(const QString &path, const QUuid &complaint)
{
    auto store = SqlHubStore::open(u"sqlite:"_s + path, StoreKind::Production, u"restore-reader-%1"_s.arg(++g_connections));
    REQUIRE(store.ok());
    const auto history = store.value()->history(complaint);
    REQUIRE(history.ok());
    QStringList notes;
    for (const Event &event : history.value())
        if (event.type == EventType::NoteAdded)
            notes.append(event.payload.value(u"text"_s).toString());
    return notes;
}

int pending(SyncEngine &engine)
{
    const auto outbox = SyncRepository(engine.cache()).outbox();
    REQUIRE(outbox.ok());
    return int(outbox.value().size());
}

} // namespace

TEST_CASE("a workstation keeps syncing from a hub restored from a backup, losing nothing it had not seen confirmed")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString live = dir.filePath(u"hub.sqlite"_s);
    const QString backup = dir.filePath(u"backup.sqlite"_s);
    const QString restored = dir.filePath(u"restored.sqlite"_s);
    const QString cache = dir.filePath(u"cache.sqlite"_s);

    auto hub = std::make_unique<HubProcess>(QStringList{u"--store"_s, u"sqlite:"_s + live, u"--demo"_s, u"60"_s});
    const bool listening = hub->waitUntilListening();
    INFO(hub->output().toStdString());
    REQUIRE(listening);

    auto engine = workstation(hub->url(), cache);
    requireSync(*engine);
    CHECK(engine->cache().meta(u"epoch"_s) == u"1"_s);
    const QList<QUuid> ids = someComplaints(*engine, 3);

    // Confirmed before the backup: in the backup, so it survives.
    note(*engine, ids[0], u"dikonfirmasi sebelum cadangan"_s);
    requireSync(*engine);
    REQUIRE(pending(*engine) == 0);

    // The backup is taken from the running hub, with the workstation's next command already on its way.
    note(*engine, ids[1], u"dikonfirmasi setelah cadangan"_s);
    const HubProcess::Run taken = HubProcess::run({u"backup"_s, u"--store"_s, u"sqlite:"_s + live, u"--out"_s, backup});
    INFO(taken.out.toStdString() << taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    requireSync(*engine);
    REQUIRE(pending(*engine) == 0); // seen confirmed: a restore may lose it, as it came after the backup

    // Queued while the hub is down (never confirmed): must not be lost.
    hub->kill();
    note(*engine, ids[2], u"belum dikonfirmasi saat hub mati"_s);
    CHECK(engine->syncOnce().has_value()); // the hub is gone: an error, and the command stays queued
    CHECK(pending(*engine) == 1);

    SECTION("restore refuses to overwrite a store, and refuses a damaged backup")
    {
        const HubProcess::Run over = HubProcess::run({u"restore"_s, u"--from"_s, backup, u"--store"_s, u"sqlite:"_s + live});
        CHECK(over.exitCode == 1);
        CHECK(over.err.contains(u"exists already"_s));
        QFile garbage(dir.filePath(u"garbage.sqlite"_s));
        REQUIRE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        const HubProcess::Run broken = HubProcess::run(
            {u"restore"_s, u"--from"_s, garbage.fileName(), u"--store"_s, u"sqlite:"_s + restored});
        CHECK(broken.exitCode == 1);
        CHECK(broken.err.contains(u"not a readable hub store"_s));
        CHECK_FALSE(QFile::exists(restored));
    }

    SECTION("after the restore the workstation bootstraps again and re-sends what was not confirmed")
    {
        const HubProcess::Run done = HubProcess::run({u"restore"_s, u"--from"_s, backup, u"--store"_s, u"sqlite:"_s + restored});
        INFO(done.out.toStdString() << done.err.toStdString());
        REQUIRE(done.exitCode == 0);
        CHECK(done.out.contains(u"epoch 2"_s));
        CHECK(HubProcess::run({u"audit"_s, u"verify"_s, u"--store"_s, u"sqlite:"_s + restored}).exitCode == 0);

        auto again = std::make_unique<HubProcess>(QStringList{u"--store"_s, u"sqlite:"_s + restored});
        const bool againListening = again->waitUntilListening();
        INFO(again->output().toStdString());
        REQUIRE(againListening);
        engine.reset(); // the workstation restarts with the hub's new address
        engine = workstation(again->url(), cache);
        requireSync(*engine);
        CHECK(engine->cache().meta(u"epoch"_s) == u"2"_s);
        CHECK(pending(*engine) == 0);

        // (Demo histories carry notes of their own: only ours are counted.)
        CHECK(notesOnHub(restored, ids[0]).count(u"dikonfirmasi sebelum cadangan"_s) == 1);
        CHECK(notesOnHub(restored, ids[2]).count(u"belum dikonfirmasi saat hub mati"_s) == 1);
        // Confirmed after the backup was taken: gone with the restore, and the cache agrees with the hub.
        CHECK(notesOnHub(restored, ids[1]).count(u"dikonfirmasi setelah cadangan"_s) == 0);
        QSqlQuery q(engine->cache().database());
        q.prepare(u"SELECT count(*) FROM events WHERE complaint_id = ? AND type = 'note_added' AND json LIKE ?"_s);
        q.addBindValue(ids[1].toString(QUuid::WithoutBraces));
        q.addBindValue(u"%dikonfirmasi setelah cadangan%"_s);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
}
