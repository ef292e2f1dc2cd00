#pragma once

#include "refdata/ReferenceData.h"
#include "store/LocalCache.h"
#include "sync/SyncEngine.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace rabeg {

class ComplaintActions;
class Language;
class MainWindow;
class OperatorSession;
class ReferenceInForce;
class ReportFactsRefresher;
class RoutingAdvice;
class SyncStatusLabel;
class SyncWorker;
class WallDisplay;

// Everything one person's workstation runs, put together: the GUI's cache connection, the session (who, hub time,
// commands), the sync on its own thread (when there is a hub), the screens, the actions and the main window.
// ClientMain makes one from the command line; the GUI tests make one against a hub on loopback.
class Workspace final
{
public:
    struct Options
    {
        QString cachePath;
        QString user;                     // the hub's user name (empty: a local demo without a hub)
        std::optional<SyncSettings> sync; // none: no hub; commands stay queued in the outbox
        QSettings *settings = nullptr;    // the user's preferences (saved filters); null: QSettings()
        QString cacheDescription;
        bool startSync = true; // false: the caller connects to sync() first, then starts it
        // This workstation's clock, from which hub time is reckoned (the real clock unless a test pins it: without
        // a hub, hub time is this clock).
        std::function<QDateTime()> localClock;
    };

    static Result<std::unique_ptr<Workspace>> open(const Options &options, const ReferenceData &reference,
                                                   Language &language);
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    MainWindow &window() { return *m_window; }
    OperatorSession &session() { return *m_session; }
    LocalCache &cache() { return m_cache; }
    const RoutingAdvice &routingAdvice() const { return *m_advice; }
    SyncWorker *sync() { return m_sync.get(); }
    // The reference data the screens use: shipped, with the admins' changes this cache learnt by sync.
    ReferenceInForce &reference() { return *m_reference; }
    // The last status the sync reported (counts corrected by this workstation's own outbox).
    SyncStatus lastStatus() const { return m_status; }
    // The wall display (full screen), opened once and shown again after that; it follows the sync.
    WallDisplay *openWall();

private:
    Workspace() = default;
    void wire(const Options &options);
    void statusChanged(const SyncStatus &status);
    void cacheChanged();
    void outboxChanged();
    void roleKnown();
    void openSettings();

    LocalCache m_cache;
    QString m_cachePath;
    QSettings *m_settings = nullptr;
    Language *m_language = nullptr;
    SyncStatus m_status;
    bool m_everOnline = false;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<ReferenceInForce> m_reference; // before everything that reads it, destroyed after
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<RoutingAdvice> m_advice;
    std::unique_ptr<SyncWorker> m_sync;
    std::unique_ptr<ReportFactsRefresher> m_reportFacts; // stale report facts, after a sync adopted a calendar
    std::unique_ptr<ComplaintActions> m_actions;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WallDisplay> m_wall;
    SyncStatusLabel *m_statusLabel = nullptr;
};

} // namespace rabeg
