#pragma once

#include "DerivedFacts.h"
#include "WriterSopCatalog.h"
#include "deadline/WorkingCalendar.h"
#include "sop/SopCatalog.h"

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

private:
    Status prepare();

    LocalCache &m_cache;
    WriterSopCatalog m_catalog;
    WorkingCalendar m_calendar;
    bool m_prepared = false;
    QSqlQuery m_delete;
    QSqlQuery m_insert;
};

} // namespace rabeg
