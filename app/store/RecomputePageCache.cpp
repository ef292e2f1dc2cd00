#include "RecomputePageCache.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

RecomputePageCache::RecomputePageCache(LocalCache &cache) : m_cache(cache)
{
    {
        QSqlQuery q(cache.database());
        if (q.exec(u"PRAGMA cache_size"_s) && q.next())
            m_previous = q.value(0).toLongLong();
        if (q.exec(u"PRAGMA mmap_size"_s) && q.next())
            m_previousMap = q.value(0).toLongLong();
    }
    // Both only make it faster: a failure leaves the recompute as it was, and is not one. No map, even if the
    // connection has one (a report's pass maps the file, ReportQuery.h).
    (void)m_cache.connection().exec({u"PRAGMA cache_size = -1048576"_s, u"PRAGMA mmap_size = 0"_s});
}

RecomputePageCache::~RecomputePageCache()
{
    if (m_previous)
        (void)m_cache.connection().exec({u"PRAGMA cache_size = %1"_s.arg(*m_previous)});
    if (m_previousMap && *m_previousMap > 0)
        (void)m_cache.connection().exec({u"PRAGMA mmap_size = %1"_s.arg(*m_previousMap)});
}

} // namespace rabeg
