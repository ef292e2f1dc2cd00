#pragma once

#include "DerivedFacts.h"
#include "ReportFacts.h"

#include <QSqlQuery>

#include <memory>

namespace rabeg {

class DeadlinePolicy;

// Keeps the weekly report's facts (ReportFacts.h) of each complaint whose history the repository derives again,
// under the cache's deadline policy; the report reads them only while its reference data has the same policy.
class ReportFactsWriter final : public DerivedFactWriter
{
public:
    explicit ReportFactsWriter(LocalCache &cache);

    Status write(const QString &complaintId, const QList<Event> &history) override;
    Status clearAll() override;

private:
    Status prepare();
    Status insert(const QString &id, const ReportFacts &facts);

    LocalCache &m_cache;
    const DeadlinePolicy &m_policy;
    ReportClocks m_clocks;
    std::vector<std::unique_ptr<QSqlQuery>> m_deletes;
    std::unique_ptr<QSqlQuery> m_milestone;
    std::unique_ptr<QSqlQuery> m_state;
    std::unique_ptr<QSqlQuery> m_overdue;
    std::unique_ptr<QSqlQuery> m_compliance;
    std::unique_ptr<QSqlQuery> m_irregular;
};

} // namespace rabeg
