#include "DashboardLoader.h"

#include "refdata/ReferenceData.h"
#include "store/PublishedPolicy.h"
#include "store/SopCatalogQuery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

DashboardLoader::DashboardLoader(QString cachePath, const ReferenceData &reference)
    : m_path(std::move(cachePath)), m_catalog(*reference.sopCatalog())
{ }

DashboardLoader::~DashboardLoader() = default;

LocalCache *DashboardLoader::cache()
{
    if (!m_cache) {
        auto cache = std::make_unique<LocalCache>();
        // One connection per thread, named for this loader: the dashboard and the wall each have one.
        if (Status status = cache->open(m_path, u"rabeg-dashboard-%1"_s.arg(quintptr(this), 0, 16))) {
            emit failed(status->message);
            return nullptr;
        }
        m_cache = std::move(cache);
    }
    // Stall days are counted with the calendar the sync adopted since this connection was opened.
    if (Status status = usePublishedPolicy(*m_cache)) {
        emit failed(status->message);
        return nullptr;
    }
    return m_cache.get();
}

Result<StallBoardQuery> DashboardLoader::stallQuery(LocalCache &cache)
{
    auto catalog = SopCatalogQuery(cache).catalog(m_catalog);
    if (!catalog.ok())
        return catalog.error();
    m_synced = std::move(catalog.value());
    return StallBoardQuery(cache, *m_synced, cache.deadlinePolicy().calendar());
}

void DashboardLoader::compute(const QDateTime &now, int weeks)
{
    LocalCache *open = cache();
    if (!open)
        return;
    const auto figures = DashboardQuery(*open).figures(now, weeks);
    if (!figures.ok()) {
        emit failed(figures.error().message);
        return;
    }
    emit computed(figures.value());
    const auto query = stallQuery(*open);
    if (!query.ok()) {
        emit failed(query.error().message);
        return;
    }
    const auto board = query->board(now);
    if (!board.ok()) {
        emit failed(board.error().message);
        return;
    }
    QList<StallCell> cells = board->cells;
    // The most stalled steps first: most complaints, then the longest stuck.
    std::stable_sort(cells.begin(), cells.end(), [](const StallCell &a, const StallCell &b) {
        return a.count != b.count ? a.count > b.count : a.maxDaysStuck > b.maxDaysStuck;
    });
    emit stallsComputed(cells, board->stalled);
}

void DashboardLoader::select(const DashboardElement &element, const QDateTime &now, int weeks, const QString &label)
{
    LocalCache *open = cache();
    if (!open)
        return;
    const auto ids = DashboardQuery(*open).ids(element, now, weeks);
    if (!ids.ok()) {
        emit failed(ids.error().message);
        return;
    }
    emit selected(ids.value(), label);
}

void DashboardLoader::selectStalled(const QString &opd, const QString &stepKey, const QDateTime &now,
                                    const QString &label)
{
    LocalCache *open = cache();
    if (!open)
        return;
    const auto query = stallQuery(*open);
    if (!query.ok()) {
        emit failed(query.error().message);
        return;
    }
    const auto ids = query->cellIds(opd, stepKey, now);
    if (!ids.ok()) {
        emit failed(ids.error().message);
        return;
    }
    emit selected(ids.value(), label);
}

} // namespace rabeg
