#pragma once

#include "RoutingAdvice.h"
#include "store/RoutingQueueQuery.h"

#include <QAbstractTableModel>

namespace rabeg {

// The routing queue: verified complaints waiting for a dispatch (returned ones with the OPD's reason), oldest
// first, each with the suggested route, its confidence and why.
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
    const Row &at(int row) const { return m_rows.at(row); }
    qint64 totalCount() const { return m_total; }

    // How many rows the queue shows at most (the oldest first); the summary says when there are more.
    static constexpr int kLimit = 1000;

private:
    RoutingQueueQuery m_query;
    const ReferenceData &m_reference;
    const RoutingAdvice &m_advice;
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace rabeg
