#pragma once

#include "core/Result.h"
#include "sop/SopCatalog.h"

#include <QSet>

namespace rabeg {

class LocalCache;

// The SOP catalogue the derived-fact writers judge checklists with (SopProgressWriter, ReportStallsWriter): the
// templates shipped with the built-in reference data plus those the cache synced (SopCatalogQuery), as the stall
// board and the weekly report use; read on first use, and again once for each template version it did not know
// (a template published in the same sync page as the dispatch that uses it).
class WriterSopCatalog
{
public:
    explicit WriterSopCatalog(LocalCache &cache) : m_cache(cache) { }

    Result<const SopCatalog *> catalog();
    // Reads the catalogue again unless it was already read again for this version: true when it was read now.
    Result<bool> learn(const QString &templateId, int version);

    // The templates shipped with the built-in reference data (read once per process).
    static const SopCatalog &shipped();

private:
    Status reload();

    LocalCache &m_cache;
    SopCatalog m_catalog;
    bool m_loaded = false;
    QSet<QString> m_reloadedFor;
};

} // namespace rabeg
