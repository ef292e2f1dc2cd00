#include "BulkPageCache.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

BulkPageCache::BulkPageCache(LocalCache &cache, int mebibytes) : m_cache(cache)
{
    {
        QSqlQuery q(cache.database());
        if (q.exec(u"PRAGMA cache_size"_s) && q.next())
            m_previous = q.value(0).toLongLong();
        if (q.exec(u"PRAGMA mmap_size"_s) && q.next())
            m_previousMap = q.value(0).toLongLong();
    }
    // Both only make it faster: a failure leaves the pass as it was, and is not one. No map, even if the
    // connection has one (a report's pass maps the file, ReportQuery.h). A negative cache_size is in KiB.
    (void)m_cache.connection().exec(
        {u"PRAGMA cache_size = %1"_s.arg(-qint64(mebibytes) * 1024), u"PRAGMA mmap_size = 0"_s});
}

BulkPageCache::~BulkPageCache()
{
    if (m_previous)
        (void)m_cache.connection().exec({u"PRAGMA cache_size = %1"_s.arg(*m_previous)});
    if (m_previousMap && *m_previousMap > 0)
        (void)m_cache.connection().exec({u"PRAGMA mmap_size = %1"_s.arg(*m_previousMap)});
}

} // namespace rabeg
