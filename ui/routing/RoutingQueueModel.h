#pragma once

#include "RoutingAdvice.h"
#include "WindowedRows.h"
#include "store/RoutingQueueQuery.h"

#include <QAbstractTableModel>

namespace rabeg {

// The routing queue: verified complaints waiting for a dispatch (returned ones with the OPD's reason), oldest
// first, each with the suggested route, its confidence and why. Rows are read and suggested a page at a time as the
// view shows them (WindowedRows, as the inbox), so a long queue costs the pages on screen.
class RoutingQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingQueueModel)

public:
    enum Column { TrackingId, Received, Title, Service, Kecamatan, Suggested, Confidence, Why, ColumnCount };
    enum Roles { ComplaintIdRole = Qt::UserRole + 1, SuggestedRouteRole };

    struct Row
    {
        RoutingQueueItem item;
        std::optional<RouteSuggestion> suggestion; // the best one (an OPD or an agency)
    };

    RoutingQueueModel(LocalCache &cache, const ReferenceData &reference, const RoutingAdvice &advice,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    void retranslate();
    // The row (read if its page is not held); an empty row past the end or when the cache cannot be read.
    const Row &at(int row) const;
    qint64 totalCount() const { return m_total; }

    // How many rows the queue shows at most (the oldest first); the summary says when there are more.
    static constexpr int kLimit = 1000;

private:
    Result<QList<Row>> fetch(qint64 firstRow) const;

    static constexpr int kPageSize = 100;
    RoutingQueueQuery m_query;
    const ReferenceData &m_reference;
    const RoutingAdvice &m_advice;
    mutable WindowedRows<Row> m_rows{kPageSize, 4}; // data() is const

    qint64 m_total = 0;
};

} // namespace rabeg
