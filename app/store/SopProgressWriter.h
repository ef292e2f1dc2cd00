#pragma once

#include "DerivedFacts.h"
#include "deadline/WorkingCalendar.h"
#include "sop/SopCatalog.h"

#include <QSet>
#include <QSqlQuery>

namespace rabeg {

// Keeps sop_progress (SopProgress.h) as the repository derives each complaint from its whole history: one row
// replaced per complaint, with statements prepared once. The catalogue is the shipped templates plus those the
// cache synced (SopCatalogQuery), as the stall board uses; the calendar is the cache's deadline policy's.
class SopProgressWriter final : public DerivedFactWriter
{
public:
    explicit SopProgressWriter(LocalCache &cache);

    Status write(const QString &complaintId, const QList<Event> &history) override;
    Status clearAll() override;

    // The templates shipped with the built-in reference data (read once per process).
    static const SopCatalog &shippedCatalog();

private:
    Status prepare();
    Status reloadCatalog();

    LocalCache &m_cache;
    SopCatalog m_catalog;
    WorkingCalendar m_calendar;
    bool m_prepared = false;
    bool m_catalogLoaded = false;
    QSet<QString> m_reloadedFor; // template versions not known: the catalogue is read again once for each
    QSqlQuery m_delete;
    QSqlQuery m_insert;
};

} // namespace rabeg
