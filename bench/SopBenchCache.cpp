#include "SopBenchCache.h"

#include "../tests/sopui/SopDemoCache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg::bench {

qint64 countOf(LocalCache &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void removeCacheFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

Status openSopBenchCache(LocalCache &cache, const QString &path, const ReferenceData &reference,
                         const DemoOptions &options, const std::function<void(const QString &)> &print)
{
    if (Status status = cache.open(path, u"bench"_s))
        return status;
    if (countOf(cache, u"SELECT count(*) FROM complaints"_s) == options.count)
        return std::nullopt;
    cache.close();
    removeCacheFiles(path);
    if (Status status = cache.open(path, u"bench"_s))
        return status;
    QElapsedTimer fill;
    fill.start();
    const Status filled = sopdemo::fillCache(cache, reference, options, [&](qint64 done) {
        print(u"   filled %1 complaints, %2 s"_s.arg(done).arg(fill.elapsed() / 1000.0, 0, 'f', 1));
    });
    if (filled)
        return filled;
    print(u"cache built: %1 s (generator, SOP ticks through the lifecycle, ComplaintRepository::put)"_s.arg(
        fill.elapsed() / 1000.0, 0, 'f', 1));
    return std::nullopt;
}

} // namespace rabeg::bench
