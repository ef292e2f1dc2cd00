#pragma once

#include "DerivedFacts.h"
#include "WriterSopCatalog.h"
#include "deadline/WorkingCalendar.h"

#include <QSqlQuery>

namespace rabeg {

// Keeps the weekly report's stall spans (ReportStalls.h, cache schema 15) of each complaint whose history the
// repository derives again, with the catalogue the stall board uses and the cache's deadline policy's calendar.
class ReportStallsWriter final : public DerivedFactWriter
{
public:
    explicit ReportStallsWriter(LocalCache &cache);

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

// The spans of the complaints an older cache holds, derived once after the migration to schema 15 (its meta row
// report_stalls_unfilled), under the policy the cache adopted; in a transaction of its own. Only the complaints
// ever dispatched have any.
Status fillReportStalls(LocalCache &cache);

} // namespace rabeg
