#include <catch2/catch.hpp>

#include "demo/Prng.h"
#include "store/LocalCache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// A rabeg-hub process with a demo store, stopped when the test ends.
struct HubProcess
{
    QProcess process;
    QString url;

    HubProcess(const QString &store, int complaints)
    {
        process.setProgram(QStringLiteral(RABEG_HUB_BIN));
        process.setArguments({u"serve"_s, u"--store"_s, u"sqlite:"_s + store, u"--listen"_s, u"127.0.0.1:0"_s,
                              u"--demo"_s, QString::number(complaints), u"--password-cost"_s, u"minimal"_s});
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start();
        REQUIRE(process.waitForStarted());
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:[0-9]+)"_s);
        while (timer.elapsed() < 180'000) {
            process.waitForReadyRead(500);
            output += process.readAll();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                url = match.captured(1);
                return;
            }
            REQUIRE(process.state() == QProcess::Running);
        }
        FAIL("the hub did not start: " << output.toStdString());
    }
    ~HubProcess()
    {
        process.kill();
        process.waitForFinished();
    }
};

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a syncing client killed at random moments leaves a cache that opens, is intact, never runs its cursor "
          "ahead and converges on the next sync")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString hubStore = dir.filePath(u"hub.sqlite"_s);
    HubProcess hub(hubStore, 3000);

    const QString passwordFile = dir.filePath(u"password"_s);
    {
        QFile f(passwordFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("demo");
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString cache = dir.filePath(u"cache.sqlite"_s);
    const QString trace = dir.filePath(u"trace"_s);

    // The hub's own file, read-only, to check the client against.
    QSqlDatabase hubDb = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crash-hub"_s);
    hubDb.setDatabaseName(hubStore);
    hubDb.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    REQUIRE(hubDb.open());

    const int kills = qEnvironmentVariableIntValue("RABEG_CRASH_KILLS") > 0
                          ? qEnvironmentVariableIntValue("RABEG_CRASH_KILLS")
                          : 20;
    Prng prng(4242);
    int insideTransaction = 0;
    int duringBootstrap = 0;
    int duringPull = 0;
    const auto syncToTheEnd = [&] {
        QProcess sync;
        sync.start(QStringLiteral(RABEG_CLIENT_BIN), {u"sync"_s, u"--hub"_s, hub.url, u"--user"_s, u"operator"_s,
                                                      u"--password-file"_s, passwordFile, u"--cache"_s, cache});
        REQUIRE(sync.waitForFinished(300'000));
        INFO(sync.readAllStandardError().toStdString());
        REQUIRE(sync.exitCode() == 0);
    };
    for (int round = 0; round < kills; ++round) {
        // The first half kills bootstraps that start from nothing; the second half kills pulls: a bootstrapped
        // cache is emptied and its cursor set to 0, so the client rebuilds it from the log page by page.
        const bool pullRound = round >= kills / 2;
        if (pullRound) {
            bool bootstrapped = false;
            {
                LocalCache probe;
                REQUIRE_FALSE(probe.open(cache, u"crash-probe"_s));
                bootstrapped = probe.meta(u"bootstrapped"_s) == u"1"_s;
            }
            if (!bootstrapped)
                syncToTheEnd();
        }
        {
            LocalCache rewind;
            REQUIRE_FALSE(rewind.open(cache, u"crash-rewind"_s));
            if (pullRound) {
                REQUIRE_FALSE(rewind.connection().exec({u"DELETE FROM complaints"_s, u"DELETE FROM events"_s}));
                REQUIRE_FALSE(rewind.setMeta(u"cursor"_s, u"0"_s));
            } else {
                for (const auto *key : {u"cursor", u"bootstrap_key", u"bootstrap_head", u"bootstrapped"})
                    REQUIRE_FALSE(rewind.setMeta(QString::fromUtf16(key), u""_s));
            }
        }
        QFile::remove(trace);
        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"RABEG_SYNC_TRACE"_s, trace);
        client.setProcessEnvironment(env);
        client.start(QStringLiteral(RABEG_CLIENT_BIN), {u"sync"_s, u"--hub"_s, hub.url, u"--user"_s, u"operator"_s,
                                                        u"--password-file"_s, passwordFile, u"--cache"_s, cache});
        REQUIRE(client.waitForStarted());
        if (round % 4 == 3) {
            // A quarter of the kills come at a purely random moment.
            QThread::msleep(unsigned(prng.between(80, 1800)));
        } else {
            // The others wait for a random number of page transactions to begin (the client's trace), then strike
            // within a few milliseconds: most of those land while a page is half written.
            const int pages = prng.between(1, 12);
            const unsigned delayUs = unsigned(prng.between(0, 3000));
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 20'000 && client.state() == QProcess::Running) {
                QFile marks(trace);
                if (marks.open(QIODevice::ReadOnly) && marks.readAll().count('B') >= pages)
                    break;
                QThread::usleep(200);
            }
            QThread::usleep(delayUs);
        }
        client.kill(); // SIGKILL: no destructor, no rollback, no close
        client.waitForFinished();

        QFile traceFile(trace);
        if (traceFile.open(QIODevice::ReadOnly)) {
            const QByteArray marks = traceFile.readAll().trimmed();
            if (marks.endsWith('B'))
                ++insideTransaction;
        }

        LocalCache reopened;
        REQUIRE_FALSE(reopened.open(cache, u"crash-check"_s));
        QSqlDatabase db = reopened.database();
        {
            QSqlQuery q(db);
            REQUIRE(q.exec(u"PRAGMA integrity_check"_s));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == u"ok"_s);
        }
        if (reopened.meta(u"bootstrapped"_s) == u"1"_s) {
            ++duringPull;
            // Every event at or below the cursor is in the cache: the cursor never ran ahead of applied rows.
            const qint64 cursor = reopened.meta(u"cursor"_s).toLongLong();
            const qint64 cached = scalar(db, u"SELECT COUNT(*) FROM events WHERE seq <= ? AND seq > 0"_s, {cursor});
            const qint64 onHub = scalar(hubDb, u"SELECT COUNT(*) FROM events WHERE seq <= ?"_s, {cursor});
            INFO("round " << round << ", cursor " << cursor);
            CHECK(cached == onHub);
        } else {
            ++duringBootstrap;
            // Every complaint up to the resume key is in the cache.
            const QString key = reopened.meta(u"bootstrap_key"_s);
            if (!key.isEmpty()) {
                const qint64 cached = scalar(db, u"SELECT COUNT(*) FROM complaints WHERE id <= ?"_s, {key});
                const qint64 onHub = scalar(hubDb, u"SELECT COUNT(*) FROM complaints WHERE id <= ?"_s, {key});
                INFO("round " << round << ", key " << key.toStdString());
                CHECK(cached == onHub);
            }
        }
    }
    WARN(kills << " kills: " << insideTransaction << " inside a page's transaction, " << duringBootstrap
               << " during bootstrap, " << duringPull << " with a bootstrapped cache");
    CHECK(insideTransaction > 0); // the test must have cut pages in half, or it proves nothing
    CHECK(duringBootstrap > 0);
    CHECK(duringPull > 0);

    // The next sync, left alone, converges on the hub.
    syncToTheEnd();
    LocalCache done;
    REQUIRE_FALSE(done.open(cache, u"crash-done"_s));
    CHECK(scalar(done.database(), u"SELECT COUNT(*) FROM complaints"_s)
          == scalar(hubDb, u"SELECT COUNT(*) FROM complaints"_s));
    CHECK(scalar(done.database(), u"SELECT COUNT(*) FROM events"_s) == scalar(hubDb, u"SELECT COUNT(*) FROM events"_s));
    CHECK(scalar(done.database(), u"SELECT SUM(version) FROM complaints"_s)
          == scalar(hubDb, u"SELECT SUM(version) FROM complaints"_s));
    // Search is whole although bootstraps were cut while its index was deferred (store/BootstrapIndex.h): every
    // complaint is indexed, and a few words find what an index rebuilt from the rows finds.
    CHECK(done.meta(u"fts_deferred"_s).isEmpty());
    CHECK(scalar(done.database(), u"SELECT COUNT(*) FROM complaints_fts_docsize"_s)
          == scalar(done.database(), u"SELECT COUNT(*) FROM complaints"_s));
    const QStringList words = {u"jalan"_s, u"air"_s, u"sampah"_s, u"lampu"_s};
    QList<qint64> found;
    for (const QString &word : words)
        found.append(scalar(done.database(), u"SELECT COUNT(*) FROM complaints_fts WHERE complaints_fts MATCH ?"_s, {word}));
    REQUIRE_FALSE(done.connection().exec({u"INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')"_s}));
    for (qsizetype i = 0; i < words.size(); ++i)
        CHECK(found.at(i)
              == scalar(done.database(), u"SELECT COUNT(*) FROM complaints_fts WHERE complaints_fts MATCH ?"_s,
                        {words.at(i)}));
    hubDb.close();
}
