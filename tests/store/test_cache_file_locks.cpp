// What must hold: measuring how much of the cache file is in memory (the report's and the recompute's read-ahead
// decide from it) keeps the shared lock SQLite holds on the open cache. Closing any descriptor of a file drops every
// POSIX lock the process holds on it; the measure opened the file, mapped it and closed it, so the next process to
// close its own connection (`rabeg report`, `rabeg escalation-packet`) took the exclusive lock, checkpointed and
// deleted the -wal and -shm files under the workstation, whose next read failed with "disk I/O error" (a new
// supervisor lost the stall board and the SOP templates so).
#include "store/LocalCache.h"
#include "store/PageReadAhead.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

// Whether this process holds a POSIX lock on `path` (/proc/locks: "1: POSIX ADVISORY READ PID MAJ:MIN:INODE ...").
bool holdsLockOn(const QString &path)
{
    struct stat file{};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &file) == 0);
    QFile locks(u"/proc/locks"_s);
    REQUIRE(locks.open(QIODevice::ReadOnly));
    const QByteArray pid = QByteArray::number(::getpid());
    const QByteArray inode = ':' + QByteArray::number(quint64(file.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 5 && fields.at(1) == "POSIX" && fields.at(4) == pid && fields.at(5).endsWith(inode))
            return true;
    }
    return false;
}

// Another process opens the cache, reads, and closes it, as `rabeg report` does; returns its exit code.
int anotherProcessOpensAndCloses(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        sqlite3 *db = nullptr;
        int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, "SELECT count(*) FROM meta", nullptr, nullptr, nullptr);
        if (sqlite3_close(db) != SQLITE_OK)
            rc = 100;
        ::_exit(rc);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status);
}

} // namespace

TEST_CASE("measuring the cache file in memory keeps this process's SQLite lock, and its -wal and -shm with it",
          "[store][locks]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cache.sqlite"_s);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"locks-cache"_s));
    REQUIRE_FALSE(cache.setMeta(u"test_before"_s, u"kept"_s));
    REQUIRE(holdsLockOn(path)); // the test bites: WAL mode keeps a shared lock on the database file while open

    CHECK(pageReadAhead::residentShare(path) >= 0);
    CHECK(holdsLockOn(path));
    pageReadAhead::dropFromMemory(path);
    CHECK(holdsLockOn(path));
    CHECK(pageReadAhead::residentShare(path) >= 0); // again, through the descriptor it keeps
    CHECK(holdsLockOn(path));

    REQUIRE(anotherProcessOpensAndCloses(path) == SQLITE_OK);
    CHECK(QFile::exists(path + u"-shm"_s));
    CHECK(QFile::exists(path + u"-wal"_s));
    // This connection reads and writes on.
    CHECK(cache.meta(u"test_before"_s) == u"kept"_s);
    REQUIRE_FALSE(cache.setMeta(u"test_after"_s, u"written"_s));
    CHECK(cache.meta(u"test_after"_s) == u"written"_s);
}

TEST_CASE("a cache made again at the same path is measured, not the file it replaced", "[store][locks]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cache.sqlite"_s);
    {
        LocalCache first;
        REQUIRE_FALSE(first.open(path, u"locks-first"_s));
        CHECK(pageReadAhead::residentShare(path) >= 0);
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    LocalCache second;
    REQUIRE_FALSE(second.open(path, u"locks-second"_s));
    REQUIRE_FALSE(second.setMeta(u"test_second"_s, u"made again"_s));
    REQUIRE(holdsLockOn(path));
    CHECK(pageReadAhead::residentShare(path) > 0); // the new file, just written, is in memory
    CHECK(holdsLockOn(path));
    REQUIRE(anotherProcessOpensAndCloses(path) == SQLITE_OK);
    CHECK(QFile::exists(path + u"-shm"_s));
    CHECK(second.meta(u"test_second"_s) == u"made again"_s);
}
