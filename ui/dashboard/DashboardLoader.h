#pragma once

#include "store/StallBoardQuery.h"
#include "sop/SopCatalog.h"
#include "sop/StallBoard.h"
#include "store/DashboardQuery.h"

#include <QObject>

#include <memory>

namespace rabeg {

class ReferenceData;

// The dashboard's and the wall display's figures, away from the GUI thread, on a connection of its own opened on
// first use: first the SQL aggregates (DashboardQuery), then the stalled SOP steps (the core's stall board over
// each working complaint, StallBoardQuery), which take longer on a large cache; and the complaints of a chart
// element for a drill-down. Stalls are judged with the SOP templates and the calendar the cache holds (shipped,
// or published through the hub and adopted by the sync). Results go back by queued signals.
class DashboardLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardLoader)

public:
    DashboardLoader(QString cachePath, const ReferenceData &reference);
    ~DashboardLoader() override;

    // These run on the loader's thread (call them through QMetaObject::invokeMethod).
    void compute(const QDateTime &now, int weeks);
    void select(const rabeg::DashboardElement &element, const QDateTime &now, int weeks, const QString &label);
    // The complaints of one stalled step (a cell of the stall board, whose cells hold counts only), read from the
    // cell's index range: emitted as `selected`.
    void selectStalled(const QString &opd, const QString &stepKey, const QDateTime &now, const QString &label);

signals:
    void computed(const rabeg::DashboardFigures &figures);
    void stallsComputed(const QList<rabeg::StallCell> &cells, int stalledComplaints);
    void selected(const QList<QUuid> &ids, const QString &label);
    void failed(const QString &message);

private:
    LocalCache *cache();

    QString m_path;
    // The stall board's query over the cache's synced templates and adopted calendar.
    Result<StallBoardQuery> stallQuery(LocalCache &cache);

    SopCatalog m_catalog; // the shipped templates
    std::optional<SopCatalog> m_synced; // shipped plus synced, as of the last computation
    std::unique_ptr<LocalCache> m_cache;
};

} // namespace rabeg
