#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace rabeg {

// The weekly report's facts a calendar change left stale (ReportFactsStale.h), derived again in the background:
// after each sync that changed the cache (SyncWorker::cacheChanged) the workstation calls cacheChanged(); on a
// thread and a cache connection of its own, under the SLA policy and calendar the cache adopted (read again before
// each batch, since a later sync may adopt another), refreshStaleReportFacts runs in batches of `batch` complaints,
// each in a transaction of its own (a sync waits for one batch at most), until none is stale. Nothing is done when
// nothing is stale. Results come back by queued signals.
class ReportFactsRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportFactsRefresher)

public:
    explicit ReportFactsRefresher(QString cachePath, int batch = 500, QObject *parent = nullptr);
    ~ReportFactsRefresher() override; // stops after the batch running now, if any

    // Starts refreshing if some facts are stale (a refresh already running goes on).
    void cacheChanged();

signals:
    // No fact is stale any more: `complaints` derived again since the refresh began.
    void refreshed(int complaints);
    // A batch failed (for instance a sync holding the cache for longer than the busy timeout); the next
    // cacheChanged() starts again where the refresh stood.
    void failed(const QString &message);

private:
    class Inside;
    QThread m_thread;
    Inside *m_inside = nullptr;
};

} // namespace rabeg
