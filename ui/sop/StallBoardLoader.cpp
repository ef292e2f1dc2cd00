#include "StallBoardLoader.h"

#include "refdata/ReferenceData.h"
#include "store/PublishedPolicy.h"
#include "store/SopCatalogQuery.h"

using namespace Qt::StringLiterals;

namespace rabeg {

StallBoardLoader::StallBoardLoader(QString cachePath, const ReferenceData &reference)
    : m_path(std::move(cachePath)), m_catalog(*reference.sopCatalog())
{ }

StallBoardLoader::~StallBoardLoader() = default;

void StallBoardLoader::compute(const QDateTime &now)
{
    if (!m_cache) {
        auto cache = std::make_unique<LocalCache>();
        // One connection per thread, named for this loader: two windows may each have a board.
        if (Status status = cache->open(m_path, u"rabeg-stall-board-%1"_s.arg(quintptr(this), 0, 16))) {
            emit failed(status->message);
            return;
        }
        m_cache = std::move(cache);
    }
    // The shipped templates plus those the cache synced since (published through the hub).
    const auto catalog = SopCatalogQuery(*m_cache).catalog(m_catalog);
    if (!catalog.ok()) {
        emit failed(catalog.error().message);
        return;
    }
    // The days at a step are counted with the calendar the sync adopted since this connection was opened.
    if (Status status = usePublishedPolicy(*m_cache)) {
        emit failed(status->message);
        return;
    }
    const auto board = StallBoardQuery(*m_cache, catalog.value(), m_cache->deadlinePolicy().calendar()).board(now);
    if (!board.ok()) {
        emit failed(board.error().message);
        return;
    }
    emit computed(board.value());
}

} // namespace rabeg
