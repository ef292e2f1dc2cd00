#include "InboxBenchCache.h"

#include "../tests/sopui/SopDemoCache.h"
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
    DemoOptions options;
    options.count = count;
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](qint64 written) {
        std::printf("   built %lld complaints, %.0f s\n", static_cast<long long>(written), timer.elapsed() / 1000.0);
        std::fflush(stdout);
    };
    if (Status status = sopdemo::fillCache(cache, reference, options, progress))
        return status;
    if (Status status = cache.connection().exec({u"PRAGMA wal_checkpoint(TRUNCATE)"_s}))
        return status;
    std::printf("   cache built: %lld complaints in %.0f s\n", static_cast<long long>(count), timer.elapsed() / 1000.0);
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
