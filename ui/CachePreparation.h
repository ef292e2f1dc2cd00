#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace rabeg {

class CacheUpgradeWindow;

// Opens the local cache once, on a thread of its own, before the workspace opens it: a cache of an older schema is
// migrated there and its derived facts filled (LocalCache::open), which at 1,000,000 complaints takes minutes
// (BENCHMARKS.md: the stall spans of schema 15, 636 s). Meanwhile the GUI thread runs and, once the work has taken
// longer than `showAfterMs` and told a step, shows CacheUpgradeWindow with what LocalCache::open reports
// (OpenProgress.h); an up-to-date cache tells nothing and opens in milliseconds, and nothing is shown.
//
// start() returns at once; finished() comes from the event loop when the open has ended, with result() its error
// if it failed (the caller says it; the cache is as it was before the failed step, each step being one
// transaction). No event loop of its own runs inside a caller's signal handler (a login dialog's accepted(), a
// keychain job's answer), so nothing those callers delete meanwhile is used after. prepare() is the blocking form
// for a start before the application's event loop runs.
class CachePreparation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachePreparation)

public:
    static constexpr int kShowAfterMs = 400;

    explicit CachePreparation(const QString &path, int showAfterMs = kShowAfterMs, QObject *parent = nullptr);
    // Waits for the open to end: its step commits or rolls back, never stopped half-way by this side.
    ~CachePreparation() override;

    void start();
    bool isFinished() const { return m_finished; }
    const Status &result() const { return m_result; }

    static Status prepare(const QString &path, int showAfterMs = kShowAfterMs);

Q_SIGNALS:
    void finished();

private:
    void threadEnded();

    QString m_path;
    int m_showAfterMs = kShowAfterMs;
    std::unique_ptr<CacheUpgradeWindow> m_window;
    std::unique_ptr<QThread> m_thread;
    Status m_result;
    bool m_finished = false;
};

} // namespace rabeg
