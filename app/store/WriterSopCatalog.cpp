#include "WriterSopCatalog.h"

#include "SopCatalogQuery.h"
#include "refdata/ReferenceLoader.h"

namespace rabeg {

const SopCatalog &WriterSopCatalog::shipped()
{
    static const SopCatalog catalog = [] {
        const auto reference = loadBuiltinReferenceData();
        return reference.ok() ? *reference->sopCatalog() : SopCatalog();
    }();
    return catalog;
}

Status WriterSopCatalog::reload()
{
    const auto catalog = SopCatalogQuery(m_cache).catalog(shipped());
    if (!catalog.ok())
        return catalog.error();
    m_catalog = catalog.value();
    m_loaded = true;
    return std::nullopt;
}

Result<const SopCatalog *> WriterSopCatalog::catalog()
{
    if (!m_loaded) {
        if (Status status = reload())
            return *status;
    }
    return &m_catalog;
}

Result<bool> WriterSopCatalog::learn(const QString &templateId, int version)
{
    const QString key = templateId + u'@' + QString::number(version);
    if (m_reloadedFor.contains(key))
        return false;
    m_reloadedFor.insert(key);
    if (Status status = reload())
        return *status;
    return true;
}

} // namespace rabeg
