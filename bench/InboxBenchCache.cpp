#include "InboxBenchCache.h"

#include "demo/DemoGenerator.h"
#include "store/ComplaintRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rabeg::bench {
namespace {

qint64 complaintCount(LocalCache &cache)
{
    QSqlQuery q(cache.database());
    return q.exec(u"SELECT count(*) FROM complaints"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

void removeFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

Status build(const QString &path, qint64 count, const ReferenceData &reference, const QString &connectionName)
{
    removeFiles(path);
    LocalCache cache;
    if (Status status = cache.open(path, connectionName + u"-build"_s))
        return status;
    // A big page cache for the build only: complaints and events are keyed by random UUIDs, so every insert lands
    // somewhere in a b-tree of gigabytes; with SQLite's default 2 MB each one reads its pages again.
    if (Status status = cache.connection().exec({u"PRAGMA cache_size=-1500000"_s}))
        return status;
    const auto corpus = DemoCorpus::loadBuiltin();
    if (!corpus.ok())
        return corpus.error();
    DemoOptions options;
    options.count = count;
    ComplaintRepository repository(cache);
    constexpr int kBatch = 10000;
    qint64 written = 0;
    Status failure;
    QElapsedTimer timer;
    timer.start();
    if (Status status = repository.begin())
        return status;
    const Status run = DemoGenerator(reference, corpus.value(), options).run([&](const DemoComplaint &demo) {
        if ((failure = repository.put(demo.complaint, demo.events)))
            return false;
        if (++written % kBatch == 0 && ((failure = repository.commit()) || (failure = repository.begin())))
            return false;
        if (written % 100000 == 0) {
            std::printf("   built %lld complaints, %.0f s\n", written, timer.elapsed() / 1000.0);
            std::fflush(stdout);
        }
        return true;
    });
    if (run || failure) {
        cache.database().rollback();
        return run ? run : failure;
    }
    if (Status status = repository.commit())
        return status;
    if (Status status = cache.connection().exec({u"PRAGMA wal_checkpoint(TRUNCATE)"_s}))
        return status;
    std::printf("   cache built: %lld complaints in %.0f s\n", written, timer.elapsed() / 1000.0);
    return std::nullopt;
}

} // namespace

Status openInboxCache(LocalCache &cache, const QString &dir, qint64 count, const ReferenceData &reference,
                      const QString &connectionName)
{
    QDir().mkpath(dir);
    const QString path = dir + u"/inbox-%1.sqlite"_s.arg(count);
    if (QFile::exists(path)) {
        if (Status status = cache.open(path, connectionName))
            return status;
        if (complaintCount(cache) == count)
            return std::nullopt;
        cache.close();
    }
    const QString building = path + u".building"_s;
    if (Status status = build(building, count, reference, connectionName))
        return status;
    removeFiles(path);
    if (!QFile::rename(building, path))
        return Error {u"bench"_s, u"cannot rename "_s + building};
    return cache.open(path, connectionName);
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace rabeg::bench
