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
    }
    // Both only make it faster: a failure leaves the recompute as it was, and is not one.
    (void)m_cache.connection().exec({u"PRAGMA cache_size = -1048576"_s, u"PRAGMA mmap_size = 2147418112"_s});
}

RecomputePageCache::~RecomputePageCache()
{
    if (m_previous)
        (void)m_cache.connection().exec({u"PRAGMA cache_size = %1"_s.arg(*m_previous)});
}

} // namespace rabeg
