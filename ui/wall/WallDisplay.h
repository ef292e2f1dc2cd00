#pragma once

#include "sop/StallBoard.h"
#include "store/DashboardQuery.h"
#include "sync/SyncEngine.h"

#include <QThread>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace rabeg {

class DashboardLoader;
class ReferenceData;
class WallPanels;

// The wall display of the command center (issue 9): full screen, large type, panels that rotate (WallPanels), and
// always on top the hub time and when the cache was last synced. The figures come from the local cache (its own
// DashboardLoader), so through a hub outage it keeps showing the last data, says since when the hub is away, and
// goes on counting at hub time. Esc leaves it; Space or the right arrow shows the next panel.
class WallDisplay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallDisplay)

public:
    WallDisplay(const QString &cachePath, const ReferenceData &reference, std::function<QDateTime()> hubClock,
                QWidget *parent = nullptr);
    ~WallDisplay() override;

    void refresh();
    // The cache changed (a sync): the figures follow within a few seconds.
    void markStale();
    // What the sync says: online or since when not, and the hub time it last synced at.
    void setSyncStatus(const SyncStatus &status);
    void showPanel(int panel);
    WallPanels *panels() const { return m_panels; }
    QString hubTimeText() const;
    QString syncedText() const;
    QString offlineText() const; // empty while online
    bool hasFigures() const { return m_figures.at.isValid(); }

signals:
    // New figures (and stalled steps) are on the panels, or a computation failed and the last ones stay.
    void computed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void figuresComputed(const DashboardFigures &figures);
    void stallsComputed(const QList<StallCell> &cells, int stalledComplaints);
    void failed(const QString &message);
    void tick();
    void retranslate();

    std::function<QDateTime()> m_hubClock;
    DashboardFigures m_figures;
    QDateTime m_syncedAt; // the later of the cache's synced_at and the sync's last pull
    QDateTime m_offlineSince; // hub time the sync was first seen offline; invalid while online
    bool m_online = true;
    bool m_computing = false;
    bool m_again = false;
    QString m_problem;
    QLabel *m_title = nullptr;
    QLabel *m_hubTime = nullptr;
    QLabel *m_synced = nullptr;
    QLabel *m_offline = nullptr;
    WallPanels *m_panels = nullptr;
    QTimer *m_clock = nullptr;
    QTimer *m_rotation = nullptr;
    QTimer *m_periodic = nullptr;
    QTimer *m_staleTimer = nullptr;
    QThread m_thread;
    DashboardLoader *m_loader = nullptr; // lives on m_thread
};

} // namespace rabeg
